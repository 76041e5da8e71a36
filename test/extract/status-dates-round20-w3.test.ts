import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and date of found meetings, third wave of round 20 (design group AS to AX: the WRONG
// lines, counted by cause). Tested in sentences of our own.
// Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11', title = 'Diplomatie') => extract({title, text, published}).meetings;

describe('an arrival for talks told without a date', () => {
  it('dates the talks on the day the delegation "ist am Freitagmittag eingetroffen"', () => {
    const text = [
      'Eine norwegische Delegation ist nach Angaben aus Diplomatenkreisen am Freitagmittag in der litauischen Hauptstadt Vilnius eingetroffen.',
      'Das Außenministerium in Oslo hatte vorher mitgeteilt, dass die Gesandten zu neuen Beratungen über Fischereirechte nach Litauen reisen würden.',
      'Auch ein Vertreter Lettlands wird an den Beratungen in Vilnius teilnehmen.',
    ].join('\n\n');
    expect(meetingsOf(text, '2026-12-11', 'Delegationen treffen zu Beratungen in Vilnius ein')).toMatchObject([{place: 'Vilnius', start: '2026-12-11', precision: 'day', status: 'planned'}]);
  });
});

describe('a visit told by a talk in the Präteritum', () => {
  it('reads a visit told by "Darüber sprach X mit Y" as held, not a stay going on', () => {
    const title = '"Grenzen sichern": Darüber sprach Merz mit Tusk';
    const text = [
      'Polens Premier bei Merz',
      '"Grenzen sichern": Darüber sprach Merz mit Tusk',
      'Beim Arbeitstreffen von Kanzler Merz und Premier Tusk ging es um Grenzfragen und um Hilfe für Flüchtlinge.',
      'Bundeskanzler Friedrich Merz hat am Freitag den polnischen Ministerpräsidenten Donald Tusk im Kanzleramt in Berlin empfangen.',
    ].join('\n\n');
    expect(meetingsOf(text, '2026-12-11', title)).toMatchObject([{place: 'Berlin', start: '2026-12-11', status: 'held'}]);
  });
});
