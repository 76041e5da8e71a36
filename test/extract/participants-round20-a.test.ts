import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants of found meetings, round 20: the people a meeting's gold list has that the
// extractor missed, or the ones it added, found in the design half of the pooled first-look sets
// and grouped by cause. Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('"die Gespräche" after meetings told only as what came before', () => {
  const text =
    'Am Dienstag beraten Vertreter Polens und Litauens in Tallinn über die Sicherung der Grenze. Das Treffen folgt auf Gespräche zwischen Präsident Andrzej Duda und Kanzler Olaf Scholz in Warschau sowie eine Begegnung von Premier Mark Rutte mit Präsident Emmanuel Macron in Paris. Für Litauen nimmt Außenminister Gabrielius Landsbergis an den Gesprächen teil.';

  it('adds who "nimmt an den Gesprächen teil" to the meeting the text is about', () => {
    const tallinn = meetingsOf(text).find(m => m.place === 'Tallinn');
    expect(tallinn?.participants).toContain('Gabrielius Landsbergis');
  });

  it('leaves the meeting named last as what came before to its own people', () => {
    const paris = meetingsOf(text).find(m => m.place === 'Paris');
    expect(paris?.participants).not.toContain('Gabrielius Landsbergis');
  });
});
