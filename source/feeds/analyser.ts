// The poll's second stage: articles are stored as soon as they are read, and this extracts their
// actors and meetings right behind, in batches, newest first, in the same process. It steps
// aside while a feed is being parsed or stored (reading comes first) and works while the round
// waits for the network. The cache says which articles are still to do (analysed = 0), so a run
// killed in between leaves nothing lost: the next poll or dashboard finishes the work.
import {setImmediate as nextTurn} from 'node:timers/promises';
import type {Extraction, ExtractInput} from '../extract/types.js';
import type {Analysis, PendingArticle} from '../store/analysis.js';
import type {Priority} from './limiter.js';

/** What the analyser needs of the cache (cache.ts implements it). */
export type AnalysisStore = {
  pendingCount(): number;
  pendingArticles(limit: number, skip?: ReadonlySet<number>): PendingArticle[];
  saveAnalyses(analyses: readonly Analysis[], now: Date): number;
  /** Merges again the window of reports saved out of order since the last settle; whether there were any. */
  settleLate(now: Date): boolean;
};

export type AnalyserDeps = {
  store: () => Promise<AnalysisStore>;
  extract: (input: ExtractInput) => Extraction | Promise<Extraction>;
  /**
   * The same extraction for a group of articles at once, in the same order (extractBatch): the
   * extractor reads a group pass by pass, which keeps its patterns in the CPU's caches.
   */
  extractMany?: (inputs: readonly ExtractInput[]) => Extraction[] | Promise<Extraction[]>;
  /** Loads the extractor (its code and gazetteer) before the clock of extraction starts. */
  ready?: () => Promise<unknown>;
  now: () => Date;
};

/** "analysed 1,200 of 5,000": `total` grows while the round stores more. */
export type AnalysisProgress = {analysed: number; total: number};

/** What one analysis run did, and how long it took. */
export type AnalysisReport = AnalysisProgress & {
  /** Wall time from the first article taken to the last saved, in ms. */
  wallMs: number;
  /** Time inside the extractor alone, in ms (extraction per article = extractMs / analysed). */
  extractMs: number;
  /** Articles the extractor failed on: they stay pending for the next run. */
  failed: number;
  firstError: string | null;
  /** Whether meetings were merged once more in publication order at the end (see run). */
  settled: boolean;
};

/** Articles per transaction: few enough that Actors and Meetings fill in while it runs. */
const batchSize = 100;

/** The longest stretch of extraction before the event loop gets a turn (downloads, keys). */
const maxBusyMs = 15;

/**
 * Articles given to extractMany at once: in one process, groups of 16 took 5–8% less CPU than
 * one article at a time (groups of 62: 15–18%), and a group of ~12 real articles is ~12 ms of
 * CPU, about one stretch between two turns of the event loop.
 */
export const extractionGroupSize = 12;

export class Analyser {
  private running: Promise<void> | null = null;
  private again = false;
  private readonly failedIds = new Set<number>();
  private readonly report: AnalysisReport = {analysed: 0, total: 0, wallMs: 0, extractMs: 0, failed: 0, firstError: null, settled: false};
  private started: number | null = null;
  /** Whether wake was called: only then is the store loaded, and a settle due. */
  private woken = false;

  constructor(
    private readonly deps: AnalyserDeps,
    private readonly options: {priority?: Priority; onProgress?: (progress: AnalysisProgress) => void; batchSize?: number} = {},
  ) {}

  /** There may be new articles to analyse: starts the work, or makes the running one look again. */
  wake(): void {
    this.woken = true;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => (this.running = null));
  }

  /**
   * Resolves once every pending article (of those this analyser can do) is analysed, and the
   * window of reports merged out of order is settled (see run). The settle waits for this call,
   * the end of the round's reading: it merges the whole window again, and settled at every pause
   * of the analysis, while feeds still arrive, it ran once per pause — in a round of 1,000 feeds
   * with slow ones, 65 s of a 110 s round.
   */
  async done(): Promise<AnalysisReport> {
    const store = this.woken ? await this.deps.store() : null;
    while (this.running) await this.running;
    if (store?.settleLate(this.deps.now())) this.report.settled = true;
    return {...this.report};
  }

  private async run(): Promise<void> {
    const store = await this.deps.store();
    // Loading the extractor (~0.1 s of CPU in one piece) waits for a feed being parsed or stored too.
    await this.options.priority?.idle();
    await this.deps.ready?.();
    const size = this.options.batchSize ?? batchSize;
    // Each batch is saved in publication order, but batches go newest first, and an article may
    // arrive after later ones (another feed, a later poll): the store notes every report merged
    // out of order, and at the end (done) the window it touched is merged once more in
    // publication order, so the events do not depend on the order of arrival.
    do {
      this.again = false;
      for (;;) {
        await this.options.priority?.idle();
        const batch = store.pendingArticles(size, this.failedIds);
        if (batch.length === 0) break;
        this.started ??= performance.now();
        const analyses = await this.extractBatch(batch);
        // The batch's merge and write (up to ~0.3 s, in one transaction) wait for a feed being
        // parsed or stored meanwhile, as extraction does.
        await this.options.priority?.idle();
        const saved = analyses.length > 0 ? store.saveAnalyses(analyses, this.deps.now()) : 0;
        this.report.analysed += saved;
        // Articles changed by another process meanwhile are still pending, with their new text.
        this.report.total = this.report.analysed + store.pendingCount() - this.failedIds.size;
        this.report.wallMs = performance.now() - this.started;
        this.options.onProgress?.({analysed: this.report.analysed, total: this.report.total});
      }
    } while (this.again);
  }

  private async extractBatch(batch: readonly PendingArticle[]): Promise<Analysis[]> {
    const analyses: Analysis[] = [];
    let since = performance.now();
    const size = this.deps.extractMany ? extractionGroupSize : 1;
    for (let at = 0; at < batch.length; at += size) {
      const start = performance.now();
      analyses.push(...(await this.extractGroup(batch.slice(at, at + size))));
      const end = performance.now();
      this.report.extractMs += end - start;
      if (end - since >= maxBusyMs) {
        // Reading comes first: a feed that arrived meanwhile is parsed and stored before the next group.
        await nextTurn();
        await this.options.priority?.idle();
        since = performance.now();
      }
    }
    return analyses;
  }

  /** A group's findings; when the group fails, its articles one by one, so only the one at fault stays pending. */
  private async extractGroup(group: readonly PendingArticle[]): Promise<Analysis[]> {
    if (group.length > 1 && this.deps.extractMany) {
      try {
        const extractions = await this.deps.extractMany(group);
        return group.map((article, index) => ({article, extraction: extractions[index]!}));
      } catch {
        // Found again below, article by article: the error is reported with the article it belongs to.
      }
    }
    const analyses: Analysis[] = [];
    for (const article of group) {
      try {
        analyses.push({article, extraction: await this.deps.extract(article)});
      } catch (error) {
        this.failedIds.add(article.id);
        this.report.failed++;
        this.report.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
    return analyses;
  }
}
