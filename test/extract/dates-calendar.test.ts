import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import type {Tense} from '../../source/extract/tense.js';
import {isoDay, parseIsoDay} from '../../source/extract/dates/calendar.js';

const published = '2025-12-20T21:16:00+01:00';

function all(sentence: string, tense: Tense) {
  return findDates(sentence, {published, tense}).map(({text, start, end, precision}) => ({text, start, end, precision}));
}

describe('findDates: dates, months, seasons and years', () => {
  it.each<[string, Tense, string, string, string | null, string]>([
    ['Das Treffen fand am 20.12.2025 statt.', 'past', '20.12.2025', '2025-12-20', null, 'day'],
    ['Sie treffen sich am 20. Dezember 2025.', 'present', 'am 20. Dezember 2025', '2025-12-20', null, 'day'],
    ['Sie trafen sich am 15. August in Alaska.', 'past', 'am 15. August', '2025-08-15', null, 'day'],
    ['Sie treffen sich am 15. August wieder.', 'future', 'am 15. August', '2026-08-15', null, 'day'],
    ['Die Konferenz tagte vom 10. bis 12. Oktober.', 'past', 'vom 10. bis 12. Oktober', '2025-10-10', '2025-10-12', 'days'],
    ['Die Konferenz tagte 10.–12. Oktober.', 'past', '10.–12. Oktober', '2025-10-10', '2025-10-12', 'days'],
    ['Sie soll zwischen dem 3. und 5. März stattfinden.', 'future', 'zwischen dem 3. und 5. März', '2026-03-03', '2026-03-05', 'days'],
    ['Anfang Juni verhandeln sie zuletzt in der Türkei.', 'past', 'Anfang Juni', '2025-06-01', null, 'month-part'],
    ['Mitte Juli wollen sie sich treffen.', 'future', 'Mitte Juli', '2026-07-11', null, 'month-part'],
    ['Ende Dezember soll es weitergehen.', 'future', 'Ende Dezember', '2025-12-21', null, 'month-part'],
    ['Zum Ende des Jahres drängen die USA auf Gespräche.', 'present', 'Ende des Jahres', '2025-12-21', null, 'month-part'],
    ['Ein Abkommen soll zum Jahresende stehen.', 'future', 'Jahresende', '2025-12-21', null, 'month-part'],
    ['Anfang nächsten Monats soll verhandelt werden.', 'future', 'Anfang nächsten Monats', '2026-01-01', null, 'month-part'],
    ['Ende der Woche wird verhandelt.', 'future', 'Ende der Woche', '2025-12-15', null, 'month-part'],
    ['Kommende Woche geht es weiter.', 'future', 'Kommende Woche', '2025-12-22', null, 'month-part'],
    ['In dieser Woche wird verhandelt.', 'present', 'In dieser Woche', '2025-12-15', null, 'month-part'],
    ['Vergangene Woche trafen sie sich.', 'past', 'Vergangene Woche', '2025-12-08', null, 'month-part'],
    ['Sie wollen sich im Juni treffen.', 'future', 'im Juni', '2026-06-01', null, 'month'],
    ['Im vergangenen Dezember trafen sie sich.', 'present', 'Im vergangenen Dezember', '2024-12-01', null, 'month'],
    ['Im kommenden Dezember wird verhandelt.', 'present', 'Im kommenden Dezember', '2026-12-01', null, 'month'],
    ['Sie trafen sich im Juni.', 'past', 'im Juni', '2025-06-01', null, 'month'],
    ['Ein Gipfel könnte im Januar stattfinden.', 'future', 'im Januar', '2026-01-01', null, 'month'],
    ['Zuletzt trafen sie sich im Sommer.', 'past', 'im Sommer', '2025-06-21', null, 'season'],
    ['Im Frühjahr soll es Gespräche geben.', 'future', 'Im Frühjahr', '2026-03-20', null, 'season'],
    ['Im vergangenen Herbst gab es Gespräche.', 'past', 'Im vergangenen Herbst', '2025-09-22', null, 'season'],
    ['Im vergangenen Jahr wurde er versetzt.', 'past', 'Im vergangenen Jahr', '2024-01-01', null, 'year'],
    ['Im Vorjahr wurde er versetzt.', 'past', 'Im Vorjahr', '2024-01-01', null, 'year'],
    ['Im nächsten Jahr soll es weitergehen.', 'future', 'Im nächsten Jahr', '2026-01-01', null, 'year'],
    ['Im Jahr 2024 trafen sie sich.', 'past', 'Im Jahr 2024', '2024-01-01', null, 'year'],
    ['2022 begann der Krieg.', 'past', '2022', '2022-01-01', null, 'year'],
    ['Sie treffen sich in drei Tagen.', 'future', 'in drei Tagen', '2025-12-23', null, 'day'],
    ['Sie treffen sich in zwei Wochen.', 'future', 'in zwei Wochen', '2026-01-03', null, 'day'],
    ['Vor einer Woche trafen sie sich.', 'past', 'Vor einer Woche', '2025-12-13', null, 'day'],
    ['Sie trafen sich vor zwei Wochen.', 'past', 'vor zwei Wochen', '2025-12-06', null, 'day'],
    ['In einem Monat soll es weitergehen.', 'future', 'In einem Monat', '2026-01-01', null, 'month'],
    // A count of years from the publication is that year (chrono gives it no month or day).
    ['Vor einem Jahr trafen sie sich in Genf.', 'past', 'Vor einem Jahr', '2024-01-01', null, 'year'],
    ['In zwei Jahren soll es weitergehen.', 'future', 'In zwei Jahren', '2027-01-01', null, 'year'],
    ['Bis Weihnachten soll ein Abkommen stehen.', 'future', 'Bis Weihnachten', '2025-12-25', null, 'day'],
    ['An Ostern trafen sie sich.', 'past', 'An Ostern', '2025-04-20', null, 'day'],
    ['Trump wollte eine Einigung bis Thanksgiving.', 'present', 'bis Thanksgiving', '2025-11-27', null, 'day'],
    ['Zu Ostern 2024 gab es keine Gespräche.', 'past', 'Zu Ostern 2024', '2024-03-31', null, 'day'],
    ['Dem nächtlichen Treffen war ein Telefonat vorausgegangen.', 'past', 'nächtlichen', '2025-12-19', null, 'day'],
    ['Innerhalb der nächsten Tage soll es weitergehen.', 'future', 'Innerhalb der nächsten Tage', '2025-12-21', '2025-12-27', 'days'],
  ])('%s (%s)', (sentence, tense, text, start, end, precision) => {
    expect(all(sentence, tense)[0]).toEqual({text, start, end, precision});
  });

  it('lists several dates of one sentence in order of appearance', () => {
    const found = all('Nach Gesprächen am Freitag soll es Anfang Januar und im Sommer weitergehen.', 'future');
    expect(found.map((mention) => mention.text)).toEqual(['am Freitag', 'Anfang Januar', 'im Sommer']);
  });
});

describe('findDates: words that are no dates', () => {
  it.each([
    'Am Ende entscheidet Putin.',
    'Er will zum Ende des Krieges beitragen.',
    'Putin wird seit Jahren von Uschakow beraten.',
    'Der 28-Punkte-Plan liegt vor.',
    'Er ist die Nummer 2 im Kreml.',
    'Das ist so wichtig wie nie.',
    'Mehr als 2000 Soldaten wurden verlegt.',
    'Er sprach mit 1500 Delegierten.',
    'Die Woche war anstrengend für alle.',
    // A plural unit without a count leaves the time open.
    'Vor Jahren trafen sie sich in Genf.',
    'In den vergangenen Jahren gab es viele Treffen.',
    'In den letzten Wochen wurde viel verhandelt.',
    'In den nächsten Monaten soll es Gespräche geben.',
    'Vor einigen Wochen trafen sie sich.',
    'Vor Tagen hatte er Moskau besucht.',
  ])('%s', (sentence) => {
    expect(all(sentence, 'present')).toEqual([]);
  });
});

describe('findDates: the anniversary of the invasion', () => {
  it.each<[string, Tense, string, string]>([
    ['Zum vierten Jahrestag des russischen Überfalls soll in Kiew ein Gipfel stattfinden.', 'future', 'Zum vierten Jahrestag des russischen Überfalls', '2026-02-24'],
    ['Am Jahrestag der Invasion in die Ukraine reisten die Regierungschefs nach Kiew.', 'past', 'Am Jahrestag der Invasion in die Ukraine', '2025-02-24'],
    ['Bis zum Jahrestag des Ukraine-Kriegs soll eine Waffenruhe stehen.', 'future', 'Bis zum Jahrestag des Ukraine-Kriegs', '2026-02-24'],
  ])('%s', (sentence, tense, text, start) => {
    expect(all(sentence, tense)).toEqual([{text, start, end: null, precision: 'day'}]);
  });

  it('does not take another war\'s anniversary for it', () => {
    expect(all('Zum Jahrestag des Überfalls der Hamas sprachen die Vermittler in Kairo.', 'past')).toEqual([]);
  });
});

describe('isoDay', () => {
  it('writes a day as YYYY-MM-DD, padded, as toISOString does, for every day of a span of years', () => {
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2031, 0, 1); time += 86_400_000) {
      expect(isoDay(new Date(time))).toBe(new Date(time).toISOString().slice(0, 10));
    }
    expect(isoDay(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
  });

  it('keeps toISOString’s form for years of other lengths, and refuses an invalid date', () => {
    const far = new Date(Date.UTC(2000, 0, 1));
    far.setUTCFullYear(12_025);
    expect(isoDay(far)).toBe('+012025-01');
    const early = new Date(Date.UTC(2000, 0, 1));
    early.setUTCFullYear(988);
    expect(isoDay(early)).toBe('0988-01-01');
    expect(() => isoDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parseIsoDay', () => {
  it('reads YYYY-MM-DD back to the day isoDay wrote, and other shapes as Number() reads their parts', () => {
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2031, 0, 1); time += 86_400_000) {
      expect(parseIsoDay(isoDay(new Date(time))).getTime()).toBe(time);
    }
    expect(isoDay(parseIsoDay('2025-1-5'))).toBe('2025-01-05');
    expect(isoDay(parseIsoDay('2025-02-30'))).toBe('2025-03-02');
    expect(parseIsoDay('2025-12-3x').getTime()).toBeNaN();
  });
});
