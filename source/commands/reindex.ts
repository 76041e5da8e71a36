// `talkwatch reindex`: extract actors and meetings again for every cached article, e.g. after
// the gazetteer learned new people. The poll's analysis stage does it: every article is marked
// for analysis in one transaction, then analysed newest first in batches, so a reindex killed
// half-way is finished by the next poll, dashboard or reindex. Each article's findings replace its
// own earlier ones and the meetings it touches are merged again, so a meeting keeps its id
// (follow-ups, marks) throughout.
import {Analyser, type AnalysisProgress} from '../feeds/analyser.js';
import {Cache} from '../store/cache.js';
import type {CommandContext, ExitCode} from './context.js';
import {limitHeapGrowth} from './heap-limits.js';
import {articleExtractor, articleExtractors} from './ingest.js';

export async function reindex(ctx: CommandContext): Promise<ExitCode> {
  // The analysis of a whole cache makes the garbage of a cold poll's: the same limits.
  limitHeapGrowth();
  const cache = Cache.open(ctx.paths.cacheFile);
  try {
    cache.markAllForAnalysis();
    const bar = progressBar(ctx);
    const {one, many} = articleExtractors(ctx);
    const analyser = new Analyser({store: async () => cache, extract: one, extractMany: many, now: ctx.now}, {onProgress: bar.update});
    analyser.wake();
    const report = await analyser.done();
    bar.clear();
    // Findings were replaced article by article, each re-merge seeing only the meetings near it:
    // one pass over all reports in publication order gives what any arrival order should.
    if (!report.settled) cache.settleEvents(ctx.now());
    const meetings = cache.meetings(ctx.now()).length;
    const actors = cache.actors(ctx.now()).filter(actor => !actor.suggested).length;
    const rate = report.wallMs > 0 ? Math.round((report.analysed * 1000) / report.wallMs) : report.analysed;
    ctx.stdout.write(
      `Re-extracted ${report.analysed} articles in ${(report.wallMs / 1000).toFixed(2)} s (${rate.toLocaleString('en-US')} articles per second): ` +
        `${actors} actors seen in the last 14 days, ${meetings} meetings\n`,
    );
    if (report.failed > 0) {
      ctx.stderr.write(`could not analyse ${report.failed} articles (${report.firstError}); they are tried again on the next poll\n`);
      return 1;
    }
    return 0;
  } finally {
    cache.close();
  }
}

/** "[#####-----] 1,200 of 5,000 · 850 articles/s" on an interactive stderr, rewritten in place; nothing when piped. */
function progressBar(ctx: CommandContext): {update: (progress: AnalysisProgress) => void; clear: () => void} {
  const stderr = ctx.stderr as NodeJS.WriteStream;
  if (!stderr.isTTY) return {update: () => {}, clear: () => {}};
  const started = performance.now();
  const width = 30;
  return {
    update({analysed, total}) {
      const filled = total > 0 ? Math.round((analysed / total) * width) : width;
      const rate = Math.round((analysed * 1000) / Math.max(1, performance.now() - started));
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${analysed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} · ${rate.toLocaleString('en-US')} articles/s`;
      stderr.write(`\r\u001B[2K${line.slice(0, (stderr.columns || 80) - 1)}`);
    },
    clear: () => stderr.write('\r\u001B[2K'),
  };
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
