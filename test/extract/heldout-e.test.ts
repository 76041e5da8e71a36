// The fifth held-out set: articles written and annotated without looking at the extractor, in
// styles the earlier sets lack (regional broadcasters, briefings, live tickers out of time order,
// interviews, long analyses, 2023 reports, figurative "Gipfel"/"Treffen"). The floors sit a little
// below today's scores (current − 0.05) so that a regression in generalisation shows up here.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';
import {type Gold, scoreArticle, summarize} from './score-helpers.js';

const dir = join(import.meta.dirname, '../fixtures/heldout-e');
type Article = {title: string; kicker: string; published: string; text: string};
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

function scoreAll() {
  const gazetteer = loadGazetteer();
  const articles = readdirSync(dir).filter(file => /^\d+\.json$/.test(file)).sort();
  return articles.map(file => {
    const {title, kicker, published, text} = read<Article>(file);
    const result = extract({title, kicker, published, text}, gazetteer);
    const gold = read<Gold>(file.replace('.json', '.gold.json'));
    return scoreArticle(gold, {actors: result.actors.map(actor => actor.name), meetings: result.meetings});
  });
}

describe('held-out set E', () => {
  const scores = scoreAll();
  const summary = summarize(scores);

  it('covers all fourteen annotated articles', () => {
    expect(scores).toHaveLength(14);
  });

  it('finds the people the articles name', () => {
    expect(summary.actorF1, 'actor F1').toBeGreaterThanOrEqual(0.93);
  });

  it('finds the meetings and ignores figurative or denied ones', () => {
    expect(summary.meetingF1, 'meeting F1').toBeGreaterThanOrEqual(0.95);
  });

  it('dates and classifies the meetings it finds', () => {
    expect(summary.dateAccuracy, 'date accuracy').toBeGreaterThanOrEqual(0.82);
    expect(summary.statusAccuracy, 'status accuracy').toBeGreaterThanOrEqual(0.89);
    expect(summary.participantF1, 'participant F1').toBeGreaterThanOrEqual(0.83);
  });
});
