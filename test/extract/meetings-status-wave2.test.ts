import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and dates of the second wave: structures that recur across the first-look diagnoses,
// in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('days gone by', () => {
  it('leaves calls made "in den vergangenen Tagen" undated, not a week of days nor the day of the report', () => {
    const text = 'Tusk und Merz hatten in den vergangenen Tagen bereits zweimal miteinander telefoniert.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', status: 'held', start: null, precision: 'unknown'}]);
  });

  it('leaves talks held "in den letzten Tagen" undated', () => {
    expect(meetingsOf('In den letzten Tagen hatten Kallas und Sikorski in Wien verhandelt.')).toMatchObject([{place: 'Wien', status: 'held', start: null}]);
  });

  it('keeps "in den kommenden Tagen" the week ahead', () => {
    expect(meetingsOf('Kallas und Sikorski wollen sich in den kommenden Tagen in Wien treffen.')).toMatchObject([{place: 'Wien', status: 'planned', start: '2026-03-06', end: '2026-03-12'}]);
  });
});
