// Extraction: articles per second through extract() alone, one core, over the real texts of the
// development corpus (../shared/corpus/dev and dev2) and over generated prose, and ms for a
// typical article. newsboat extracts nothing, so these rows have no comparison, only targets.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {bundleEntry} from '../bundle-entry.js';
import {messageOf, runMeasured} from '../measure/process.js';
import {median} from '../measure/stats.js';
import {measured, missing, reasonOf, type Figure, type ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';
import {extractionGroupSize} from '../../source/feeds/analyser.js';

type Report = {
  articles: number;
  corpus: number;
  perSecond: number;
  perCpuSecond: number;
  groupedPerSecond: number;
  groupedPerCpuSecond: number;
  prosePerSecond: number;
  prosePerCpuSecond: number;
  typicalMs: number;
  slowestMs: number;
};

// Issue 11: at least 3,000 articles a second on one core over dev/ and dev2/.
const TARGET_PER_SECOND = 3_000;

/** The corpus folder and its sibling dev2/ (the second development set), where present. */
function corpusDirs(corpusDir: string): string[] {
  const second = join(dirname(corpusDir), 'dev2');
  return [corpusDir, ...(second !== corpusDir && existsSync(second) ? [second] : [])];
}

export async function benchExtraction({config, log, note}: SectionContext): Promise<ResultRow[]> {
  const runs: Report[] = [];
  let reason: string | null = null;
  const dirs = corpusDirs(config.corpusDir);
  try {
    if (!existsSync(config.corpusDir)) throw new Error(`no corpus at ${config.corpusDir} (--corpus DIR)`);
    const script = await bundleEntry('bench/entries/extraction.ts', 'extraction');
    for (let run = 1; run <= config.runs; run++) {
      log(`extraction: run ${run}/${config.runs} (${config.extractionArticles.toLocaleString('en')} articles, twice)`);
      const result = await runMeasured('node', [script, String(config.extractionArticles), String(config.seed), ...dirs], {timeoutMs: 600_000});
      if (result.code !== 0) throw new Error(messageOf(result));
      runs.push(JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Report);
    }
  } catch (error) {
    reason = reasonOf(error);
  }
  const figure = (pick: (report: Report) => number): Figure => (reason !== null ? missing(reason) : measured(median(runs.map(pick))));
  if (reason === null) {
    const cpu = median(runs.map(report => report.perCpuSecond));
    note(`Extraction per CPU second (what one core does when it is not shared): ${Math.round(cpu).toLocaleString('en')} corpus articles/s, ${Math.round(median(runs.map(report => report.groupedPerCpuSecond))).toLocaleString('en')} in the analyser's groups, ${Math.round(median(runs.map(report => report.prosePerCpuSecond))).toLocaleString('en')} generated articles/s.`);
  }
  const corpus = runs[0] ? `${runs[0].corpus} real articles (${dirs.map(dir => dir.split('/').slice(-1)[0]).join(' + ')})` : 'the dev corpus';
  const count = config.extractionArticles.toLocaleString('en');
  return [
    {group: 'Extraction', measure: `extract() throughput, one core, ${corpus} repeated to ${count}`, unit: 'articles/s', talkwatch: figure(report => report.perSecond), target: {kind: 'at-least', limit: TARGET_PER_SECOND}},
    {group: 'Extraction', measure: `the same in the analyser's groups of ${extractionGroupSize} (extractBatch, as poll and reindex read)`, unit: 'articles/s', talkwatch: figure(report => report.groupedPerSecond), target: {kind: 'none'}},
    {group: 'Extraction', measure: `extract() throughput, one core, ${count} generated articles`, unit: 'articles/s', talkwatch: figure(report => report.prosePerSecond), target: {kind: 'none'}},
    {group: 'Extraction', measure: 'extract() on a typical article (median over the corpus)', unit: 'ms', talkwatch: figure(report => report.typicalMs), target: {kind: 'below', limit: 5}},
    {group: 'Extraction', measure: 'extract() on the slowest corpus article', unit: 'ms', talkwatch: figure(report => report.slowestMs), target: {kind: 'none'}},
  ];
}
