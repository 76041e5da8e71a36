// extract() alone, in its own process: throughput over the development corpus repeated to N
// articles, and the median time of one article. The corpus is read here, at bench time, and
// never copied into the project.
// Usage: node extraction.js CORPUS_DIR ARTICLES
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {extract} from '../../source/extract/index.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';
import type {ExtractInput} from '../../source/extract/types.js';
import {median} from '../measure/stats.js';

const [corpusDir, countText] = process.argv.slice(2);
if (!corpusDir || !countText) throw new Error('usage: extraction CORPUS_DIR ARTICLES');
const inputs: ExtractInput[] = readdirSync(corpusDir)
  .filter(name => /^\d+\.json$/.test(name))
  .map(name => JSON.parse(readFileSync(join(corpusDir, name), 'utf8')) as {title: string; kicker?: string; text: string; published: string})
  .map(({title, kicker, text, published}) => ({title, kicker: kicker || null, text, published}));
if (inputs.length === 0) throw new Error(`no articles in ${corpusDir}`);

const gazetteer = loadGazetteer();
// Warm-up: the first calls compile regular expressions and JIT the code, as a long poll would have.
for (const input of inputs) extract(input, gazetteer);

const perArticle = inputs.map(input => {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    extract(input, gazetteer);
    times.push(performance.now() - started);
  }
  return median(times);
});

const total = Number(countText);
const started = performance.now();
for (let index = 0; index < total; index++) extract(inputs[index % inputs.length]!, gazetteer);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({articles: total, corpus: inputs.length, perSecond: total / seconds, typicalMs: median(perArticle), slowestMs: Math.max(...perArticle)})}\n`);
