import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import {publishedHour} from '../../source/extract/dates/berlin-time.js';
import {extract} from '../../source/extract/index.js';
import {decideStatus, hourOf, isPerfectOf} from '../../source/extract/status.js';

// Saturday 20.12.2025, in the evening and in the morning, Berlin time.
const evening = '2025-12-20T21:16:00+01:00';
const morning = '2025-12-20T08:30:00+01:00';
const meetingsOf = (text: string, published = evening) => extract({title: 'Ukraine-Diplomatie', text, published}).meetings;
const statuses = (text: string, published = evening) => meetingsOf(text, published).map(m => m.status);

describe('the meeting verb’s own tense', () => {
  it('finds a Perfekt participle with its auxiliary, indicative or Konjunktiv', () => {
    const clause = 'er habe mit Macron telefoniert und vereinbart';
    expect(isPerfectOf(clause, {index: clause.indexOf('telefoniert'), end: clause.indexOf('telefoniert') + 11, isNoun: false})).toBe(true);
    const planned = 'er werde mit Macron telefoniert haben';
    expect(isPerfectOf(planned, {index: planned.indexOf('telefoniert'), end: planned.indexOf('telefoniert') + 11, isNoun: false})).toBe(false);
  });

  it('reads a call told in the Konjunktiv Perfekt as held although a plan follows in the clause', () => {
    expect(meetingsOf('Merz teilte am Freitag mit, er habe mit Macron telefoniert und vereinbart, die Berater sollten sich bald treffen.')).toMatchObject([
      {kind: 'call', status: 'held', start: '2025-12-19'},
    ]);
  });

  it('keeps two calls with different partners apart', () => {
    const calls = meetingsOf('Merz sagte am Samstag, er habe mit Macron telefoniert. Merz telefonierte danach mit dem britischen Premier Keir Starmer.').filter(m => m.kind === 'call');
    expect(calls).toHaveLength(2);
  });
});

describe('status on the day of the report', () => {
  it('reads an arrival in the present perfect on the day as under way, on an earlier day as over', () => {
    expect(statuses('Außenminister Johann Wadephul ist am Vormittag in Kiew eingetroffen, um mit der Regierung zu beraten.')).toEqual(['ongoing']);
    expect(statuses('In Brüssel sind die Außenminister der EU zu einem Sondertreffen zusammengekommen.')).toEqual(['ongoing']);
    expect(statuses('Außenminister Johann Wadephul ist am Montag in Kiew eingetroffen, um mit der Regierung zu beraten.')).toEqual(['held']);
  });

  it('reads "zum Auftakt" and "unterbrochen" as a meeting under way', () => {
    expect(statuses('Macron hat zum Auftakt des Gipfels in Brüssel die Regierungschefs begrüßt.')).toEqual(['ongoing']);
    expect(statuses('Das Treffen im Kanzleramt ist für eine Telefonschalte unterbrochen worden.')).toEqual(['ongoing']);
  });

  it('reads talks "heute" going on as under way', () => {
    expect(statuses('Die Gespräche in Wien werden heute mit den Europäern fortgesetzt.')).toEqual(['ongoing']);
    expect(statuses('Die Gespräche in Wien werden am Montag mit den Europäern fortgesetzt.')).toEqual(['planned']);
  });

  it('reads talks going on "am Abend" in a morning report as planned, and as going on when told in the past', () => {
    expect(statuses('Die Gespräche in Genf werden am Abend fortgesetzt.', morning)).toEqual(['planned']);
    expect(statuses('Die Gespräche in Genf wurden am Abend fortgesetzt.', morning)).toEqual(['ongoing']);
    expect(statuses('Die Gespräche in Genf werden am Abend fortgesetzt.')).toEqual(['ongoing']);
  });

  it('compares the hour a meeting is set for with the time of publication', () => {
    expect(publishedHour(morning)).toBe(8.5);
    expect(publishedHour('2025-12-20')).toBeNull();
    expect(hourOf('In Wien beraten am Nachmittag die Außenminister')).toBe(15);
    expect(hourOf('Das Treffen beginnt um 13.30 Uhr')).toBe(13.5);
    expect(statuses('In Wien treffen sich am Nachmittag die Außenminister der Ukraine und Polens.', morning)).toEqual(['planned']);
    expect(statuses('In Wien treffen sich am Nachmittag die Außenminister der Ukraine und Polens.', evening)).toEqual(['ongoing']);
  });

  it('leaves the decision to the words when nothing of the day speaks', () => {
    expect(decideStatus({cue: 'held', tense: 'past', when: 'past', clause: 'Die Delegationen trafen sich in Genf'})).toEqual({status: 'held', explicit: true});
    expect(decideStatus({cue: null, tense: 'future', when: 'none', clause: 'Sie werden sich in Genf treffen'})).toEqual({status: 'planned', explicit: false});
  });
});

describe('dates of Advent', () => {
  it('dates "am 3. Advent" to its Sunday', () => {
    expect(findDates('Die Beratungen werden am 3. Advent fortgesetzt.', {published: '2025-12-10', tense: 'future'})[0]).toMatchObject({start: '2025-12-14', precision: 'day'});
    expect(findDates('Am vierten Adventssonntag trafen sie sich.', {published: '2026-01-10', tense: 'past'})[0]).toMatchObject({start: '2025-12-21'});
  });
});

describe('an arrival with its purpose', () => {
  it('reads "ist angekommen, um … zu beraten" on the day as talks under way', () => {
    expect(meetingsOf('Am Sonntagvormittag ist eine Delegation der USA in Wien angekommen, um über die Waffenruhe zu beraten.', '2025-12-21T12:00:00+01:00')).toMatchObject([
      {place: 'Wien', start: '2025-12-21', status: 'ongoing'},
    ]);
  });

  it('reads a meeting that "ist ausgefallen" as called off', () => {
    expect(statuses('Das Treffen in Genf ist ausgefallen.')).toEqual(['cancelled']);
  });
});

describe('a meeting named by what it produced', () => {
  it('reads "die beim Gipfel … erörterten Garantien" as a summit held, undated background', () => {
    expect(meetingsOf('Über die beim Gipfel im Weißen Haus erörterten Zusagen wollen die Berater nun weiterreden.')).toMatchObject([
      {place: 'Washington', status: 'held', start: null},
    ]);
  });
});
