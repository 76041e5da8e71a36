import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and dates of meetings spoken about, widened from what set
// AI showed, in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting talked of', () => {
  it('reads a meeting "von/über einem/einen …" spoken of as proposed, not held on the day of the talk', () => {
    expect(meetingsOf('Merz hatte Anfang Februar von einem Treffen in Rom binnen zwei Wochen gesprochen.')).toMatchObject([{place: 'Rom', status: 'proposed', start: null, precision: 'unknown'}]);
    expect(meetingsOf('Weiterhin wurde über einen Gipfel in Wien gesprochen.')).toMatchObject([{place: 'Wien', status: 'proposed', start: null}]);
    expect(meetingsOf('Zuletzt war von einem Treffen in Oslo die Rede.')).toMatchObject([{place: 'Oslo', status: 'proposed', start: null}]);
  });

  it('reads the date after a meeting talked of as ahead, not by the talk\'s past', () => {
    expect(meetingsOf('Merz sprach am Montag von einem Treffen mit Tusk am 20. März.')).toMatchObject([{status: 'proposed', start: '2026-03-20', precision: 'day'}]);
  });

  it('keeps a meeting described after "sprach von" as held', () => {
    expect(meetingsOf('Merz sprach von einem konstruktiven Treffen mit Tusk in Warschau.')).toMatchObject([{place: 'Warschau', status: 'held'}]);
  });
});

describe('a call-off told as a noun', () => {
  it('reads the meeting named after "die Absage/Verschiebung des …" as called off, not the clause\'s other meeting', () => {
    expect(meetingsOf('Trotz der Absage des Gipfels in Oslo reist Merz am Freitag nach Paris.')).toMatchObject([
      {place: 'Oslo', status: 'cancelled'},
      {place: 'Paris', status: 'planned', start: '2026-03-06'},
    ]);
    expect(meetingsOf('Nach der Verschiebung des Treffens von Merz und Tusk in Warschau herrscht Ratlosigkeit.')).toMatchObject([{place: 'Warschau', status: 'cancelled', start: null}]);
  });

  it('reads plans going on "trotz der Verschiebung" as called off', () => {
    expect(meetingsOf('Die Planungen für ein Treffen zwischen Merz und Tusk in Warschau gehen trotz der Verschiebung weiter.')).toMatchObject([{place: 'Warschau', status: 'cancelled'}]);
  });

  it('keeps a meeting put off to a new date, and a shift of what is talked about', () => {
    expect(meetingsOf('Die Verschiebung des Gipfels in Oslo auf den 20. März sorgte für Ärger.')).toMatchObject([{place: 'Oslo', status: 'planned', start: '2026-03-20'}]);
    expect(meetingsOf('Die Personalie könnte auf eine inhaltliche Verschiebung der Verhandlungen in Genf hindeuten.')).not.toMatchObject([{status: 'cancelled'}]);
  });
});

describe('the meetings before', () => {
  it('leaves rounds named "vorherige", "frühere", "bisherige" undated and over, not the day\'s news', () => {
    expect(meetingsOf('Zwei vorherige Gesprächsrunden in Riad hatten kein Ergebnis gebracht.')).toMatchObject([{place: 'Riad', status: 'held', start: null, precision: 'unknown'}]);
    expect(meetingsOf('Frühere Treffen in Riad blieben ohne Ergebnis.')).toMatchObject([{place: 'Riad', status: 'held', start: null}]);
    expect(meetingsOf('Die bisherigen Verhandlungen in Istanbul haben wenig gebracht.')).toMatchObject([{place: 'Istanbul', status: 'held', start: null}]);
  });
});

describe('the time of the act after a meeting', () => {
  it('dates a meeting named after "nach" by the time right before it ("hatte vergangene Woche nach einem Telefonat … bekanntgegeben")', () => {
    expect(meetingsOf('Merz hatte vergangene Woche nach einem Telefonat mit Tusk angekündigt, er wolle reisen.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-02-23', precision: 'month-part'}]);
    expect(meetingsOf('Merz kündigte am Montag nach einem Telefonat mit Tusk eine Reise an.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-03-02', precision: 'day'}]);
  });
});
