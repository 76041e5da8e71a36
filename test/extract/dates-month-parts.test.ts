import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import type {Tense} from '../../source/extract/tense.js';

// Wednesday, 10 December 2025, Berlin time.
const published = '2025-12-10T09:00:00+01:00';

function all(sentence: string, tense: Tense) {
  return findDates(sentence, {published, tense}).map(({text, start, end, precision}) => ({text, start, end, precision}));
}

describe('findDates: halves, quarters, counted weeks and days of the month', () => {
  it.each<[string, Tense, string, string, string]>([
    ['Die Ministerin will in der zweiten Januarhälfte nach Warschau reisen.', 'future', 'zweiten Januarhälfte', '2026-01-16', 'month-part'],
    ['Die Gespräche sollen in der ersten Februarhälfte beginnen.', 'future', 'ersten Februarhälfte', '2026-02-01', 'month-part'],
    ['Die Runde ist für die zweite Hälfte des Januars geplant.', 'future', 'zweite Hälfte des Januars', '2026-01-16', 'month-part'],
    ['Die Delegationen trafen sich in der ersten Novemberhälfte in Riad.', 'past', 'ersten Novemberhälfte', '2025-11-01', 'month-part'],
    ['Ein Gipfel ist in der zweiten Monatshälfte denkbar.', 'future', 'zweiten Monatshälfte', '2025-12-16', 'month-part'],
    ['Das Treffen soll in der ersten Hälfte des kommenden Monats stattfinden.', 'future', 'ersten Hälfte des kommenden Monats', '2026-01-01', 'month-part'],
    ['Eine Konferenz soll in der zweiten Jahreshälfte 2026 folgen.', 'future', 'zweiten Jahreshälfte 2026', '2026-07-01', 'season'],
    ['Die Minister wollen sich bis Ende des Quartals abstimmen.', 'future', 'Ende des Quartals', '2025-12-21', 'month-part'],
    ['Anfang des nächsten Quartals soll verhandelt werden.', 'future', 'Anfang des nächsten Quartals', '2026-01-01', 'month-part'],
    ['Bis zum Quartalsende soll ein Termin stehen.', 'future', 'Quartalsende', '2025-12-21', 'month-part'],
    ['Im ersten Quartal 2026 soll ein Gipfel stattfinden.', 'future', 'ersten Quartal 2026', '2026-01-01', 'season'],
    ['Im dritten Quartal verhandelten sie in Genf.', 'past', 'dritten Quartal', '2025-07-01', 'season'],
    ['Die Runde soll am 18. des Monats stattfinden.', 'future', '18. des Monats', '2025-12-18', 'day'],
    ['Die Runde soll am 4. des Monats stattfinden.', 'future', '4. des Monats', '2026-01-04', 'day'],
    ['Die Runde war für den 20. des Monats angesetzt.', 'past', '20. des Monats', '2025-11-20', 'day'],
    ['Die Runde soll am 3. des kommenden Monats stattfinden.', 'future', '3. des kommenden Monats', '2026-01-03', 'day'],
    ['Die Gesandten wollen sich in der ersten Januarwoche treffen.', 'future', 'ersten Januarwoche', '2026-01-01', 'month-part'],
    ['Die Gesandten trafen sich in der letzten Novemberwoche.', 'past', 'letzten Novemberwoche', '2025-11-24', 'month-part'],
    ['Die Runde soll in Kalenderwoche 3 stattfinden.', 'future', 'Kalenderwoche 3', '2026-01-12', 'month-part'],
    ['Die Gesandten wollen sich zur Wochenmitte in Genf treffen.', 'future', 'Wochenmitte', '2025-12-08', 'month-part'],
  ])('%s', (sentence, tense, text, start, precision) => {
    expect(all(sentence, tense)).toEqual([{text, start, end: null, precision}]);
  });
});
