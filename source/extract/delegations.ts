// The sides a clause names as taking part: "russische und ukrainische Unterhändler",
// "Vertreter der USA", "US-Delegation", "trilateral" (USA, Ukraine and Russia). Only the part
// before "über" counts: "Gespräche über den Krieg in der Ukraine" do not include Ukraine.
import {words} from './meeting-words.js';
import type {Side} from './types.js';

/** A side in the words of the gold data and the UI. */
export type SideName = 'USA' | 'Ukraine' | 'Russland' | 'Europa' | 'Deutschland';

const SIDE_WORDS: [SideName, RegExp][] = [
  ['USA', words('USA|US-\\p{L}+|amerikanisch\\p{L}*|Amerikaner\\p{L}*|Amerika|Vereinigten\\s+Staaten|Washington')],
  ['Ukraine', words('Ukraine|ukrainisch\\p{L}*|Ukrainer\\p{L}*|Kiew|Kiews')],
  ['Russland', words('Russland|Russlands|russisch\\p{L}*|Russen|Moskau|Moskaus|Kreml\\p{L}*')],
  ['Europa', words('europäisch\\p{L}*|Europäer\\p{L}*|EU|EU-\\p{L}+|Nato|NATO|Nato-\\p{L}+|NATO-\\p{L}+|Frankreich\\p{L}*|Großbritannien\\p{L}*|französisch\\p{L}*|britisch\\p{L}*')],
  ['Deutschland', words('Deutschland\\p{L}*|deutsch\\p{L}*|Bundesregierung|Kanzleramt')],
];
const ALL_THREE = words('trilateral\\p{L}*|Dreiertreffen\\p{L}*|dreiseitig\\p{L}*|Dreiergespräch\\p{L}*', 'giu');
const WITHOUT = /ohne\s+(\p{L}+)\s+(?:Beteiligung|Teilnahme|Vertreter)/gu;
const TOPIC = /(?<![\p{L}])über(?![\p{L}])/u;

const SIDE_NAMES: Partial<Record<Side, SideName>> = {US: 'USA', UA: 'Ukraine', RU: 'Russland', EU: 'Europa', DE: 'Deutschland'};

/** The side of a person, in the same names as delegations; null for "other" or unknown. */
export function sideName(side: Side | null | undefined): SideName | null {
  return side ? (SIDE_NAMES[side] ?? null) : null;
}

/** Sides named as parties in a clause. */
export function findDelegations(clause: string): SideName[] {
  const topic = TOPIC.exec(clause);
  const parties = topic ? clause.slice(0, topic.index) : clause;
  const sides = new Set<SideName>();
  ALL_THREE.lastIndex = 0;
  if (ALL_THREE.test(clause)) for (const side of ['USA', 'Ukraine', 'Russland'] as const) sides.add(side);
  for (const [side, pattern] of SIDE_WORDS) {
    pattern.lastIndex = 0;
    if (pattern.test(parties)) sides.add(side);
  }
  for (const match of clause.matchAll(WITHOUT)) {
    for (const [side, pattern] of SIDE_WORDS) {
      pattern.lastIndex = 0;
      if (pattern.test(match[1]!)) sides.delete(side);
    }
  }
  return [...sides];
}
