import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and date of found meetings, round 19 (pooled design half: WRONG lines). Sentences of
// our own. Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting opened on the day of the report', () => {
  it('reads a summit "Zum Auftakt des Gipfels" at the head of a sentence as under way, like "zum Auftakt" inside one', () => {
    const text = 'Zum Auftakt des Gipfels in Oslo hat Støre betont, dass er mit einer Einigung rechne.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'ongoing', start: '2026-12-07'}]);
  });
});

describe('a meeting that is the occasion of an undated statement', () => {
  it('dates the meeting of "sagte X bei einem Treffen mit Y", told after the lead, on the day of the report', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt. Eine Einigung gilt als fern.\n\nMan komme kaum voran, sagte Merz bei einem Treffen mit Tusk im Kanzleramt.';
    expect(meetingsOf(text)).toMatchObject([{status: 'held', start: '2026-12-07', precision: 'day', participants: expect.arrayContaining(['Friedrich Merz', 'Donald Tusk'])}]);
  });

  it('leaves a meeting named only as a past background undated ("Beim Treffen mit Y hatte X gesagt")', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt. Eine Einigung gilt als fern.\n\nBeim Treffen mit Tusk in Warschau hatte Merz noch Hoffnung gezeigt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', start: null}]);
  });
});

describe('someone awaited meanwhile', () => {
  it('dates a visit "wird derweil … erwartet", told after the lead, on the day of the report, still planned', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt. Eine Einigung gilt als fern.\n\nIn Warschau wird derweil der Gesandte Kellogg erwartet, um über Gefangene zu sprechen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', status: 'planned', start: '2026-12-07', precision: 'day'}]);
  });

  it('leaves a visit awaited without "derweil" or "unterdessen" undated', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt. Eine Einigung gilt als fern.\n\nIn Warschau wird der Gesandte Kellogg erwartet, um über Gefangene zu sprechen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', status: 'planned', start: null}]);
  });
});
