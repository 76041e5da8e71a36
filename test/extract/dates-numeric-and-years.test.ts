import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import type {Tense} from '../../source/extract/tense.js';

// Wednesday, 3 December 2025, Berlin time.
const published = '2025-12-03T10:00:00+01:00';

function all(sentence: string, tense: Tense) {
  return findDates(sentence, {published, tense}).map(({text, start, end, precision}) => ({text, start, end, precision}));
}

describe('findDates: dates in digits without a year', () => {
  it.each<[string, Tense, string, string, string | null]>([
    ['Die Außenminister treffen sich am 5.12. in Rom.', 'present', 'am 5.12.', '2025-12-05', null],
    ['Die Außenminister beraten am 4. und 5.12. in Rom.', 'future', 'am 4. und 5.12.', '2025-12-04', '2025-12-05'],
    ['Die Außenminister beraten vom 4.12. bis 5.12. in Rom.', 'future', 'vom 4.12. bis 5.12.', '2025-12-04', '2025-12-05'],
    ['Die Außenminister berieten am 29./30.11. in Rom.', 'past', 'am 29./30.11.', '2025-11-29', '2025-11-30'],
    ['Die Außenminister berieten vom 30.11. bis 2.12. in Rom.', 'past', 'vom 30.11. bis 2.12.', '2025-11-30', '2025-12-02'],
    ['Die Gesandten trafen sich am 14.3. in Riad.', 'past', 'am 14.3.', '2025-03-14', null],
  ])('%s', (sentence, tense, text, start, end) => {
    expect(all(sentence, tense)).toEqual([{text, start, end, precision: end ? 'days' : 'day'}]);
  });

  it('leaves a date with a year to chrono', () => {
    expect(all('Sie trafen sich am 20.12.2024 in Rom.', 'past')).toEqual([{text: '20.12.2024', start: '2024-12-20', end: null, precision: 'day'}]);
  });
});

describe('findDates: a year in the genitive after a month, season or day', () => {
  it.each<[string, Tense, string, string, string]>([
    ['Die Konferenz soll im Mai kommenden Jahres stattfinden.', 'future', 'im Mai kommenden Jahres', '2026-05-01', 'month'],
    ['Die Wahl ist im Herbst kommenden Jahres.', 'present', 'im Herbst kommenden Jahres', '2026-09-22', 'season'],
    ['Sie trafen sich im Frühjahr vergangenen Jahres in Kairo.', 'past', 'im Frühjahr vergangenen Jahres', '2024-03-20', 'season'],
    ['Sie trafen sich am 4. Mai vergangenen Jahres in Kairo.', 'past', 'am 4. Mai vergangenen Jahres', '2024-05-04', 'day'],
    ['Ein Gipfel soll Anfang Februar nächsten Jahres folgen.', 'future', 'Anfang Februar nächsten Jahres', '2026-02-01', 'month-part'],
    ['Die Wahl soll im Laufe des nächsten Jahres stattfinden.', 'future', 'im Laufe des nächsten Jahres', '2026-01-01', 'year'],
  ])('%s', (sentence, tense, text, start, precision) => {
    expect(all(sentence, tense)).toEqual([{text, start, end: null, precision}]);
  });
});
