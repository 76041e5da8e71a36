// The sides a clause names as taking part: "russische und ukrainische Unterhändler",
// "Vertreter der USA", "US-Delegation", "trilateral" (USA, Ukraine and Russia). Only the part
// before the topic counts: "Gespräche über den Krieg in der Ukraine", "Gespräche zur Ukraine" and
// "zum Ukraine-Krieg" do not include Ukraine.
import {words} from './meeting-words.js';
import {mayMatchOf} from './prefilter.js';
import type {Side} from './types.js';

/** A side in the words of the gold data and the UI. */
export type SideName = 'USA' | 'Ukraine' | 'Russland' | 'Europa' | 'Deutschland';

const SIDE_PATTERNS: [SideName, RegExp][] = [
  ['USA', words('USA|US-\\p{L}+|amerikanisch\\p{L}*|Amerikaner\\p{L}*|Amerika|Vereinigten\\s+Staaten|Washington')],
  ['Ukraine', words('Ukraine|ukrainisch\\p{L}*|Ukrainer\\p{L}*|Kiew|Kiews')],
  // "Rußland": the old spelling some outlets keep.
  ['Russland', words('Russland|Russlands|Rußland|Rußlands|russisch\\p{L}*|rußisch\\p{L}*|Russen|Moskau|Moskaus|Kreml\\p{L}*')],
  ['Europa', words('europäisch\\p{L}*|Europäer\\p{L}*|EU|EU-\\p{L}+|Nato|NATO|Nato-\\p{L}+|NATO-\\p{L}+|Frankreich\\p{L}*|Großbritannien\\p{L}*|französisch\\p{L}*|britisch\\p{L}*')],
  ['Deutschland', words('Deutschland\\p{L}*|deutsch\\p{L}*|Bundesregierung|Kanzleramt')],
];
// Each pattern with its prefilter, asked of the whole clause: a word the pattern needs that the
// clause lacks is in no part of it either ("parties", the words before the topic).
const SIDE_WORDS = SIDE_PATTERNS.map(([side, pattern]) => [side, pattern, mayMatchOf(pattern)] as const);
const ALL_THREE = words('trilateral\\p{L}*|Dreiertreffen\\p{L}*|dreiseitig\\p{L}*|Dreiergespräch\\p{L}*', 'giu');
const WITHOUT = /ohne\s+(\p{L}+)\s+(?:Beteiligung|Teilnahme|Vertreter)/gu;
const mayBeAllThree = mayMatchOf(ALL_THREE);
const mayBeWithout = mayMatchOf(WITHOUT);
const TOPIC = /(?<![\p{L}])(?:über|zur(?=\s+Ukraine(?![\p{L}]))|zum(?=\s+(?:Ukraine-?\p{L}*|Krieg)))(?![\p{L}])/u;

const SIDE_NAMES: Partial<Record<Side, SideName>> = {US: 'USA', UA: 'Ukraine', RU: 'Russland', EU: 'Europa', DE: 'Deutschland'};
// The same pairs the other way round.
const SIDE_OF_NAME = Object.fromEntries(Object.entries(SIDE_NAMES).map(([side, name]) => [name, side])) as Record<SideName, Side>;

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
  if (mayBeAllThree(clause) && ALL_THREE.test(clause)) for (const side of ['USA', 'Ukraine', 'Russland'] as const) sides.add(side);
  for (const [side, pattern, mayMatch] of SIDE_WORDS) {
    pattern.lastIndex = 0;
    if (mayMatch(clause) && pattern.test(parties)) sides.add(side);
  }
  if (!mayBeWithout(clause)) return [...sides];
  for (const match of clause.matchAll(WITHOUT)) {
    for (const [side, pattern] of SIDE_WORDS) {
      pattern.lastIndex = 0;
      if (pattern.test(match[1]!)) sides.delete(side);
    }
  }
  return [...sides];
}

// "der ukrainische Chefunterhändler Umerow", "Leiter der russischen Delegation, Medinski", "die
// Leiter der Delegationen, Medinski und Umerow", "An der Spitze der Delegation soll Umerow stehen":
// the head of a side's delegation, named anywhere in the article.
const HEAD_BEFORE = /(?:Chefunterhändler|Verhandlungsführer|Verhandlungschef|Delegationsleiter|Delegationschef|Chefverhandler|(?:Leiter|Chef|Spitze)\s+(?:der|einer)\s+(?:[\p{Ll}-]+\s+)?(?:Delegation|Delegationen|Verhandlungsteams?))(?:in|innen)?,?\s+(?:(?:\p{Lu}[\p{L}-]*|und|soll|sollte|wird|ist|war|stattdessen|erneut)\s+){0,3}$/u;
// "Medinski führt die russische Seite an", "Umerow, der die ukrainische Delegation leitet", "hat
// Kostjukow mit der Verhandlungsführung beauftragt".
const HEAD_AFTER = /^,?\s+(?:mit\s+der\s+(?:Verhandlungsführung|Leitung\s+der\s+(?:\p{Ll}+\s+)?Delegation)\s+beauftragt|(?:der|die)\s+(?:die|das|den)\s+(?:[\p{Ll}-]+\s+)?(?:Delegation|Seite|Verhandlungsteam)\s+(?:leitet|leitete|anführt|anführte|führt|führte)|(?:führt|führte|leitet|leitete)\s+(?:die|das|den)\s+(?:[\p{Ll}-]+\s+)?(?:Delegation|Seite|Verhandlungsteam))(?![\p{L}])/u;

export type Head = {id: string; name: string; side: SideName; at: number};

/** The heads of the sides' delegations an article names, by side. */
export function delegationHeads(text: string, hits: readonly {id: string; name: string; start: number; end: number}[], sideOf: (id: string) => Side | null): Map<SideName, Head[]> {
  const heads = new Map<SideName, Head[]>();
  for (const hit of hits) {
    const side = sideName(sideOf(hit.id));
    if (!side) continue;
    if (!HEAD_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start)) && !HEAD_AFTER.test(text.slice(hit.end, hit.end + 70))) continue;
    const known = heads.get(side) ?? [];
    if (!known.some(head => head.id === hit.id)) heads.set(side, [...known, {id: hit.id, name: hit.name, side, at: hit.start}]);
  }
  return heads;
}

// "Delegationen aus Kiew", "Unterhändler Russlands", "mit der ukrainischen Seite": a side that sits
// at the table, not "Ukraine-Gespräche" or "Gespräche zur Ukraine", which name the topic.
// Two sides in one compound ("Ukraine-Russland-Gespräche") or after "zwischen" are parties too.
const TABLE_WORDS = String.raw`Delegation\p{L}*|Unterhändler\p{L}*|Vertreter\p{L}*|Verhandlungsteam\p{L}*|Verhandler\p{L}*|Seite|Seiten|\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+-\p{Lu}\p{Ll}+`;
const AT_THE_TABLE = new RegExp(String.raw`(?<![\p{L}])(?:${TABLE_WORDS}|zwischen)(?![\p{L}])`, 'u');

/**
 * The heads of the sides a clause names as parties at the table, for the sides none of `present`
 * stands for: "Delegationen aus der Ukraine und Russland verhandeln" has the heads the article
 * names elsewhere.
 */
export function headsFor(heads: Map<SideName, Head[]>, clause: string, sides: readonly SideName[], present: readonly {id: string; side: Side | null}[]): {id: string; name: string; side: Side | null; at: number}[] {
  if (!heads.size || !AT_THE_TABLE.test(clause)) return [];
  const parties = betweenOnly(clause);
  return sides
    .filter(side => (parties === null || parties.includes(side)) && !present.some(person => sideName(person.side) === side))
    .flatMap(side => (heads.get(side) ?? []).map(head => ({...head, side: SIDE_OF_NAME[side]})));
}

// "Beratungen zwischen Kushner und dem Kremlberater Dmitrijew in Moskau sowie ein Abendessen des
// ukrainischen Außenministers …": when "zwischen" is the clause's only word for who sits at the
// table, its phrase ("A und B", up to a preposition, a comma or "sowie") names the parties; a side
// named elsewhere in the clause is not one of them.
const TABLE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${TABLE_WORDS})(?![\p{L}])`, 'u');
const BETWEEN_PHRASE = /(?<![\p{L}])zwischen\s+(.*?)(?=[,;:.!?]|\s(?:in|im|am|an|auf|über|zur|zum|sowie|seit|vor|nach|bei|beim|wegen|ohne|statt|stattfinden|stattfanden|stattgefunden|geben|gab|gegeben)(?![\p{L}])|$)/u;

function betweenOnly(clause: string): SideName[] | null {
  if (TABLE_WORD.test(clause)) return null;
  const phrase = BETWEEN_PHRASE.exec(clause)?.[1];
  return phrase === undefined ? null : findDelegations(phrase);
}
