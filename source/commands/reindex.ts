// `talkwatch reindex`: extract actors and meetings again for every cached article, e.g. after
// the gazetteer learned new people. Each article's findings replace its own earlier ones and the
// meetings it touches are merged again, so a meeting keeps its id (follow-ups, marks) throughout.
import {Cache} from '../store/cache.js';
import type {CommandContext, ExitCode} from './context.js';
import {articleExtractor, sameMeeting} from './ingest.js';

export async function reindex(ctx: CommandContext): Promise<ExitCode> {
  const cache = Cache.open(ctx.paths.cacheFile, sameMeeting);
  try {
    const articles = reextract(ctx, cache);
    // Article by article, each re-merge sees only the meetings near it; one pass over all
    // reports in publication order then gives what any arrival order should.
    cache.settleEvents(ctx.now());
    const meetings = cache.meetings(ctx.now()).length;
    ctx.stdout.write(`Re-extracted ${articles} articles: ${cache.actors(ctx.now()).filter(actor => !actor.suggested).length} actors seen in the last 14 days, ${meetings} meetings\n`);
    return 0;
  } finally {
    cache.close();
  }
}

/**
 * Extracts the cached articles again with the user's current gazetteer: all of them, or those
 * whose text has any of `words`. Returns how many were read.
 */
export function reextract(ctx: CommandContext, cache: Cache, words?: readonly string[]): number {
  const extractArticle = articleExtractor(ctx);
  let articles = 0;
  // Article by article, not one long transaction: a running poller or dashboard keeps working.
  for (const article of cache.storedTexts(words)) {
    cache.saveExtraction(article.id, extractArticle(article), article.published, ctx.now());
    articles++;
  }
  return articles;
}
