import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Dates, places and status of meetings told in negotiation reports, widened from what set AN
// showed, in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('the day of a plan given up', () => {
  it('dates a round "ursprünglich für den 2. März angesetzt" on that day just behind the report, not a year ahead', () => {
    const text = 'Die ursprünglich für den 2. März in Oslo angesetzte dritte Verhandlungsrunde zwischen Kallas und Støre wurde verschoben.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-03-02', status: 'cancelled'}]);
  });

  it('dates a meeting "für den 1. März geplant" and called off on that day just behind the report', () => {
    const text = 'Das für den 1. März geplante Treffen von Tusk und Fiala in Prag wurde abgesagt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Prag', start: '2026-03-01', status: 'cancelled'}]);
  });

  it('keeps a plan "für den 1. März" that is not given up a year ahead', () => {
    expect(meetingsOf('Das Treffen von Tusk und Fiala in Prag ist für den 1. März geplant.')).toMatchObject([{place: 'Prag', start: '2027-03-01'}]);
  });
});

describe('background with a date read as a meeting', () => {
  it('leaves the month of "die erste Begegnung nach den Angriffen X und Y auf Z im Januar" to the attacks', () => {
    const text = 'Die Verhandlungsrunde von Kallas und Støre in Oslo endete am Mittwoch ohne Ergebnis. Das Treffen in Oslo war die erste Begegnung nach den Angriffen Russlands und Belarus\' auf die Kraftwerke der Ukraine im Januar.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-03-04', status: 'held'}]);
    expect(meetingsOf(text)).toHaveLength(1);
  });
});

describe('a team called home to confer', () => {
  it('reads "zu Beratungen nach Paris zurückkehren" as no meeting in Paris', () => {
    const text = 'Nach drei Tagen zäher Gespräche in Kairo wird das französische Verhandlungsteam zu Beratungen nach Paris zurückkehren, während die Experten vorerst in Kairo bleiben.';
    expect(meetingsOf(text).map(m => m.place)).toEqual(['Kairo']);
  });

  it('reads an envoy "zu Beratungen nach Rom zurückgerufen" as no meeting', () => {
    expect(meetingsOf('Der Botschafter wurde am Montag zu Beratungen nach Rom zurückgerufen.')).toEqual([]);
  });

  it('keeps a journey "zu Beratungen nach Oslo" that is no return', () => {
    expect(meetingsOf('Am Montag reist Kallas zu Beratungen nach Oslo.')).toMatchObject([{place: 'Oslo', start: '2026-03-09'}]);
  });
});

describe('a headline of two statements', () => {
  it('gives the date and place after the colon to the meeting word after it, not to the round just ended', () => {
    const input = {title: 'Gespräche zwischen Polen und Litauen beendet: Nächste Woche Gespräche in Oslo', text: 'Polen und Litauen haben ihre zweite Verhandlungsrunde am Donnerstag in Prag beendet. Nächste Woche seien in Oslo Gespräche auf Expertenebene geplant.', published: '2026-03-05'};
    expect(extract(input).meetings).toMatchObject([
      {place: 'Oslo', start: '2026-03-09', status: 'planned'},
      {place: 'Prag', start: '2026-03-05', status: 'held'},
    ]);
    expect(extract(input).meetings).toHaveLength(2);
  });
});

describe('a town told by its kind', () => {
  it('places a meeting "in dem türkischen Badeort" in the Turkish town named before', () => {
    const text = 'Die Gesandten reisten am Montag nach Antalya. Am Dienstag trafen sie sich in dem türkischen Badeort mit Vertretern der Regierung Aserbaidschans.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Antalya'}, {place: 'Antalya', start: '2026-03-03', status: 'held'}]);
  });
});

describe('a round under way', () => {
  it('dates talks that came together "im Laufe des Tages" on the day of the report', () => {
    const text = 'Der Streit um die Fischereirechte zieht sich seit Jahren hin.\n\nIn Oslo kamen im Laufe des Tages Delegationen unter Leitung von Kallas und Støre zu Gesprächen zusammen.';
    expect(meetingsOf(text, '2026-03-05T18:00:00+01:00')).toMatchObject([{place: 'Oslo', start: '2026-03-05', status: 'held'}]);
  });

  it('keeps talks going on another day at the same place one meeting under way', () => {
    const text = 'In Oslo kamen im Laufe des Tages Delegationen unter Leitung von Kallas und Støre zu Gesprächen zusammen. Die Beratungen sollen am Samstag in Oslo fortgesetzt werden.';
    expect(meetingsOf(text, '2026-03-05T18:00:00+01:00')).toMatchObject([{place: 'Oslo', start: '2026-03-05', status: 'ongoing'}]);
    expect(meetingsOf(text, '2026-03-05T18:00:00+01:00')).toHaveLength(1);
  });
});

describe('an invitation', () => {
  it('reads an invitation to a state visit dated only by a year ("Ende 2027") as proposed', () => {
    expect(meetingsOf('Im Gegenzug lud Macron den polnischen Präsidenten Nawrocki zu einem Staatsbesuch in Frankreich Ende 2027 ein.')).toMatchObject([{kind: 'visit', status: 'proposed'}]);
  });

  it('keeps an invitation to a day planned, year or not', () => {
    expect(meetingsOf('Macron hat die Außenminister zum 28. April 2026 nach Paris eingeladen.')).toMatchObject([{place: 'Paris', start: '2026-04-28', status: 'planned'}]);
  });
});
