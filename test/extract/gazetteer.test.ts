import {describe, expect, it} from 'vitest';
import {findActors} from '../../source/extract/actors.js';
import {findPerson, inRange, loadGazetteer, roleAt, surnamesOf} from '../../source/extract/gazetteer.js';
import {rolePhraseSource} from '../../source/extract/inflection.js';

const gazetteer = loadGazetteer();
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('the bundled gazetteer', () => {
  it('has unique ids and well-formed entries', () => {
    const ids = gazetteer.people.map(person => person.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(50);
    for (const person of gazetteer.people) {
      expect(person.name.trim(), person.id).not.toBe('');
      expect(['UA', 'RU', 'US', 'EU', 'DE', 'other'], person.id).toContain(person.side);
      for (const range of [...person.roles, ...person.rolePhrases]) {
        for (const day of [range.from, range.to]) if (day !== null) expect(day, person.id).toMatch(isoDate);
        if (range.from && range.to) expect(range.from < range.to, person.id).toBe(true);
      }
      for (const group of person.rolePhrases) for (const phrase of group.phrases) expect(() => new RegExp(rolePhraseSource(phrase), 'u')).not.toThrow();
    }
  });

  it('never lets one role phrase point to two people on the same day', () => {
    const holders = new Map<string, {id: string; from: string | null; to: string | null}[]>();
    for (const person of gazetteer.people) {
      for (const group of person.rolePhrases) {
        for (const phrase of group.phrases) {
          for (const other of holders.get(phrase) ?? []) {
            const overlap = (group.from ?? '') < (other.to ?? '9999') && (other.from ?? '') < (group.to ?? '9999');
            expect(overlap, `${phrase}: ${person.id} and ${other.id}`).toBe(false);
          }
          holders.set(phrase, [...(holders.get(phrase) ?? []), {id: person.id, from: group.from, to: group.to}]);
        }
      }
    }
  });

  it('knows roles by date', () => {
    const umerow = gazetteer.byId.get('umerow')!;
    expect(roleAt(umerow, '2025-03-01')).toBe('Verteidigungsminister der Ukraine');
    expect(roleAt(umerow, '2025-12-01')).toMatch(/^Sekretär/);
    expect(inRange({from: '2025-05-06', to: null}, '2025-05-05')).toBe(false);
    expect(inRange({from: null, to: '2025-05-06'}, '2025-05-06')).toBe(false);
  });

  it('lets single surnames, not first names, stand alone', () => {
    expect(surnamesOf(gazetteer.byId.get('umerow')!)).toEqual(expect.arrayContaining(['Umerow', 'Umjerow', 'Umerov']));
    expect(surnamesOf(gazetteer.byId.get('umerow')!)).not.toContain('Rustem');
    expect(surnamesOf(gazetteer.byId.get('von-der-leyen')!)).toEqual(['von der Leyen']);
  });

  it('finds a person by id, full name, alias or unique surname', () => {
    for (const key of ['selenskyj', 'Wolodymyr Selenskyj', 'Zelensky', 'SELENSKYJ']) expect(findPerson(gazetteer.people, key)?.id, key).toBe('selenskyj');
    expect(findPerson(gazetteer.people, 'Klitschko')).toBeUndefined();
  });
});

describe('loadGazetteer with people the user added', () => {
  it('tracks a new person under their name and aliases', () => {
    const withUser = loadGazetteer([{name: 'Hans Beispielmann', aliases: ['Beispielman'], role: 'Berater', side: 'DE'}]);
    const {actors, suggestions} = findActors('Beispielmann und Beispielman sprachen.', new Date('2025-12-01'), withUser);
    expect(actors).toEqual([{id: 'hans-beispielmann', name: 'Hans Beispielmann', role: 'Berater', side: 'DE', mentions: 2}]);
    expect(suggestions).toEqual([]);
  });

  it('adds spellings to a bundled person instead of duplicating them', () => {
    const withUser = loadGazetteer([{name: 'Wolodymyr Selenskyj', aliases: ['Zelenskiy']}]);
    expect(withUser.people).toHaveLength(gazetteer.people.length);
    expect(findActors('Zelenskiy sprach.', new Date('2025-12-01'), withUser).actors.map(actor => actor.id)).toEqual(['selenskyj']);
  });
});
