// `talkwatch reindex`: extract actors and meetings again for every cached article, e.g. after
// the gazetteer learned new people. Oldest first, so merged meetings end with the latest status.
import {Cache} from '../store/cache.js';
import type {CommandContext, ExitCode} from './context.js';
import {articleExtractor, sameMeeting} from './ingest.js';

export async function reindex(ctx: CommandContext): Promise<ExitCode> {
  const cache = Cache.open(ctx.paths.cacheFile, sameMeeting);
  try {
    // Article by article, not one long transaction: a running poller or dashboard keeps working.
    const extractArticle = articleExtractor(ctx);
    cache.clearExtractions();
    let articles = 0;
    for (const article of cache.storedTexts()) {
      cache.saveExtraction(article.id, extractArticle(article), article.published, ctx.now());
      articles++;
    }
    const meetings = cache.meetings(ctx.now()).length;
    ctx.stdout.write(`Re-extracted ${articles} articles: ${cache.actors(ctx.now()).filter(actor => !actor.suggested).length} actors seen in the last 14 days, ${meetings} meetings\n`);
    return 0;
  } finally {
    cache.close();
  }
}
