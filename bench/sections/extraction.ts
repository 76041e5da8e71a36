// Extraction: articles per second through extract() alone, and ms for a typical article.
// newsboat extracts nothing, so these rows have no comparison, only targets.
import {existsSync} from 'node:fs';
import {bundleEntry} from '../bundle-entry.js';
import {messageOf, runMeasured} from '../measure/process.js';
import {median} from '../measure/stats.js';
import {measured, missing, reasonOf, type Figure, type ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';

type Report = {articles: number; corpus: number; perSecond: number; typicalMs: number; slowestMs: number};

export async function benchExtraction({config, log}: SectionContext): Promise<ResultRow[]> {
  const runs: Report[] = [];
  let reason: string | null = null;
  try {
    if (!existsSync(config.corpusDir)) throw new Error(`no corpus at ${config.corpusDir} (--corpus DIR)`);
    const script = await bundleEntry('bench/entries/extraction.ts', 'extraction');
    for (let run = 1; run <= config.runs; run++) {
      log(`extraction: run ${run}/${config.runs} (${config.extractionArticles.toLocaleString('en')} articles)`);
      const result = await runMeasured('node', [script, config.corpusDir, String(config.extractionArticles)], {timeoutMs: 600_000});
      if (result.code !== 0) throw new Error(messageOf(result));
      runs.push(JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Report);
    }
  } catch (error) {
    reason = reasonOf(error);
  }
  const figure = (pick: (report: Report) => number): Figure => (reason !== null ? missing(reason) : measured(median(runs.map(pick))));
  const corpus = runs[0] ? `${runs[0].corpus} dev articles` : 'the dev corpus';
  return [
    {group: 'Extraction', measure: `extract() throughput, ${corpus} repeated to ${config.extractionArticles.toLocaleString('en')}`, unit: 'articles/s', talkwatch: figure(report => report.perSecond), target: {kind: 'none'}},
    {group: 'Extraction', measure: 'extract() on a typical article (median over the corpus)', unit: 'ms', talkwatch: figure(report => report.typicalMs), target: {kind: 'below', limit: 5}},
    {group: 'Extraction', measure: 'extract() on the slowest corpus article', unit: 'ms', talkwatch: figure(report => report.slowestMs), target: {kind: 'none'}},
  ];
}
