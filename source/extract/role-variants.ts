// The press names a head of state or government or a foreign minister in several ways: the
// gazetteer lists "ungarische Regierungschef" for Orbán, and editors also write "Ungarns
// Ministerpräsident", "der ungarische Premier" or "Regierungschef Ungarns". These rules add those
// wordings from a person's role title (the office and its country, or its capital: "Moskaus
// Chefdiplomat") for the dates the title holds.
import type {DateRange, Person, RolePhraseGroup} from './gazetteer.js';

// Titles that name the same office, masculine and feminine.
const OFFICES = [
  ['Regierungschef', 'Ministerpräsident', 'Premierminister', 'Premier'],
  ['Regierungschefin', 'Ministerpräsidentin', 'Premierministerin', 'Premier'],
  ['Präsident', 'Staatschef', 'Staatspräsident', 'Staatsoberhaupt'],
  ['Präsidentin', 'Staatschefin', 'Staatspräsidentin', 'Staatsoberhaupt'],
  ['Außenminister', 'Chefdiplomat'],
  ['Außenministerin', 'Chefdiplomatin'],
];

// The capital speaks for its country: "Moskaus Chefdiplomat", "Kiews Außenminister".
const CAPITALS: Record<string, string> = {
  Russlands: 'Moskaus', Ukraine: 'Kiews', USA: 'Washingtons', Chinas: 'Pekings', Türkei: 'Ankaras',
  Polens: 'Warschaus', Ungarns: 'Budapests', Großbritanniens: 'Londons', Frankreichs: 'Paris\'', Deutschlands: 'Berlins',
};

// "Ministerpräsident Ungarns", "Kronprinz Saudi-Arabiens", "Präsident der Ukraine".
const TITLE = /^(\p{Lu}[\p{L}-]*) (?:(\p{Lu}[\p{L}-]*s)|der (\p{Lu}[\p{L}-]*))$/u;
// "ungarische Regierungschef": a country's adjective and an office.
const ADJECTIVE_PHRASE = /^(\p{Ll}[\p{L}-]*e) (\p{Lu}[\p{L}-]*)$/u;

function overlap(a: DateRange, b: DateRange): DateRange | undefined {
  const from = a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  return from !== null && to !== null && from >= to ? undefined : {from, to};
}

/** The listed phrase groups and, for each role title with a country, the office's other wordings. */
export function phraseGroupsOf(person: Person): RolePhraseGroup[] {
  const derived: RolePhraseGroup[] = [];
  for (const role of person.roles) {
    const title = TITLE.exec(role.title);
    const family = title && OFFICES.find(names => names.slice(0, -1).includes(title[1]!));
    if (!title || !family) continue;
    const [, , genitive, ofCountry] = title;
    const listed = new Set(person.rolePhrases.filter(group => overlap(role, group)).flatMap(group => group.phrases));
    const add = (phrases: string[], range: DateRange) => {
      const fresh = [...new Set(phrases)].filter(phrase => !listed.has(phrase));
      if (fresh.length > 0) derived.push({phrases: fresh, ...range});
    };
    const capital = CAPITALS[genitive ?? ofCountry!];
    const wordings = family.flatMap(name => [
      ...(genitive ? [`${genitive} ${name}`, `${name} ${genitive}`] : [`${name} der ${ofCountry}`]),
      ...(capital ? [`${capital} ${name}`] : []),
    ]);
    add(wordings, {from: role.from, to: role.to});
    // "ungarische Regierungschef" listed: "ungarische Ministerpräsident" and "ungarische Premier" too.
    for (const group of person.rolePhrases) {
      const range = overlap(role, group);
      const adjectives = group.phrases.map(phrase => ADJECTIVE_PHRASE.exec(phrase)).filter(match => match && family.includes(match[2]!));
      if (range) add(adjectives.flatMap(match => family.map(name => `${match![1]} ${name}`)), range);
    }
  }
  return [...person.rolePhrases, ...derived];
}
