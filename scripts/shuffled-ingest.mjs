// Issue 10's order check on real articles: feeds the corpus to talkwatch one article per
// `poll --once`, in shuffled orders, and compares the meeting rows (status, dates, place, people,
// which reports) with one poll of all of it. Needs the corpus beside the repository (../shared)
// and a build (npm run build); the articles are read at run time, never copied.
// Usage: node scripts/shuffled-ingest.mjs [--articles DIR[,DIR]] [--seeds 1,2,3] [--cli dist/cli.js] [--verbose]
// Exit 1 when some order gives other rows.
import {readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {tmpdir} from 'node:os';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const cli = opt('--cli', join(root, 'dist', 'cli.js'));
const dirs = opt('--articles', join(root, '..', 'shared', 'corpus', 'dev2')).split(',');
const seeds = opt('--seeds', '1,2,3').split(',').map(Number);
const articles = dirs.flatMap(dir => readdirSync(dir).filter(f => /^\d+\.json$/.test(f)).sort().map(f => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
const esc = s => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rfc822 = iso => {
  const s = /^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T12:00:00` : iso;
  return new Date(Date.parse(/[+-]\d\d:\d\d$|Z$/.test(s) ? s : `${s}+01:00`)).toUTCString();
};
const item = a => {
  const paras = String(a.text).split(/\n\s*\n|\n/).filter(p => p.trim()).map(p => `<p>${esc(p)}</p>`).join('');
  return `<item><title>${esc(a.kicker ? `${a.kicker}: ${a.title}` : a.title)}</title><link>${esc(a.url)}</link><guid isPermaLink="false">${esc(a.url)}</guid>` +
    `<pubDate>${rfc822(a.published)}</pubDate><content:encoded><![CDATA[${paras.replace(/]]>/g, ']]&gt;')}]]></content:encoded></item>`;
};
const feedOf = list => `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>shuffled</title><link>https://example.org/</link><description>x</description>\n${list.map(item).join('\n')}\n</channel></rss>\n`;
// mulberry32: the same shuffle for the same seed everywhere
const random = seed => () => ((seed = (seed + 0x6d2b79f5) | 0), (((t => ((t ^ (t >>> 14)) >>> 0))(Math.imul(seed ^ (seed >>> 15), 1 | seed) ^ (seed + Math.imul(seed ^ (seed >>> 7), 61 | seed)))) / 4294967296));
const shuffle = (list, seed) => {
  const r = random(seed); const out = [...list];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
};
const rowsOf = json => JSON.parse(json).map(m => JSON.stringify({place: m.place, country: m.country, start: m.start, end: m.end, precision: m.precision, status: m.status, kind: m.kind, participants: [...m.participants].sort(), shown: m.shown, reports: m.reports.map(r => `${r.url}#${r.status}`).sort()})).sort();
const run = (order, label) => {
  const work = mkdtempSync(join(tmpdir(), 'shuffled-'));
  const feed = join(work, 'feed.xml'), data = join(work, 'data');
  const batches = label === 'one feed' ? [order] : order.map(a => [a]);
  for (const batch of batches) {
    writeFileSync(feed, feedOf(batch));
    execFileSync('node', [cli, 'poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', data], {stdio: 'ignore'});
  }
  const rows = rowsOf(execFileSync('node', [cli, 'meetings', '--json', '--data-dir', data], {encoding: 'utf8'}));
  rmSync(work, {recursive: true, force: true});
  return rows;
};
const reference = run(articles, 'one feed');
console.log(`${articles.length} articles; one feed: ${reference.length} rows`);
let differing = 0;
for (const seed of seeds) {
  const rows = run(shuffle(articles, seed), 'one per poll');
  const missing = reference.filter(row => !rows.includes(row)), extra = rows.filter(row => !reference.includes(row));
  if (missing.length || extra.length) differing++;
  console.log(`seed ${seed}: ${rows.length} rows, ${missing.length} rows of the one-feed poll missing, ${extra.length} other rows`);
  if (args.includes('--verbose')) for (const row of [...missing.map(r => `- ${r}`), ...extra.map(r => `+ ${r}`)]) console.log(row.slice(0, 400));
}
process.exitCode = differing ? 1 : 0;
