import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extractArticlePage} from '../../source/article/extract-page.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const ntvUrl = 'https://www.n-tv.de/politik/USA-draengen-auf-Dreiertreffen-mit-Kiew-und-Moskau-id30150000.html';

describe('extractArticlePage on an n-tv page', () => {
  const article = extractArticlePage(fixture('ntv-article.html'), ntvUrl);

  it('reads kicker, headline, the Berlin-time date and the lead', () => {
    expect(article).toMatchObject({
      kicker: 'Direkte Verhandlungen erwünscht',
      title: 'USA drängen auf Dreiertreffen mit Kiew und Moskau',
      published: '2025-12-20T21:16:00+01:00',
      lead: expect.stringMatching(/^Anfang Juni verhandeln .* neuen Anlauf in Miami\.$/),
    });
  });

  it('keeps body paragraphs and subheads in order, without captions, teasers or the audio player', () => {
    expect(article?.subheads).toEqual(['Wen schickt Russland?', 'Merz-Berater bei Verhandlungen dabei']);
    expect(article?.paragraphs.map(paragraph => paragraph.slice(0, 30))).toEqual([
      'Die US-Regierung möchte, dass ',
      'Laut Selenskyj könnten bei ein',
      'Wen schickt Russland?',
      'Bei dem möglichen Dreiertreffe',
      'Merz-Berater bei Verhandlungen',
      'In Miami im US-Bundesstaat Flo',
    ]);
    expect(article?.paragraphs[0]).toContain('Selenskyj vor Journalisten in Kiew.');
    for (const furniture of ['Foto:', 'Mehr zum Thema', 'Putin lehnt Waffenruhe ab', '00:00 / 03:52', 'Quelle:', 'Themen']) {
      expect(article?.text).not.toContain(furniture);
    }
  });

  it('separates the source line and reads the tags', () => {
    expect(article?.sourceLine).toBe('Quelle: ntv.de, chr/rts/AFP');
    expect(article?.tags).toEqual(['Russland', 'Wolodymyr Selenskyj', 'Angriff auf die Ukraine', 'Diplomatie']);
  });

  it('joins lead and paragraphs with blank lines as the extractor text', () => {
    expect(article?.text.split('\n\n')).toEqual([article?.lead, ...(article?.paragraphs ?? [])]);
  });
});

describe('extractArticlePage on other pages', () => {
  it('reads a generic news page with Readability, leaving out navigation, caption and sidebar', () => {
    const article = extractArticlePage(fixture('generic-article.html'), 'https://zeitung.example/politik/genf');
    expect(article).toMatchObject({
      kicker: null,
      title: 'Außenminister beraten in Genf über Waffenruhe',
      published: '2025-12-18T09:30:00+01:00',
      subheads: ['Moskau bleibt fern'],
      sourceLine: 'Quelle: Beispiel-Zeitung, dpa',
      tags: ['Ukraine', 'Diplomatie'],
    });
    expect(article?.paragraphs[0]).toMatch(/^In Genf sind am Donnerstag die Außenminister/);
    expect(article?.paragraphs).toContain('Moskau bleibt fern');
    for (const furniture of ['Von Erika Beispiel', 'Palais des Nations in Genf. Foto', 'Meistgelesen', 'Impressum', 'Startseite']) expect(article?.text).not.toContain(furniture);
  });

  it('falls back to Readability when an n-tv URL serves another layout', () => {
    const article = extractArticlePage(fixture('generic-article.html'), ntvUrl);
    expect(article?.subheads).toEqual(['Moskau bleibt fern']);
  });

  it('returns null for a page without an article', () => {
    const page = '<!doctype html><html><body><nav><a href="/">Start</a></nav><form><input name="q"><button>Suchen</button></form><p>Bitte melden Sie sich an.</p></body></html>';
    expect(extractArticlePage(page, 'https://zeitung.example/login')).toBeNull();
  });

  it('strips control sequences from the article text', () => {
    const html = fixture('ntv-article.html').replace('Laut Selenskyj', 'Laut \u001B]8;;https://evil.example/\u0007Selenskyj\u001B[2J\u202E');
    expect(extractArticlePage(html, ntvUrl)?.paragraphs[1]).toMatch(/^Laut Selenskyj könnten/);
  });
});
