import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Which mention's status a merged meeting keeps: an offer or a wish told first, and a plan that
// names no day told after it (pooled design half: proposed read as planned only once merged).
// Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a plan that names no day, merged with an offer', () => {
  it('keeps an offer of a venue proposed when a meeting is then "angekündigt" without a day', () => {
    const text = 'Norwegen sei bereit, ein Treffen zwischen Tusk und Fico in Oslo auszurichten, sagte der Außenminister. Tusk und Fico haben ein Treffen angekündigt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'proposed', start: null}]);
  });

  it('keeps an invitation without a day proposed when the visit "soll stattfinden" without one', () => {
    const text = 'Fico hat Tusk nach Bratislava eingeladen. Der Besuch in Bratislava soll stattfinden, hieß es aus Warschau.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Bratislava', status: 'proposed'}]);
  });

  it('keeps a readiness to receive someone proposed beside an invitation dated only by a season ("Im Frühjahr 2026")', () => {
    const text = 'Fico erklärte, er sei bereit, Tusk in Bratislava zu empfangen. Im Frühjahr 2026 lud er den polnischen Regierungschef dann offiziell nach Bratislava ein.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Bratislava', status: 'proposed'}]);
  });

  it('still reads a possible meeting planned once a day is fixed for it ("für den 15. Dezember geplant")', () => {
    const text = 'Tusk und Fico könnten sich in Oslo treffen. Das Treffen in Oslo ist für den 15. Dezember geplant.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'planned', start: '2026-12-15'}]);
  });

  it('still reads a meeting possible on a named day planned when a plan follows ("am Freitag möglich … soll stattfinden")', () => {
    const text = 'Ein Treffen zwischen Tusk und Fico in Oslo ist am Freitag möglich. Das Treffen in Oslo soll stattfinden, sagte ein Sprecher.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'planned', start: '2026-12-11'}]);
  });
});

describe('an offer that names neither place nor day, after a meeting over or fixed', () => {
  it('keeps talks told as over held when readiness for more talks follows ("wäre bereit, weitere Gespräche … zu führen")', () => {
    const text = 'Danach ist in Oslo weiterverhandelt worden. Warschau erklärte, man wäre bereit, weitere Gespräche über die Grenzfrage zu führen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'held'}]);
  });

  it('keeps a reception fixed for a day planned when a meeting with no place or day of its own is called possible ("könnte auch … treffen")', () => {
    const text = 'Der Kanzler empfängt am Donnerstag Tusk in Berlin. Tusk könnte auch Macron treffen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Berlin', status: 'planned', start: '2026-12-10'}]);
  });

  it('still lets an offer with a place of its own make the meeting possible ("Ein Treffen … in Oslo wäre ebenfalls möglich")', () => {
    const text = 'Tusk will am Freitag in Oslo mit Fico sprechen. Ein Treffen mit Orbán in Oslo wäre ebenfalls möglich.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'proposed'}]);
  });
});
