// Scale: one poll round over 1,000 feeds of which 20% answer only after 2–5 s (below any
// sensible timeout). It must complete; its duration is reported beside newsboat's. One run
// each: the slow feeds alone keep four workers busy for minutes.
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {seedOf} from '../generate/random.js';
import {messageOf, type Measured} from '../measure/process.js';
import {createNewsboatWorkspace, newsboatReload} from '../newsboat/workspace.js';
import {exceeded, measured, missing, reasonOf, type Figure, type ResultRow} from '../report/result.js';
import {startFeedSite} from '../serve/feed-server.js';
import {talkwatch, talkwatchOrThrow, withEmptyDataDir} from '../talkwatch.js';
import type {SectionContext} from './context.js';

const opml = (urls: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Bench</title></head><body>\n` +
  urls.map((url, index) => `<outline type="rss" text="Bench ${index + 1}" title="Bench ${index + 1}" xmlUrl="${url}"/>`).join('\n') +
  '\n</body></opml>\n';

/**
 * With four feeds at a time the slow fifth alone takes about three minutes; a round still
 * running after four is stopped and reported as such.
 */
const roundLimitMs = 240_000;

/** Exit 1 means some feeds failed: the round still completed, and the notes say which failed. */
function completed(result: Measured, who: string, note: (line: string) => void): Figure {
  if (result.timedOut) return exceeded(result.wallMs, 'stopped');
  if (result.code !== 0 && result.code !== 1) return missing(`${who} exited with ${result.code}: ${messageOf(result)}`);
  const failed = `${result.stdout}\n${result.stderr}`.split('\n').filter(line => /error/i.test(line));
  if (result.code === 1 || failed.length > 0) note(`scale: ${who} completed the round with ${failed.length} failed feeds, e.g. "${failed[0]?.trim() ?? messageOf(result)}"`);
  return measured(result.wallMs);
}

export async function benchScale({config, log, note, newsboat}: SectionContext): Promise<ResultRow[]> {
  const {feeds, items, slowShare} = config.scale;
  // 1,000 feeds come from many sites: ten here (ten ports), 100 feeds each.
  const site = await startFeedSite({seed: config.seed, feeds, itemsPerFeed: items, ports: 10});
  const everyNth = Math.round(1 / slowShare);
  const slowDelay = (feed: number) => (feed % everyNth === 0 ? 2_000 + (seedOf(config.seed, feed) % 3_000) : 0);
  let talkwatchFigure: Figure;
  let newsboatFigure: Figure = missing('newsboat unavailable');
  try {
    try {
      talkwatchFigure = await withEmptyDataDir(async dir => {
        // Following 1,000 feeds one `feeds add` at a time would take minutes: import them.
        const list = join(dir, 'bench.opml');
        writeFileSync(list, opml(site.feedUrls));
        await talkwatchOrThrow(dir, ['feeds', 'import', list]);
        site.delayFor = slowDelay;
        log(`scale: talkwatch polls ${feeds} feeds, ${Math.round(feeds * slowShare)} of them slow`);
        site.resetCounts();
        const result = await talkwatch(dir, ['poll', '--once', '--no-fulltext'], {timeoutMs: roundLimitMs});
        if (site.counts.feeds < feeds) note(`scale: talkwatch requested ${site.counts.feeds} of ${feeds} feeds`);
        return completed(result, 'talkwatch', note);
      });
    } catch (error) {
      talkwatchFigure = missing(reasonOf(error));
    }
    if (newsboat) {
      const workspace = createNewsboatWorkspace(site.feedUrls);
      try {
        site.delayFor = slowDelay;
        log(`scale: newsboat reloads ${feeds} feeds`);
        newsboatFigure = completed(await newsboatReload(workspace, {timeoutMs: roundLimitMs}), 'newsboat', note);
      } finally {
        rmSync(workspace.dir, {recursive: true, force: true});
      }
    }
  } finally {
    await site.close();
  }
  const seconds = (figure: Figure): Figure => ('value' in figure ? measured(figure.value / 1000) : 'over' in figure ? {...figure, over: figure.over / 1000} : figure);
  return [
    {
      group: 'Scale',
      measure: `one poll round, ${feeds.toLocaleString('en')} feeds × ${items} items, ${Math.round(slowShare * 100)}% answer after 2–5 s`,
      unit: 's',
      talkwatch: seconds(talkwatchFigure),
      newsboat: seconds(newsboatFigure),
      target: {kind: 'ratio-at-most', ratio: 0.3},
    },
  ];
}
