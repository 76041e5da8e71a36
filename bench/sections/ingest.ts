// Ingest: 10 feeds × 500 items into an empty cache, then a round with nothing new — once
// answered with 304s, once by a site that ignores conditional headers. talkwatch and newsboat
// get the same feeds, the same parallelism (4) and fresh folders; medians over the runs.
import {rmSync} from 'node:fs';
import {startFeedSite, type FeedSite} from '../serve/feed-server.js';
import {median} from '../measure/stats.js';
import {messageOf, type Measured} from '../measure/process.js';
import {createNewsboatWorkspace, newsboatReload, type NewsboatWorkspace} from '../newsboat/workspace.js';
import {addFeeds, talkwatch, withEmptyDataDir} from '../talkwatch.js';
import {exceeded, measured, missing, reasonOf, StoppedError, type Figure, type ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';
import {corpusArticleSource, readCorpus} from '../generate/corpus-articles.js';

type Samples = {cold: number[]; notModified: number[]; resent: number[]; coldRss: number[]; stages: Stages[]};
const emptySamples = (): Samples => ({cold: [], notModified: [], resent: [], coldRss: [], stages: []});

/** What `poll --once` says of its stages, from its start: first article and all readable, all analysed, ms per article. */
type Stages = {firstMs: number; readMs: number; analysedMs: number; perArticleMs: number};

/** Reads "read 5,000 articles in 1.20 s (first after 0.31 s); analysed 5,000 in 6.10 s (1.02 ms per article)". */
export function stagesOf(stdout: string): Stages | null {
  const read = /read [\d,]+ articles in ([\d.]+) s \(first after ([\d.]+) s\)/.exec(stdout);
  const analysed = /analysed [\d,]+ in ([\d.]+) s \(([\d.]+) ms per article\)/.exec(stdout);
  if (!read || !analysed) return null;
  return {readMs: Number(read[1]) * 1000, firstMs: Number(read[2]) * 1000, analysedMs: Number(analysed[1]) * 1000, perArticleMs: Number(analysed[2])};
}

const failure = (who: string, result: Measured) => {
  if (result.timedOut) return new StoppedError(`${who}: ${messageOf(result)}`, result.wallMs, result.peakRssMb, 'stopped');
  const message = `${who} exited with ${result.code} after ${(result.wallMs / 1000).toFixed(1)} s: ${messageOf(result)}`;
  // Exit 1: the round ended with some feed not ingested; ingesting all of it takes longer.
  return result.code === 1 ? new StoppedError(message, result.wallMs, result.peakRssMb, `incomplete, ${messageOf(result)}`) : new Error(message);
};

/** One cold round and the two no-change rounds; `poll` runs the program once. */
async function ingestRounds(site: FeedSite, samples: Samples, who: string, poll: (trackMemory: boolean) => Promise<Measured>, check: (line: string) => void) {
  site.ignoreConditional = false;
  site.resetCounts();
  const cold = await poll(true);
  if (cold.code !== 0) throw failure(who, cold);
  samples.cold.push(cold.wallMs);
  if (cold.peakRssMb !== null) samples.coldRss.push(cold.peakRssMb);
  const stages = stagesOf(cold.stdout);
  if (stages) samples.stages.push(stages);
  else if (who === 'talkwatch') check(`talkwatch's cold poll did not say how long its stages took: ${cold.stdout.split('\n').at(-2) ?? ''}`);

  // An unmeasured round first: newsboat 2.21 stores its validators only from the second
  // round on (newsboat issue #2734). Both programs get it, so the next round is like for like.
  const warmUp = await poll(false);
  if (warmUp.code !== 0) throw failure(who, warmUp);

  site.resetCounts();
  const again = await poll(false);
  if (again.code !== 0) throw failure(who, again);
  if (site.counts.notModified < site.feedUrls.length) check(`${who}: the no-change round got ${site.counts.notModified} of ${site.feedUrls.length} feeds answered 304 (${site.counts.feeds} feed requests)`);
  samples.notModified.push(again.wallMs);

  site.ignoreConditional = true;
  site.resetCounts();
  const resent = await poll(false);
  site.ignoreConditional = false;
  if (resent.code !== 0) throw failure(who, resent);
  samples.resent.push(resent.wallMs);
}

/**
 * A talkwatch poll is stopped after this long (about 100× the target), and the whole bench has to
 * finish in about 15 minutes. A stopped run is reported as such, never as a figure.
 */
const pollLimitMs = 90_000;

const figure = (values: number[], error: string | null): Figure => (error !== null ? missing(error) : values.length ? measured(median(values)) : missing('no runs'));

/** A stopped cold poll still says something: it took longer than the limit, and used at least that memory. */
const stoppedFigure = (stopped: StoppedError | null, pick: (stopped: StoppedError) => number | null, fallback: Figure): Figure => {
  const bound = stopped ? pick(stopped) : null;
  return bound === null || !stopped ? fallback : exceeded(bound, stopped.why);
};

export async function benchIngest({config, log, note, newsboat}: SectionContext): Promise<ResultRow[]> {
  const {feeds, items} = config.ingest;
  const site = await startFeedSite({seed: config.seed, feeds, itemsPerFeed: items});
  const tw = emptySamples();
  const twFull: number[] = [];
  const nb = emptySamples();
  let twError: string | null = null;
  let twFullError: string | null = null;
  let twStopped: StoppedError | null = null;
  let twFullStopped: StoppedError | null = null;
  let nbError: string | null = newsboat ? null : 'newsboat unavailable';
  const warned = new Set<string>();
  const check = (line: string) => {
    if (!warned.has(line)) note(line);
    warned.add(line);
  };
  try {
    for (let run = 1; run <= config.runs; run++) {
      log(`ingest: run ${run}/${config.runs} (${feeds} feeds × ${items} items)`);
      if (nbError === null) nbError = await inNewsboatWorkspace(site, workspace => ingestRounds(site, nb, 'newsboat', trackMemory => newsboatReload(workspace, {trackMemory}), check));
      if (twError === null) {
        try {
          await withEmptyDataDir(async dir => {
            await addFeeds(dir, site.feedUrls);
            await ingestRounds(site, tw, 'talkwatch', trackMemory => talkwatch(dir, ['poll', '--once', '--no-fulltext'], {trackMemory, timeoutMs: pollLimitMs}), check);
          });
        } catch (error) {
          twError = reasonOf(error);
          if (error instanceof StoppedError && tw.cold.length === 0) twStopped = error;
        }
      }
      if (twFullError === null) {
        try {
          await withEmptyDataDir(async dir => {
            await addFeeds(dir, site.feedUrls, 'always');
            site.resetCounts();
            const result = await talkwatch(dir, ['poll', '--once'], {timeoutMs: pollLimitMs});
            if (result.code !== 0) throw failure('talkwatch', result);
            if (site.counts.pages < feeds * items) check(`talkwatch with --fulltext always fetched ${site.counts.pages} of ${feeds * items} article pages`);
            twFull.push(result.wallMs);
          });
        } catch (error) {
          twFullError = reasonOf(error);
          if (error instanceof StoppedError) twFullStopped = error;
        }
      }
    }
  } finally {
    await site.close();
  }
  const work = `${feeds} feeds × ${items} items`;
  return [
    ...stageRows(`${work}, generated prose`, tw, twError, nb, nbError, twStopped),
    {group: 'Ingest', measure: `cold poll, ${work}, every article page fetched, until all analysed`, unit: 'ms', talkwatch: stoppedFigure(twFullStopped, stopped => stopped.wallMs, figure(twFull, twFullError)), newsboat: figure(nb.cold, nbError), target: {kind: 'none'}},
    {group: 'Ingest', measure: `no-change poll, ${feeds} feeds, 304 answers`, unit: 'ms', talkwatch: figure(tw.notModified, twError), newsboat: figure(nb.notModified, nbError), target: {kind: 'below', limit: 150}},
    {group: 'Ingest', measure: `no-change poll, ${feeds} feeds, site ignores conditional GET`, unit: 'ms', talkwatch: figure(tw.resent, twError), newsboat: figure(nb.resent, nbError), target: {kind: 'ratio-at-most', ratio: 1.5}},
    {group: 'Memory', measure: `peak RSS of the cold poll (${work})`, unit: 'MB', talkwatch: stoppedFigure(twStopped, stopped => stopped.peakRssMb, figure(tw.coldRss, twError)), newsboat: figure(nb.coldRss, nbError), target: {kind: 'below', limit: 200}},
    ...(await benchRealText({config, log, note: check, newsboat})),
  ];
}

/** Runs `work` in a fresh newsboat set-up for the site's feeds; returns why it failed, or null. */
async function inNewsboatWorkspace(site: FeedSite, work: (workspace: NewsboatWorkspace) => Promise<void>): Promise<string | null> {
  const workspace = createNewsboatWorkspace(site.feedUrls);
  try {
    await work(workspace);
    return null;
  } catch (error) {
    return reasonOf(error);
  } finally {
    rmSync(workspace.dir, {recursive: true, force: true});
  }
}

/**
 * The cold poll's stages beside newsboat's whole `-x reload` (which stores without reading):
 * the first article readable, all readable (stored and searchable: Latest and search have them),
 * all analysed (`poll --once` returns), and extract() per article inside the poll.
 */
function stageRows(work: string, tw: Samples, twError: string | null, nb: Samples, nbError: string | null, stopped: StoppedError | null): ResultRow[] {
  const stage = (pick: (stages: Stages) => number) => (tw.stages.length ? measured(median(tw.stages.map(pick))) : missing(twError ?? 'the poll did not report its stages'));
  const newsboatReload = figure(nb.cold, nbError);
  return [
    {group: 'Ingest', measure: `cold poll, ${work}: first article readable`, unit: 'ms', talkwatch: stage(stages => stages.firstMs), newsboat: newsboatReload, target: {kind: 'none'}},
    {group: 'Ingest', measure: `cold poll, ${work}: all articles readable`, unit: 'ms', talkwatch: stage(stages => stages.readMs), newsboat: newsboatReload, target: {kind: 'ratio-at-most', ratio: 1}},
    {group: 'Ingest', measure: `cold poll, ${work}: all analysed (the poll returns)`, unit: 'ms', talkwatch: stoppedFigure(stopped, error => error.wallMs, figure(tw.cold, twError)), newsboat: newsboatReload, target: {kind: 'ratio-at-most', ratio: 3}},
    {group: 'Extraction', measure: `extract() per article inside the cold poll, ${work}`, unit: 'ms', talkwatch: stage(stages => stages.perArticleMs), target: {kind: 'none'}},
  ];
}

/**
 * The same cold poll over real German articles (the development corpus beside the repository,
 * cycled to the feed size, each copy its own article): extraction on real text costs more than
 * on the generated prose.
 */
async function benchRealText({config, log, note, newsboat}: SectionContext): Promise<ResultRow[]> {
  const {feeds, items} = config.ingest;
  const work = `${feeds} feeds × ${items} items, real articles of the dev corpus`;
  const corpus = readCorpus(config.realTextDirs);
  if (corpus.length === 0) return stageRows(work, emptySamples(), `no corpus under ${config.realTextDirs.join(', ')}`, emptySamples(), 'no corpus', null);
  const site = await startFeedSite({seed: config.seed, feeds, itemsPerFeed: items, source: corpusArticleSource(corpus, items), name: 'real'});
  const tw = emptySamples();
  const nb = emptySamples();
  let twError: string | null = null;
  let twStopped: StoppedError | null = null;
  let nbError: string | null = newsboat ? null : 'newsboat unavailable';
  try {
    for (let run = 1; run <= config.runs; run++) {
      log(`ingest: real text, run ${run}/${config.runs} (${feeds} feeds × ${items} items from ${corpus.length} corpus articles)`);
      if (nbError === null)
        nbError = await inNewsboatWorkspace(site, async workspace => {
          const cold = await newsboatReload(workspace);
          if (cold.code !== 0) throw failure('newsboat', cold);
          nb.cold.push(cold.wallMs);
        });
      if (twError === null) {
        try {
          await withEmptyDataDir(async dir => {
            await addFeeds(dir, site.feedUrls);
            const cold = await talkwatch(dir, ['poll', '--once', '--no-fulltext'], {timeoutMs: pollLimitMs});
            if (cold.code !== 0) throw failure('talkwatch', cold);
            tw.cold.push(cold.wallMs);
            const stages = stagesOf(cold.stdout);
            if (stages) tw.stages.push(stages);
            else note('real text: talkwatch did not say how long the stages of its cold poll took');
          });
        } catch (error) {
          twError = reasonOf(error);
          if (error instanceof StoppedError && tw.cold.length === 0) twStopped = error;
        }
      }
    }
  } finally {
    await site.close();
  }
  return stageRows(work, tw, twError, nb, nbError, twStopped);
}
