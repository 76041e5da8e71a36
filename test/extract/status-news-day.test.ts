import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {decideStatus, hourOf, statusCue} from '../../source/extract/status.js';

// Thursday 12.02.2026: without a time, in the morning and in the evening (Berlin time).
const day = '2026-02-12';
const morning = '2026-02-12T07:40:00+01:00';
const evening = '2026-02-12T20:05:00+01:00';
const meetingsOf = (text: string, published = day) => extract({title: 'Diplomatie', text, published}).meetings;

describe('the present with the report’s own day named', () => {
  it('reads "empfängt am Donnerstag …" on that Thursday as the day’s meeting still ahead', () => {
    expect(meetingsOf('Der Kanzler empfängt am Donnerstag Polens Präsidenten Andrzej Duda in Berlin.')).toMatchObject([{place: 'Berlin', start: '2026-02-12', status: 'planned'}]);
    expect(meetingsOf('In Oslo kommen heute die Außenminister Norwegens und der Ukraine zu Beratungen zusammen.', morning)).toMatchObject([{place: 'Oslo', start: '2026-02-12', status: 'planned'}]);
  });

  it('leaves it under way in a report from the evening, and without a day named', () => {
    expect(meetingsOf('In Oslo kommen heute die Außenminister Norwegens und der Ukraine zu Beratungen zusammen.', evening)).toMatchObject([{place: 'Oslo', status: 'ongoing'}]);
    const clause = 'Die Außenminister beraten in Oslo';
    expect(decideStatus({cue: null, tense: 'present', when: 'none', clause, published: morning})).toEqual({status: 'ongoing', explicit: false});
    expect(decideStatus({cue: null, tense: 'present', when: 'today', clause, published: morning, namesToday: true})).toEqual({status: 'planned', explicit: false});
  });
});

describe('a meeting named to set the time of something awaited', () => {
  it('does not read "erwarte nach Abschluss der Gespräche" as talks that are over', () => {
    const meetings = meetingsOf('Am Donnerstag treffen sich in Wien die Sicherheitsberater Frankreichs und Polens. Die Regierung in Kiew erklärte, sie erwarte nach Abschluss der Wiener Gespräche einen Bericht.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Wien', start: '2026-02-12', status: 'planned'});
  });

  it('still reads a meeting someone "wird nach dem Treffen erwartet" from as over', () => {
    expect(meetingsOf('Nach dem Treffen der Berater in Wien wird heute eine Delegation aus Kiew in Washington erwartet.').find(m => m.place === 'Wien')).toMatchObject({status: 'held'});
  });
});

describe('a meeting called off without a word of cancelling', () => {
  it('reads a journey made "vergeblich" in hope of a meeting as one that did not come', () => {
    expect(statusCue('Im Herbst war die Ministerin vergeblich nach Oslo gereist, in der Hoffnung auf ein Gespräch mit ihrem Amtskollegen')).toBe('cancelled');
    expect(meetingsOf('Anfang Januar war Sybiha in Erwartung eines Treffens mit Lawrow vergeblich nach Wien gereist.').find(m => m.place === 'Wien')).toMatchObject({status: 'cancelled'});
  });

  it('reads reports of a meeting denied ("dementierte Berichte über ein Treffen") as called off', () => {
    expect(statusCue('Das Außenministerium in Warschau dementierte Berichte über ein Treffen in Riga am Freitag')).toBe('cancelled');
    expect(statusCue('Die Sprecherin dementierte am Abend erneut Berichte über einen Gipfel')).toBe('cancelled');
    expect(statusCue('Berichte über ein Treffen in Riga machten die Runde')).toBeNull();
  });
});

describe('presence and open questions', () => {
  it('reads "hält sich für Gespräche in … auf" as a stay under way on the day', () => {
    expect(meetingsOf('Finnlands Außenministerin Elina Valtonen hält sich für politische Gespräche in Kiew auf.', morning)).toMatchObject([{place: 'Kiew', start: '2026-02-12', status: 'ongoing'}]);
  });

  it('reads "ob ein Treffen zustande kommt" as a possibility, not as how talks under way turn out', () => {
    expect(statusCue('ob in Kiew zudem ein Treffen der Ministerin mit Selenskyj zustande kommt')).toBe('proposed');
    expect(statusCue('ob der Gipfel in Helsinki stattfindet')).toBe('proposed');
    expect(statusCue('ob die am Montag begonnenen Gespräche in Helsinki gut verlaufen')).not.toBe('proposed');
  });

  it('keeps the stay apart from the meeting that is only a question', () => {
    const meetings = meetingsOf('Finnlands Außenministerin Elina Valtonen hält sich für politische Gespräche in Kiew auf. Offen ist, ob in Kiew zudem ein Treffen mit Selenskyj zustande kommt.', morning);
    expect(meetings.find(m => m.place === 'Kiew')).toMatchObject({start: '2026-02-12', status: 'ongoing'});
  });
});

describe('the hour in Berlin beside a local hour', () => {
  it('compares "um 10 Uhr Ortszeit (16 Uhr deutscher Zeit)" with the time of publication', () => {
    expect(hourOf('In Washington beginnen die Gespräche um 10 Uhr Ortszeit (16 Uhr deutscher Zeit)')).toBe(16);
    const text = 'In Washington beginnen die Gespräche von Sybiha und Rubio um 10 Uhr Ortszeit (16 Uhr deutscher Zeit).';
    expect(meetingsOf(text, morning)).toMatchObject([{place: 'Washington', status: 'planned'}]);
    expect(meetingsOf(text, evening)).toMatchObject([{place: 'Washington', status: 'ongoing'}]);
  });
});

describe('a call the news tells without a cue of its own', () => {
  it('reads a call someone confirmed, or that "es gab", as made', () => {
    expect(meetingsOf('Der Kreml bestätigte ein Telefonat zwischen Putin und Trump.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-02-12'}]);
    expect(meetingsOf('Es gab ein Telefonat zwischen Putin und Trump.')).toMatchObject([{kind: 'call', status: 'held'}]);
  });

  it('still reads a call going on "derzeit" as under way', () => {
    expect(meetingsOf('Trump telefoniert derzeit mit Putin.')).toMatchObject([{kind: 'call', status: 'ongoing'}]);
  });
});
