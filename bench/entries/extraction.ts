// extract() alone, in its own process, on one core: throughput over the development corpus
// (dev/ and dev2/, real German articles) repeated to N articles and over N generated articles,
// and the median time of one corpus article. The corpus is read here, at bench time, and never
// copied into the project. Throughput is counted against CPU time as well as the wall clock:
// on a shared machine the wall clock also counts other processes' turns.
// Usage: node extraction.js ARTICLES SEED CORPUS_DIR...
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {extract, extractBatch} from '../../source/extract/index.js';
import {extractionGroupSize} from '../../source/feeds/analyser.js';
import {readArticleFile} from '../../source/extract/input.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';
import type {ExtractInput} from '../../source/extract/types.js';
import {generateArticle} from '../generate/prose.js';
import {median} from '../measure/stats.js';

const [countText, seedText, ...corpusDirs] = process.argv.slice(2);
if (!countText || !seedText || corpusDirs.length === 0) throw new Error('usage: extraction ARTICLES SEED CORPUS_DIR...');
const total = Number(countText);
const corpus: ExtractInput[] = corpusDirs
  .filter(dir => existsSync(dir))
  .flatMap(dir => readdirSync(dir).filter(name => /^\d+\.json$/.test(name)).sort().map(name => readArticleFile(join(dir, name))));
if (corpus.length === 0) throw new Error(`no articles in ${corpusDirs.join(', ')}`);
const generated: ExtractInput[] = Array.from({length: Math.min(total, 1_000)}, (_, item) => {
  const article = generateArticle(Number(seedText), 0, item);
  return {title: article.title, kicker: article.kicker, text: article.paragraphs.join('\n\n'), published: article.published};
});

const gazetteer = loadGazetteer();
// Warm-up: the first calls compile regular expressions and matchers and JIT the code, as a long poll would have.
for (const input of [...corpus, ...generated.slice(0, 100)]) extract(input, gazetteer);

const perArticle = corpus.map(input => {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    extract(input, gazetteer);
    times.push(performance.now() - started);
  }
  return median(times);
});

/**
 * `total` articles of `inputs` through extract() one by one, or through extractBatch in groups of
 * `groupSize` (the analyser's groups: how a poll and reindex extract).
 */
function throughput(inputs: ExtractInput[], groupSize = 1): {perSecond: number; perCpuSecond: number} {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < total; index += groupSize) {
    if (groupSize === 1) extract(inputs[index % inputs.length]!, gazetteer);
    else extractBatch(Array.from({length: Math.min(groupSize, total - index)}, (_, k) => inputs[(index + k) % inputs.length]!), gazetteer);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {perSecond: total / ((performance.now() - started) / 1000), perCpuSecond: total / ((cpu.user + cpu.system) / 1e6)};
}

const real = throughput(corpus);
const grouped = throughput(corpus, extractionGroupSize);
const prose = throughput(generated);
process.stdout.write(
  `${JSON.stringify({articles: total, corpus: corpus.length, perSecond: real.perSecond, perCpuSecond: real.perCpuSecond, groupedPerSecond: grouped.perSecond, groupedPerCpuSecond: grouped.perCpuSecond, prosePerSecond: prose.perSecond, prosePerCpuSecond: prose.perCpuSecond, typicalMs: median(perArticle), slowestMs: Math.max(...perArticle)})}\n`,
);
