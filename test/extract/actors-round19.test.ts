import {describe, expect, it} from 'vitest';
import {findActors} from '../../source/extract/actors.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';

const gazetteer = loadGazetteer();
const published = new Date('2025-11-20T10:00:00+01:00');
const names = (text: string) => findActors(text, published, gazetteer).actors.map(actor => actor.name);

describe('findActors: credits at the end of a caption line', () => {
  it('leaves out the photographer named after "Foto:", "Bild:" or "©" inside a caption line', () => {
    expect(names('Merz empfängt Selenskyj vor dem Kanzleramt / Foto: Lena Probelicht/AFP\n\nDie beiden sprachen lange.')).toEqual([
      'Friedrich Merz',
      'Wolodymyr Selenskyj',
    ]);
    expect(names('Die Gäste stellten sich zum Gruppenbild auf. © Kunibert Blendwerk\n\nMerz kam später.')).toEqual(['Friedrich Merz']);
    expect(names('© Kunibert Blendwerk/AP/dpa\n\nMerz kam später.')).toEqual(['Friedrich Merz']);
  });

  it('leaves out a credit glued to the caption by the page layout', () => {
    expect(names('Kreml-Berater Juri UschakowOttilie Linsenbach/imago\n\nDer Berater sprach in Moskau.')).toEqual(['Juri Uschakow']);
  });
});

describe('findActors: bylines in the shapes news pages print them', () => {
  it('leaves out the writer after "Von:", after a label glued to "Von", and before "/ outlet"', () => {
    for (const byline of ['Von: Hartmut Beispielhof', 'Premium PlusVon Jonna Erfunden und Till Vorlage', 'Ansgar Probemann / kreis zeitung']) {
      expect(names(`${byline}\n\nMerz trifft Selenskyj.`), byline).toEqual(['Friedrich Merz', 'Wolodymyr Selenskyj']);
    }
  });
});

describe('findActors: names spelled as the German press spells them', () => {
  it('writes a Turkish name without the dotless ı, as German agencies do', () => {
    expect(names('Am Abend empfing Geheimdienstchef Kalın in Ankara die Gäste aus Kiew.')).toEqual(['Ibrahim Kalin']);
    expect(names('Auch Kalin schwieg zu den Gesprächen.')).toEqual(['Ibrahim Kalin']);
    for (const person of gazetteer.people) expect(person.name, person.id).not.toMatch(/[ıİ]/u);
  });
});

describe('findActors: a ruler\'s ordinal', () => {
  it('keeps the Roman numeral with its period as part of the name', () => {
    expect(names('Merz wurde im Schloss von König Gustav IX. empfangen.')).toEqual(['Friedrich Merz', 'Gustav IX']);
    expect(names('König Gustav IX sprach kurz.')).toEqual(['Gustav']);
  });
});

describe('findActors: compounds that share their end', () => {
  it('reads no name in a word cut short with a hyphen before "und", "oder" or a comma', () => {
    expect(names('Zum Gipfelfest lud Präsident Badischer Rad- und Wanderverein alle Mitglieder ein.')).toEqual([]);
    expect(names('Es kam der Präsident Fränkischer Ski-, Lauf- und Kletterbund.')).toEqual([]);
  });
});

describe('findActors: a form of address before a name', () => {
  it('reads the name after "Herrn" or "Frau" as a person, but not after "seiner Frau"', () => {
    expect(names('Der Verein dankte Herrn Stockhausner für zwanzig Jahre im Vorstand.')).toEqual(['Stockhausner']);
    expect(names('Am Tisch saß auch Frau Wendelgard Probst aus dem Rathaus.')).toEqual(['Wendelgard Probst']);
    expect(names('Er reiste mit seiner Frau Ilvana nach Genf.')).toEqual([]);
  });
});
