import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and what counts as a meeting, widened from what set AK showed, in sentences of our own.
// Friday 06.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-06') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting that frames a statement', () => {
  it('reads "sagte … bei einem Treffen mit …" as held, whatever the quoted words plan', () => {
    expect(meetingsOf('„Wir stehen zusammen“, sagte Merz am Freitag bei einem Treffen mit Tusk.')).toMatchObject([{status: 'held', start: '2026-03-06', precision: 'day'}]);
    expect(meetingsOf('Es sehe nicht so aus, als würde man vorankommen, sagte Macron bei einem Treffen mit Sánchez im Élysée-Palast.')).toMatchObject([{place: 'Paris', status: 'held', start: '2026-03-06'}]);
  });

  it('keeps a meeting with the press out ("bei einem Treffen mit Vertretern … Nachrichtenagenturen")', () => {
    expect(meetingsOf('Tusk sagte in Danzig bei einem Treffen mit Vertretern großer polnischer Nachrichtenagenturen, er hoffe auf Frieden.')).toEqual([]);
  });
});

describe('what is put forward at a meeting', () => {
  it('does not make the meeting proposed ("will bei den Gesprächen eine Feuerpause vorschlagen")', () => {
    expect(meetingsOf('Positiv wertete Kallas, dass Polen bei den Gesprächen eine Feuerpause vorschlagen will. Delegationen Polens und Litauens wollen am Dienstag in Genf über die Lage beraten.', '2026-03-09')).toMatchObject([{place: 'Genf', status: 'planned', start: '2026-03-10'}]);
  });

  it('keeps a meeting only wished for proposed ("würde bei einem Treffen … vorschlagen")', () => {
    expect(meetingsOf('Merz würde bei einem Treffen mit Tusk in Rom gern eine Initiative vorschlagen.')).toMatchObject([{place: 'Rom', status: 'proposed'}]);
  });

  it('reads being ready for a meeting ("hat sich zu einem Treffen bereiterklärt") as proposed', () => {
    expect(meetingsOf('Orbán hat sich zu einem Treffen mit Tusk in Budapest bereiterklärt.')).toMatchObject([{place: 'Budapest', status: 'proposed', start: null}]);
  });
});

describe('a round told as finished', () => {
  it('reads talks that began and then "endeten" as held, not under way', () => {
    expect(meetingsOf('Die Verhandlungsrunde zwischen Polen und Litauen begann am Freitag in Genf. Nach etwa zwei Stunden endeten die Gespräche.')).toMatchObject([{place: 'Genf', status: 'held', start: '2026-03-06'}]);
  });
});

describe('a venue put forward', () => {
  it('reads "X als (möglichen) Ort/Austragungsort für ein Treffen" proposed or brought into play as the proposed venue', () => {
    expect(meetingsOf('Orbán hat Budapest als Ort für ein Treffen mit Tusk vorgeschlagen.')).toMatchObject([{place: 'Budapest', status: 'proposed', start: null}]);
    expect(meetingsOf('Die Polen brachten Danzig als möglichen Austragungsort für Gespräche mit Litauen ins Spiel.')).toMatchObject([{place: 'Danzig', status: 'proposed', start: null}]);
  });

  it('leaves the place of a meeting already told open when a venue is only offered for it ("als Ort für das Treffen")', () => {
    expect(meetingsOf('Merz und Tusk wollen sich am 20. März treffen. Orbán bot Budapest als Ort für das Treffen an.')).toMatchObject([{place: null, status: 'planned', start: '2026-03-20'}]);
  });

  it('reads "schlug vor, das Treffen in X abzuhalten" as proposed, also with "vor" right after the verb', () => {
    expect(meetingsOf('Tusk schlug vor, den Gipfel in Oslo abzuhalten.')).toMatchObject([{place: 'Oslo', status: 'proposed', start: null}]);
  });
});

describe('the seat of a source', () => {
  it('does not read the place after "laut dem Kreml in …" as a venue, and lets who joins join the meeting told', () => {
    expect(meetingsOf('Rubio und Lawrow kommen am Dienstag in Genf zu Gesprächen zusammen. An den Gesprächen nimmt laut dem Kreml in Moskau auch Uschakow teil.', '2026-03-09')).toMatchObject([{place: 'Genf', status: 'planned', start: '2026-03-10', participants: ['Marco Rubio', 'Sergej Lawrow', 'Juri Uschakow']}]);
  });
});

describe('a visit told through the encounter at which something was said', () => {
  it('keeps it held, not a stay going on ("sagte … bei einem Treffen mit …" joined by "zu einem Besuch gekommen")', () => {
    expect(meetingsOf('„Wir stehen zusammen“, sagte Merz am Freitag bei einem Treffen mit Tusk in Berlin. Tusk war zu einem Besuch nach Berlin gekommen.')).toMatchObject([{place: 'Berlin', status: 'held', start: '2026-03-06'}]);
  });
});
