// extract() over every article of the development corpus (dev/ and dev2/ beside the repository),
// for the speed work on the extractor: `--out FILE` writes every extraction as one JSON document
// (to compare byte for byte before and after a change), `--bench N` extracts N articles warm, in
// one process on one core, and prints articles per second. The corpus is read at run time and
// never copied into the project.
// Usage: node extract-corpus.js CORPUS_DIR... [--out FILE] [--bench N]
import {readdirSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {extract} from '../../source/extract/index.js';
import {readArticleFile} from '../../source/extract/input.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';
import type {ExtractInput} from '../../source/extract/types.js';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const index = args.indexOf(flag);
  return index >= 0 ? args.splice(index, 2)[1] : undefined;
};
const out = valueOf('--out');
const benchCount = valueOf('--bench');
if (args.length === 0) throw new Error('usage: extract-corpus CORPUS_DIR... [--out FILE] [--bench N]');

const articles: {name: string; input: ExtractInput}[] = args.flatMap(dir =>
  readdirSync(dir)
    .filter(name => /^\d+\.json$/.test(name))
    .sort()
    .map(name => ({name: `${basename(dir)}/${name}`, input: readArticleFile(join(dir, name))})),
);
if (articles.length === 0) throw new Error(`no articles in ${args.join(', ')}`);
const gazetteer = loadGazetteer();

if (out) {
  const all = Object.fromEntries(articles.map(({name, input}) => [name, extract(input, gazetteer)]));
  writeFileSync(out, `${JSON.stringify(all, null, 1)}\n`);
  process.stdout.write(`${articles.length} articles → ${out}\n`);
}
if (benchCount) {
  const total = Number(benchCount);
  for (const {input} of articles) extract(input, gazetteer);
  // CPU time as well as wall time: on a shared machine the wall clock counts other processes' turns.
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < total; index++) extract(articles[index % articles.length]!.input, gazetteer);
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(`${JSON.stringify({articles: total, corpus: articles.length, perSecond: Math.round(total / seconds), perCpuSecond: Math.round(total / cpuSeconds)})}\n`);
}
