#!/usr/bin/env node
// Scores the extractor on every annotated set at once, pooled (docs/first-look.md, "pooled"):
// the first-look sets in two halves (a design half whose errors engineers read, a check half
// nobody reads, used only to see whether a change carries), and dev + dev2.
// The first-look article texts are not in the repository (only their gold and URLs are); they are
// read from --texts DIR, one folder per set as in test/fixtures (firstlook-k/1000.json, …).
// Sets without texts there are skipped and counted.
// usage: node scripts/eval-pooled.mjs --texts DIR [--verbose design|check|later|dev] [--sets] [--out FILE]
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures');
const corpus = join(root, '../shared/corpus');
const args = process.argv.slice(2);
const valueOf = flag => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const texts = valueOf('--texts');
if (!texts || !existsSync(texts)) {
  process.stderr.write(`eval-pooled: no texts folder${texts ? ` at ${texts}` : ''} (pass --texts DIR; see docs/first-look.md)\n`);
  process.exit(2);
}
if (!existsSync(join(corpus, 'score-lib.mjs'))) {
  process.stderr.write(`eval-pooled: no corpus at ${corpus} (../shared beside the repository)\n`);
  process.exit(2);
}
const {sameActor, affinity, dateCorrect, names} = await import(join(corpus, 'score-lib.mjs'));

// The halves as the seventeenth round drew them: alternate first-look sets, the held-out sets
// (texts in the repository, written for it) on the check side.
const firstLook = readdirSync(fixtures).filter(name => /^firstlook-[a-z]+$/.test(name));
const order = name => name.slice('firstlook-'.length).padStart(2, ' ');
// Sets K to AR make the halves; the sets annotated after them (AS on) are scored apart, as
// "later", so the halves stay the ones docs/first-look.md reports.
const sorted = firstLook.filter(name => order(name) >= ' k').sort((a, b) => order(a).localeCompare(order(b)));
const halves = sorted.filter(name => order(name) <= 'ar');
const groups = {
  design: halves.filter((_, index) => index % 2 === 0),
  check: [...halves.filter((_, index) => index % 2 === 1), ...readdirSync(fixtures).filter(name => /^heldout(-[a-z])?$/.test(name))],
  later: sorted.filter(name => order(name) > 'ar'),
  dev: ['dev', 'dev2'],
};
const textDir = set => (set.startsWith('dev') ? join(corpus, set) : set.startsWith('heldout') ? join(fixtures, set) : join(texts, set));
const goldDir = set => (set.startsWith('dev') ? join(corpus, set) : join(fixtures, set));

const allSets = Object.values(groups).flat().filter(set => existsSync(textDir(set)));
const work = mkdtempSync(join(tmpdir(), 'eval-pooled-'));
const out = valueOf('--out') ?? join(work, 'extractions.json');
const run = spawnSync(process.execPath, [join(root, 'scripts/extract-corpus.mjs'), ...allSets.flatMap(set => ['--corpus', textDir(set)]), '--out', out], {stdio: ['ignore', 'ignore', 'inherit']});
if (run.status !== 0) process.exit(run.status ?? 1);
const extractions = JSON.parse(readFileSync(out, 'utf8'));
rmSync(work, {recursive: true, force: true});

const prf = (tp, fp, fn) => {
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return {p, r, f1: p + r ? (2 * p * r) / (p + r) : 0};
};
const verbose = valueOf('--verbose');

/** The same one-to-one matching as ../shared/corpus/score.mjs, summed over every article of the sets. */
function score(label, sets) {
  const A = {tp: 0, fp: 0, fn: 0}, M = {tp: 0, fp: 0, fn: 0}, P = {tp: 0, fp: 0, fn: 0};
  let dateOk = 0, statusOk = 0, matched = 0, articles = 0, withoutText = 0;
  for (const set of sets) {
    for (const goldFile of existsSync(goldDir(set)) ? readdirSync(goldDir(set)).filter(name => name.endsWith('.gold.json')).sort() : []) {
      const found = extractions[`${set}/${goldFile.replace('.gold.json', '.json')}`];
      if (!found) {
        withoutText++;
        continue;
      }
      articles++;
      const gold = JSON.parse(readFileSync(join(goldDir(set), goldFile), 'utf8'));
      const lines = [];
      const people = [...new Set(found.actors.map(actor => actor.name))], goldPeople = gold.actors ?? [];
      const missedPeople = goldPeople.filter(g => !people.some(p => sameActor(g, p)));
      const extraPeople = people.filter(p => !goldPeople.some(g => sameActor(g, p)));
      A.tp += goldPeople.length - missedPeople.length; A.fn += missedPeople.length; A.fp += extraPeople.length;
      if (missedPeople.length || extraPeople.length) lines.push(`  ACTORS missed [${missedPeople.join(', ')}] extra [${extraPeople.join(', ')}]`);
      const goldMeetings = gold.meetings ?? [], meetings = found.meetings;
      const pairs = [];
      goldMeetings.forEach((g, i) => meetings.forEach((m, j) => {
        const a = affinity(g, m);
        if (a) pairs.push({i, j, a: a + (g.optional ? 0 : 10)});
      }));
      pairs.sort((x, y) => y.a - x.a);
      const used = new Set(), goldOf = new Map();
      for (const {i, j} of pairs) if (!goldOf.has(i) && !used.has(j)) { goldOf.set(i, j); used.add(j); }
      const evidence = m => (m.evidence ?? '').slice(0, 160);
      for (const [i, g] of goldMeetings.entries()) {
        if (g.optional) continue;
        const said = `${g.place ?? '?'} ${g.start ?? '?'}/${g.precision} ${g.status} ${g.kind}`;
        if (!goldOf.has(i)) { M.fn++; lines.push(`  MISS ${said} [${(g.participants ?? []).join(', ')}]`); continue; }
        const m = meetings[goldOf.get(i)];
        M.tp++; matched++;
        const dOk = dateCorrect(g, m), sOk = g.status === m.status;
        if (dOk) dateOk++;
        if (sOk) statusOk++;
        if (!dOk || !sOk) lines.push(`  WRONG ${said} -> ${m.place ?? '?'} ${m.start ?? '?'}/${m.precision} ${m.status}${dOk ? '' : ' [date]'}${sOk ? '' : ' [status]'} :: ${evidence(m)}`);
        const gp = names(g), mp = names(m);
        const missed = gp.filter(x => !mp.some(y => sameActor(x, y))), extra = mp.filter(y => !gp.some(x => sameActor(x, y)));
        P.tp += gp.length - missed.length; P.fn += missed.length; P.fp += extra.length;
        if (missed.length || extra.length) lines.push(`  PEOPLE ${said}: missed [${missed.join(', ')}] extra [${extra.join(', ')}] :: ${evidence(m)}`);
      }
      meetings.forEach((m, j) => {
        if (used.has(j)) return;
        M.fp++;
        lines.push(`  EXTRA ${m.place ?? '?'} ${m.start ?? '?'} ${m.status} ${m.kind} :: ${evidence(m)}`);
      });
      if (verbose === label && lines.length) console.log(`${set}/${goldFile.replace('.gold', '')}\n${lines.join('\n')}`);
    }
  }
  const a = prf(A.tp, A.fp, A.fn), m = prf(M.tp, M.fp, M.fn), p = prf(P.tp, P.fp, P.fn), f = x => x.toFixed(3);
  console.log(`${label.padEnd(13)} ${String(articles).padStart(3)} articles${withoutText ? ` (${withoutText} without text)` : ''} | actors ${f(a.f1)} | meetings P ${f(m.p)} R ${f(m.r)} F1 ${f(m.f1)} | date ${matched ? f(dateOk / matched) : '-'} status ${matched ? f(statusOk / matched) : '-'} | participants ${f(p.f1)}`);
}

for (const [label, sets] of Object.entries(groups)) score(label, sets);
if (args.includes('--sets')) for (const set of Object.values(groups).flat()) score(set, [set]);
