// Start-up: launch to the first complete frame in a real terminal (tmux, 120×40), on caches of
// growing size, beside newsboat opening the same number of items. Also the dashboard's memory
// on the largest cache. A Node script printing one line, timed the same way, is the floor.
import {median} from '../measure/stats.js';
import {timeFirstFrame, tmuxAvailable} from '../measure/tmux.js';
import {newsboatArgs} from '../newsboat/workspace.js';
import {measured, missing, reasonOf, type Figure, type ResultRow} from '../report/result.js';
import {seededNewsboat, seededTalkwatch} from '../seeded.js';
import {cliPath} from '../talkwatch.js';
import type {SectionContext} from './context.js';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The dashboard's key-hint line is drawn last, under the panes: the frame is complete. */
const dashboardHints = '?:help';
/** newsboat draws its feed list (with item counts) only once every item is loaded: down to the last feed. */
const newsboatList = /Bench-Nachrichten 10\s*$/m;

/** Runs `once` `runs` times; the median, or the first failure as the reason. */
async function medianOf(runs: number, once: () => Promise<number>): Promise<Figure> {
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) samples.push(await once());
  } catch (error) {
    return missing(reasonOf(error));
  }
  return measured(median(samples));
}

export async function benchStartup({config, log, newsboat}: SectionContext): Promise<ResultRow[]> {
  if (!(await tmuxAvailable())) {
    const reason = missing('tmux is not installed');
    return config.startupSizes.map(size => ({group: 'Start-up', measure: `${size} articles`, unit: 'ms', talkwatch: reason, newsboat: reason, target: {kind: 'none'}}));
  }
  const rows: ResultRow[] = [];
  const floor = await medianOf(config.runs + 2, async () => (await timeFirstFrame(`exec ${quote(process.execPath)} -e ${quote("console.log('ready'); setTimeout(() => {}, 10_000)")}`, screen => screen.includes('ready'))).ms);
  rows.push({group: 'Start-up', measure: 'floor: a Node script printing one line', unit: 'ms', talkwatch: floor, target: {kind: 'none'}});

  const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const largest = Math.max(...config.startupSizes);
  let twMemory: Figure = missing('not run');
  let nbMemory: Figure = missing(newsboat ? 'not run' : 'newsboat unavailable');
  for (const size of config.startupSizes) {
    log(`start-up on ${size.toLocaleString('en')} articles`);
    let talkwatch: Figure;
    try {
      const {dataDir, newestTitle} = await seededTalkwatch(size, config.seed, log);
      // The newest article's title in the Latest pane as well: the frame shows the cache, not a placeholder.
      const titleStart = newestTitle.slice(0, 16);
      const command = `NO_COLOR=1 exec ${quote(process.execPath)} ${quote(cliPath)} --data-dir ${quote(dataDir)}`;
      const complete = (screen: string) => screen.includes(dashboardHints) && screen.includes(titleStart);
      talkwatch = await medianOf(config.runs, async () => (await timeFirstFrame(command, complete)).ms);
      if (size === largest && 'value' in talkwatch) {
        const frame = await timeFirstFrame(command, complete, {memoryAfterMs: 1_000});
        twMemory = frame.peakRssMb === null ? missing('could not read /proc') : measured(frame.peakRssMb);
      } else if (size === largest) {
        twMemory = talkwatch;
      }
    } catch (error) {
      talkwatch = missing(reasonOf(error));
      if (size === largest) twMemory = talkwatch;
    }
    let newsboatFigure: Figure = missing('newsboat unavailable');
    if (newsboat) {
      const workspace = await seededNewsboat(size, config.seed, now);
      const command = `HOME=${quote(workspace.dir)} exec newsboat ${newsboatArgs(workspace).map(quote).join(' ')}`;
      const complete = (screen: string) => newsboatList.test(screen);
      newsboatFigure = await medianOf(config.runs, async () => (await timeFirstFrame(command, complete)).ms);
      if (size === largest && 'value' in newsboatFigure) {
        const frame = await timeFirstFrame(command, complete, {memoryAfterMs: 1_000});
        nbMemory = frame.peakRssMb === null ? missing('could not read /proc') : measured(frame.peakRssMb);
      }
    }
    rows.push({
      group: 'Start-up',
      measure: `first complete frame, ${size.toLocaleString('en')} articles cached`,
      unit: 'ms',
      talkwatch,
      newsboat: newsboatFigure,
      target: size === 100_000 ? {kind: 'below', limit: 300} : {kind: 'none'},
    });
  }
  rows.push({group: 'Memory', measure: `peak RSS of the dashboard, ${largest.toLocaleString('en')} articles cached`, unit: 'MB', talkwatch: twMemory, newsboat: nbMemory, target: {kind: 'below', limit: 150}});
  return rows;
}
