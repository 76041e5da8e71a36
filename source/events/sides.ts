// The sides at a meeting's table, from its participants: people by their side in the gazetteer,
// delegations by name. Two reports whose tables differ ("ohne russische Beteiligung" and a
// US–Russia meeting) are different meetings.
import peopleData from '../extract/data/people.json' with {type: 'json'};

const SIDE_NAME: Record<string, string> = {US: 'USA', UA: 'Ukraine', RU: 'Russland', EU: 'Europa', DE: 'Deutschland'};
const DELEGATIONS = new Set(Object.values(SIDE_NAME));

const SIDE_OF_PERSON = new Map<string, string>();
for (const person of (peopleData as unknown as {people: {name: string; side: string}[]}).people ?? []) {
  const side = SIDE_NAME[person.side];
  if (side) SIDE_OF_PERSON.set(person.name, side);
}

// The sides of each list of participants, remembered: the merge compares the same lists (a
// report's, an event's) with many others, and lists are never changed in place.
const sidesOfList = new WeakMap<readonly string[], Set<string>>();

/** The sides named among the participants: "USA", "Ukraine", "Russland", "Europa", "Deutschland". */
export function sidesOf(participants: readonly string[]): Set<string> {
  let sides = sidesOfList.get(participants);
  if (sides === undefined) sidesOfList.set(participants, (sides = readSides(participants)));
  return sides;
}

function readSides(participants: readonly string[]): Set<string> {
  const sides = new Set<string>();
  for (const name of participants) {
    const side = DELEGATIONS.has(name) ? name : SIDE_OF_PERSON.get(name);
    if (side) sides.add(side);
  }
  return sides;
}

// Loops, not spreads: the merge asks these for every report and every event in its window.
function within(a: Set<string>, b: Set<string>): boolean {
  for (const side of a) if (!b.has(side)) return false;
  return true;
}

function meet(a: Set<string>, b: Set<string>): boolean {
  for (const side of a) if (b.has(side)) return true;
  return false;
}

/**
 * Tables that cannot be one meeting: both name two or more sides and neither holds the other
 * (US–Ukraine vs US–Russia), or they share neither a person nor a side. `shared` is
 * sharedParticipants(a, b) when the caller has it.
 */
export function participantsContradict(a: readonly string[], b: readonly string[], shared?: number): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const x = sidesOf(a);
  const y = sidesOf(b);
  if (x.size >= 2 && y.size >= 2 && !within(x, y) && !within(y, x)) return true;
  return (shared ?? sharedParticipants(a, b)) === 0 && !meet(x, y);
}

export function sharedParticipants(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const name of a) if (b.includes(name)) shared++;
  return shared;
}
