import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import {extract} from '../../source/extract/index.js';

// Saturday evening, 20 December 2025, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, at = published) => extract({title: 'Ukraine-Diplomatie', text, published: at}).meetings;

describe('date anchoring', () => {
  it('reads "am Samstag und Sonntag" as two days in a row, whatever side of today each alone falls on', () => {
    const [span] = findDates('Am Samstag und Sonntag beraten die Unterhändler in Wien.', {published, tense: 'present'});
    expect(span).toMatchObject({start: '2025-12-20', end: '2025-12-21', precision: 'days'});
  });

  it('reads clock times right after a day as that day\'s, not a span from today', () => {
    // Saturday's report: Sunday, one day; not the 20th to the 21st.
    expect(findDates('Merz und Macron treffen sich am Sonntag (14 Uhr Ortszeit, 20 Uhr MEZ) in Rom.', {published, tense: 'present'})).toEqual([
      expect.objectContaining({text: 'am Sonntag', start: '2025-12-21', end: null, precision: 'day'}),
    ]);
    expect(meetingsOf('Merz und Macron treffen sich am Sonntag (14 Uhr Ortszeit, 20 Uhr MEZ) in Rom.')).toMatchObject([{place: 'Rom', start: '2025-12-21', end: null, precision: 'day'}]);
    // Further off, the time may be another act's: it keeps its own day.
    expect(findDates('Am Sonntag hatte er gesagt, um 21 Uhr MEZ beginne die Schalte.', {published, tense: 'past'})).toHaveLength(2);
  });

  it('joins a report of the first day to the talks of two days', () => {
    const meetings = meetingsOf('Am Samstag und Sonntag verhandeln in Wien die Delegationen beider Länder. Die Gespräche am Samstag seien schwierig gewesen, hieß es aus Delegationskreisen.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Wien', start: '2025-12-20'});
  });
});

describe('time of day', () => {
  it('reads "seit dem Morgen" as this morning, not tomorrow, and the talks as under way since', () => {
    expect(meetingsOf('In Wien verhandeln seit dem Morgen Unterhändler aus Kiew und Moskau.')).toMatchObject([{place: 'Wien', start: '2025-12-20', status: 'ongoing'}]);
  });
});

describe('meetings on the sidelines', () => {
  it('places talks "am Rande des Treffens" where the meeting told before is, when no summit is told', () => {
    const meetings = meetingsOf('In Wien verhandeln seit dem Morgen Unterhändler aus Kiew und Moskau. Gespräche der Europäer mit der ukrainischen Delegation seien „am Rande des Treffens“ geplant.');
    expect(meetings.map(m => [m.place, m.start, m.status])).toEqual([
      ['Wien', '2025-12-20', 'ongoing'],
      ['Wien', '2025-12-20', 'planned'],
    ]);
  });
});

describe('the day of the news and the background', () => {
  it('dates a visit "unterdessen" on the day of the report, even below the lead', () => {
    const text = 'Die Regierung in Kiew äußerte sich zurückhaltend.\n\nDer Außenminister Johann Wadephul besuchte unterdessen den Präsidenten in Kiew.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Kiew', start: '2025-12-20', precision: 'day'}]);
  });

  it('leaves a meeting "vor Jahren" or "in den vergangenen Jahren" undated, even in the lead', () => {
    expect(meetingsOf('Vor Jahren hatte Witkoff Putin in Moskau getroffen.')).toMatchObject([{place: 'Moskau', status: 'held', start: null, precision: 'unknown'}]);
    expect(meetingsOf('In den vergangenen Jahren hatten sich Putin und Erdoğan mehrfach in Sotschi getroffen.')).toMatchObject([{place: 'Sotschi', start: null, precision: 'unknown'}]);
  });

  it('leaves talks told as "zuvor" undated, even in the lead', () => {
    expect(meetingsOf('Beide waren am Sonntag an Gesprächen in Wien und zuvor an Verhandlungen in Genf beteiligt.').find(m => m.place === 'Genf')).toMatchObject({start: null, precision: 'unknown'});
  });
});

describe('venues', () => {
  it('reads "in der Hauptstadt der Emirate" after a dash as the venue of the talks', () => {
    expect(meetingsOf('Am Montag wollen die Kriegsparteien erneut miteinander reden – in der Hauptstadt der Emirate.')).toMatchObject([
      {place: 'Abu Dhabi', start: '2025-12-22', status: 'planned'},
    ]);
    expect(meetingsOf('Ein Gipfel in der Hauptstadt Ungarns ist geplant.')).toMatchObject([{place: 'Budapest'}]);
  });
});

describe('dates carried across sentences', () => {
  it('dates "Damals" by the time the sentence before told', () => {
    expect(meetingsOf('Die beiden sehen sich zum ersten Mal seit 2019. Damals hatte Merz den Präsidenten Macron im japanischen Osaka getroffen.')).toContainEqual(
      expect.objectContaining({place: 'Osaka', start: '2019-01-01', precision: 'year', status: 'held'}),
    );
  });

  it('dates "am selben Tag" by the day told before', () => {
    expect(meetingsOf('Am Dienstag hatte Merz in Paris eine Rede gehalten. Am selben Tag traf er sich in Paris mit Emmanuel Macron.')).toContainEqual(
      expect.objectContaining({place: 'Paris', start: '2025-12-16', status: 'held'}),
    );
  });
});

describe('one meeting or two', () => {
  it('joins a plain present and a plan for the same day', () => {
    const meetings = meetingsOf('Merz und Macron treffen sich an diesem Montag im südkoreanischen Busan. Die beiden werden sich um 3 Uhr deutscher Zeit treffen, wie das Kanzleramt ankündigte.', '2025-12-22T01:00:00+01:00');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Busan', start: '2025-12-22', status: 'planned'});
  });

  it('keeps two venues of one sentence apart ("im Weissen Haus, kurz nach dem Gipfel in Alaska")', () => {
    const places = meetingsOf('Zuletzt waren Trump und Selenskyj im August im Weissen Haus zusammengekommen, kurz nach einem Treffen Trumps mit Putin im US-Bundesstaat Alaska.').map(m => m.place);
    expect(places).toEqual(['Washington', 'USA']);
  });

  it('keeps a called-off meeting of other people apart from a visit just told', () => {
    const meetings = meetingsOf('Trump ist zu Besuch in Katar. Die Begegnung von Putin und Selenskyj ist ausgefallen.');
    expect(meetings.find(m => m.place === 'Katar')?.status).not.toBe('cancelled');
    expect(meetings.some(m => m.status === 'cancelled' && m.participants.includes('Wladimir Putin'))).toBe(true);
  });
});

describe('dates of the clause, not of an attribute or another meeting', () => {
  it('leaves the date inside "ihre vor einer Woche begonnenen Verhandlungen" to that noun', () => {
    expect(meetingsOf('Die Delegationen wollen heute in Genf ihre vor einer Woche begonnenen Verhandlungen wieder aufnehmen.')).toContainEqual(
      expect.objectContaining({place: 'Genf', start: '2025-12-20', precision: 'day'}),
    );
  });

  it('does not give a new meeting the date of the call it follows', () => {
    const meetings = meetingsOf('Gleich nach seinem Telefonat am Dienstag kündigte Merz ein weiteres Treffen mit Selenskyj an – diesmal in Polen, in Warschau.');
    expect(meetings.find(m => m.place === 'Warschau')).toMatchObject({start: null, status: 'planned'});
  });
});

describe('"diesen Montag" and two sides talking', () => {
  it('reads a plan "für diesen Montag", told on a Sunday, as tomorrow', () => {
    expect(findDates('Für diesen Montag war ein Treffen mit Merz geplant.', {published: '2025-12-14', tense: 'past'})[0]).toMatchObject({start: '2025-12-15'});
    expect(findDates('An diesem Montag hatten sie sich getroffen.', {published: '2025-12-14', tense: 'past'})[0]).toMatchObject({start: '2025-12-08'});
  });

  it('reads "Unterhändler der USA und der Ukraine beraten heute in Florida" as talks', () => {
    expect(meetingsOf('Unterhändler der USA und der Ukraine beraten heute im US-Bundesstaat Florida über einen Frieden.')).toMatchObject([{place: 'USA', start: '2025-12-20'}]);
  });

  it('adds who takes part to the meeting just told, even two new people', () => {
    const meetings = meetingsOf('Merz empfing am Sonntag Selenskyj und den Gesandten Witkoff im Kanzleramt in Berlin. An dem Gespräch nahmen auch Rustem Umerow sowie Günter Sautter teil.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Rustem Umerow', 'Günter Sautter']));
  });
});

describe('a told length', () => {
  it('dates "die dreitägigen Verhandlungen" reported over as the three days ending with the report', () => {
    expect(meetingsOf('Die dreitägigen Verhandlungen in Wien sind aus Sicht beider Seiten positiv verlaufen und beendet.')).toMatchObject([
      {place: 'Wien', start: '2025-12-18', end: '2025-12-20', precision: 'days', status: 'held'},
    ]);
  });
});
