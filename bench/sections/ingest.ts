// Ingest: 10 feeds × 500 items into an empty cache, then a round with nothing new — once
// answered with 304s, once by a site that ignores conditional headers. talkwatch and newsboat
// get the same feeds, the same parallelism (4) and fresh folders; medians over the runs.
import {rmSync} from 'node:fs';
import {startFeedSite, type FeedSite} from '../serve/feed-server.js';
import {median} from '../measure/stats.js';
import {messageOf, type Measured} from '../measure/process.js';
import {createNewsboatWorkspace, newsboatReload} from '../newsboat/workspace.js';
import {addFeeds, talkwatch, withEmptyDataDir} from '../talkwatch.js';
import {exceeded, measured, missing, reasonOf, StoppedError, type Figure, type ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';

type Samples = {cold: number[]; notModified: number[]; resent: number[]; coldRss: number[]};
const emptySamples = (): Samples => ({cold: [], notModified: [], resent: [], coldRss: []});

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
      if (nbError === null) {
        const workspace = createNewsboatWorkspace(site.feedUrls);
        try {
          await ingestRounds(site, nb, 'newsboat', trackMemory => newsboatReload(workspace, {trackMemory}), check);
        } catch (error) {
          nbError = reasonOf(error);
        } finally {
          rmSync(workspace.dir, {recursive: true, force: true});
        }
      }
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
    {group: 'Ingest', measure: `cold poll, ${work}, full text in feed`, unit: 'ms', talkwatch: stoppedFigure(twStopped, stopped => stopped.wallMs, figure(tw.cold, twError)), newsboat: figure(nb.cold, nbError), target: {kind: 'ratio-at-most', ratio: 0.5}},
    {group: 'Ingest', measure: `cold poll, ${work}, every article page fetched`, unit: 'ms', talkwatch: stoppedFigure(twFullStopped, stopped => stopped.wallMs, figure(twFull, twFullError)), newsboat: figure(nb.cold, nbError), target: {kind: 'none'}},
    {group: 'Ingest', measure: `no-change poll, ${feeds} feeds, 304 answers`, unit: 'ms', talkwatch: figure(tw.notModified, twError), newsboat: figure(nb.notModified, nbError), target: {kind: 'below', limit: 150}},
    {group: 'Ingest', measure: `no-change poll, ${feeds} feeds, site ignores conditional GET`, unit: 'ms', talkwatch: figure(tw.resent, twError), newsboat: figure(nb.resent, nbError), target: {kind: 'none'}},
    {group: 'Memory', measure: `peak RSS of the cold poll (${work})`, unit: 'MB', talkwatch: stoppedFigure(twStopped, stopped => stopped.peakRssMb, figure(tw.coldRss, twError)), newsboat: figure(nb.coldRss, nbError), target: {kind: 'below', limit: 200}},
  ];
}
