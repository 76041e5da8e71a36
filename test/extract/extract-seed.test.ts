// The model article end to end: n-tv page text as a user copies it, through the page-text
// reader and extract().
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {readPageText} from '../../source/extract/page-text.js';

const page = readPageText(readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8'));

describe('the seed article', () => {
  it('reads kicker, title, date and body from the page text', () => {
    expect(page.kicker).toBe('Direkte Verhandlungen erwünscht');
    expect(page.title).toBe('USA drängen auf Dreiertreffen mit Kiew und Moskau');
    expect(page.published).toBe('2025-12-20T21:16:00+01:00');
    expect(page.text.startsWith('Anfang Juni verhandeln')).toBe(true);
    expect(page.text.endsWith('um mit der US-Delegation zu verhandeln.')).toBe(true);
    expect(page.text).not.toMatch(/Foto:|Quelle:|00:00|TALLINN/);
  });

  const result = extract({title: page.title, kicker: page.kicker, text: page.text, published: page.published!});

  it('finds its fourteen people', () => {
    expect(result.actors).toHaveLength(14);
  });

  it('finds its four meetings with place, date and status', () => {
    expect(result.meetings.map(({place, start, precision, status}) => ({place, start, precision, status}))).toEqual([
      {place: expect.stringMatching(/Türkei|Istanbul/), start: '2025-06-01', precision: 'month-part', status: 'held'},
      {place: 'Miami', start: null, precision: 'unknown', status: 'proposed'},
      {place: 'Miami', start: '2025-12-19', precision: 'day', status: 'ongoing'},
      {place: 'Miami', start: '2025-12-20', precision: 'day', status: 'ongoing'},
    ]);
  });

  it('names who takes part', () => {
    const [, proposed, talks, visit] = result.meetings;
    expect(proposed!.participants).toContain('Rustem Umerow');
    expect(talks!.participants).toEqual(expect.arrayContaining(['Rustem Umerow', 'Andrij Hnatow', 'Steven Witkoff', 'Jared Kushner']));
    expect(visit!.participants).toEqual(['Kirill Dmitrijew']);
  });
});
