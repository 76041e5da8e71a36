// Held-out set D: fourteen articles written and annotated without looking at the extractor (live
// blogs, a chronology box, a commentary, an interview, domestic and non-diplomatic pieces), so
// its scores show how the extractor generalises. Floors sit 0.05 below the scores when the set was
// made: a drop below one is a regression that a reader of these kinds of articles would notice.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadGazetteer} from '../../source/extract/gazetteer.js';
import {extract} from '../../source/extract/index.js';
import {type ArticleScore, type Gold, scoreArticle, summarize, type Summary} from './score-helpers.js';

const dir = join(import.meta.dirname, '../fixtures/heldout-d');
type Article = {title: string; kicker: string; published: string; text: string};

function scoreFile(file: string, gazetteer: ReturnType<typeof loadGazetteer>): ArticleScore {
  const article = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Article;
  const gold = JSON.parse(readFileSync(join(dir, file.replace('.json', '.gold.json')), 'utf8')) as Gold;
  const found = extract({title: article.title, kicker: article.kicker, text: article.text, published: article.published}, gazetteer);
  return scoreArticle(gold, {actors: found.actors.map(actor => actor.name), meetings: found.meetings});
}

/** What went wrong per article, so that a failed floor says where to look. */
function misses(file: string, score: ArticleScore): string[] {
  return [
    ...score.missedActors.map(name => `${file}: missed actor ${name}`),
    ...score.extraActors.map(name => `${file}: extra actor ${name}`),
    ...score.missedMeetings.map(m => `${file}: missed meeting ${m.place ?? '?'} ${m.start ?? '?'} ${m.status} (${m.note})`),
    ...score.extraMeetings.map(m => `${file}: extra meeting ${m.place ?? '?'} ${m.start ?? '?'} ${m.status}: ${m.evidence}`),
  ];
}

const floors: Summary = {actorF1: 0.94, meetingF1: 0.928, dateAccuracy: 0.95, statusAccuracy: 0.906, participantF1: 0.74};

describe('extractor on held-out set D', () => {
  const gazetteer = loadGazetteer();
  const files = readdirSync(dir).filter(file => /^\d+\.json$/.test(file)).sort();
  const scores = files.map(file => scoreFile(file, gazetteer));
  const summary = summarize(scores);
  const report = files.flatMap((file, i) => misses(file, scores[i]!)).join('\n');

  it('reads all fourteen articles', () => {
    expect(files).toHaveLength(14);
  });

  it.each(Object.keys(floors) as (keyof Summary)[])('keeps %s above its floor', metric => {
    expect(summary[metric], `${metric} fell below ${floors[metric]}; misses:\n${report}`).toBeGreaterThanOrEqual(floors[metric]);
  });

  it('finds at most the one known false meeting in the articles without diplomacy (Bundestag, Landtag, football)', () => {
    const undiplomatic = ['566.json', '567.json', '573.json'];
    const found = files.flatMap((file, i) => (undiplomatic.includes(file) ? scores[i]!.extraMeetings.map(m => `${file}: ${m.evidence}`) : []));
    expect(found.length, `meetings found where there are none:\n${found.join('\n')}`).toBeLessThanOrEqual(1);
  });
});
