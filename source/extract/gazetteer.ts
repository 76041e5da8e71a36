// The people talkwatch knows: bundled data (data/people.json, edited by hand) plus the people a
// user added with `talkwatch actors add`. Pure: the caller reads the user's list from config.
import peopleData from './data/people.json' with {type: 'json'};
import {foldName} from './normalize.js';
import type {Side} from './types.js';

/** ISO dates (YYYY-MM-DD); null is open-ended. */
export type DateRange = {from: string | null; to: string | null};
export type Role = DateRange & {title: string};
/**
 * Phrases such as "Kremlchef" that name this person while the range lasts. A bare office
 * ("die Vizepräsidentin") names them only in an article about their country: `context` lists
 * words of which one must occur in the article then.
 */
export type RolePhraseGroup = DateRange & {phrases: string[]; context?: string[]};

export type Person = {
  id: string;
  name: string;
  side: Side | null;
  aliases: string[];
  /** What may stand alone for the person; default: the last word of the name and of one-word aliases. */
  surnames?: string[];
  /** The surname alone counts only after the full name or a role phrase introduced the person. */
  ambiguous?: boolean;
  roles: Role[];
  rolePhrases: RolePhraseGroup[];
  /** Added by the user rather than bundled. */
  userAdded?: boolean;
};

/** A person as the user adds them (kept in the config folder, see config/user-actors.ts). */
export type UserActor = {name: string; aliases: string[]; role?: string; side?: Side};

export type Gazetteer = {people: Person[]; byId: ReadonlyMap<string, Person>};

const bundled = (peopleData as {people: Person[]}).people;

/** Stable id for a user-added person: "Hans Beispielmann" → "hans-beispielmann". */
export function personId(name: string): string {
  return foldName(name).replace(/ /g, '-');
}

/** The bundled people merged with the user's: same name or alias extends a person, else adds one. */
export function loadGazetteer(userActors: UserActor[] = []): Gazetteer {
  const people = bundled.map(person => ({...person, aliases: [...person.aliases]}));
  for (const actor of userActors) {
    const existing = findPerson(people, actor.name);
    if (existing) {
      existing.aliases.push(...actor.aliases.filter(alias => !existing.aliases.includes(alias)));
      if (actor.role) existing.roles = [{title: actor.role, from: null, to: null}, ...existing.roles];
      if (actor.side) existing.side = actor.side;
      continue;
    }
    people.push({
      id: personId(actor.name),
      name: actor.name,
      side: actor.side ?? null,
      aliases: [...actor.aliases],
      roles: actor.role ? [{title: actor.role, from: null, to: null}] : [],
      rolePhrases: [],
      userAdded: true,
    });
  }
  return {people, byId: new Map(people.map(person => [person.id, person]))};
}

/** The person with this id, full name or alias (compared folded), else the only one with this (unambiguous) surname. */
export function findPerson(people: readonly Person[], nameOrId: string): Person | undefined {
  const key = foldName(nameOrId);
  const named = people.find(
    person => person.id === nameOrId || foldName(person.name) === key || person.aliases.some(alias => foldName(alias) === key),
  );
  if (named) return named;
  const bySurname = people.filter(person => !person.ambiguous && surnamesOf(person).some(surname => foldName(surname) === key));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/** Whether an ISO day lies in the range (from inclusive, to exclusive: the successor's first day). */
export function inRange(range: DateRange, day: string): boolean {
  return (range.from === null || range.from <= day) && (range.to === null || day < range.to);
}

/** The person's role title on that ISO day, the latest-starting one when several apply. */
export function roleAt(person: Person, day: string): string | null {
  const current = person.roles.filter(role => inRange(role, day));
  current.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return current[0]?.title ?? null;
}

const lastWord = (name: string) => name.trim().split(/\s+/).pop() ?? '';

/** Words that may stand alone for the person ("Selenskyj", "Selenskij", "Zelensky"). */
export function surnamesOf(person: Person): string[] {
  if (person.surnames) return person.surnames;
  const oneWord = person.aliases.filter(alias => !/\s/.test(alias.trim()));
  const fromNames = [person.name, ...person.aliases].map(lastWord);
  return [...new Set([...oneWord, ...fromNames])].filter(word => /\p{L}{2}/u.test(word));
}
