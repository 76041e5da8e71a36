import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// What the eleventh round's probes and first-look sets U to W (test/fixtures/firstlook-u, -v, -w)
// showed talkwatch reading wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives
// another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;
const people = (text: string) => meetingsOf(text).map(m => [...m.participants].sort());

describe('who says so after what was said', () => {
  it('takes the speaker of "…, schrieb Macron" as the one who had the call he reports with "er"', () => {
    expect(people('Er habe am Dienstag mit Erdoğan telefoniert, schrieb Macron.')).toEqual([['Emmanuel Macron', 'Recep Tayyip Erdoğan']]);
  });

  it('takes the speaker of "…, sagte Merz" as the other side of "das Gespräch mit Macron"', () => {
    expect(meetingsOf('Das Gespräch mit Macron sei sehr offen gewesen, sagte Merz.')).toMatchObject([{participants: expect.arrayContaining(['Friedrich Merz', 'Emmanuel Macron']), status: 'held'}]);
  });

  it('does not take a spokesperson, nor the speaker of "eine Begegnung mit …", as the one who met', () => {
    expect(people('Ein Treffen mit Erdoğan am Montag sei geplant, sagte Kremlsprecher Dmitri Peskow.')).toEqual([['Recep Tayyip Erdoğan']]);
    expect(people('Für eine Begegnung mit Erdoğan am Montag gebe es noch keinen Plan, sagte Macron.').flat()).not.toContain('Emmanuel Macron');
  });
});

describe('the past of "verlaufen"', () => {
  it('reads "verlief" and "sei … verlaufen" as over', () => {
    expect(meetingsOf('Das Treffen von Merz und Tusk in Warschau verlief ohne Ergebnis.')).toMatchObject([{place: 'Warschau', status: 'held'}]);
    expect(meetingsOf('Das Telefonat zwischen Merz und Tusk am Montag sei gut verlaufen, hieß es.')).toMatchObject([{status: 'held', start: '2026-03-02'}]);
  });
});
