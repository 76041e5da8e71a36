// docs/benchmarks.md: how to reproduce, what each figure means, and the latest table.
import {usage} from '../options.js';
import type {BenchConfig} from '../sections/context.js';

export type DocumentInput = {table: string; machine: string; notes: string[]; config: BenchConfig; minutes: string; date: Date};

export function renderDocument({table, machine, notes, config, minutes, date}: DocumentInput): string {
  return `# Benchmarks

talkwatch has to feel instant and ingest faster than newsboat. \`npm run bench\` measures both
on the same generated work in one run and writes this file. Timings live here, not in the tests.

## Reproduce

\`\`\`sh
npm run bench              # full run, ~15 minutes on 2 cores; rewrites this file
npm run bench -- --quick   # smaller sizes, a few minutes
\`\`\`

\`\`\`
${usage}
\`\`\`

Needs tmux (start-up is measured in a real pseudo-terminal). When newsboat is missing the bench
installs it with \`apt-get install -y newsboat\` (as root, or with passwordless sudo) and says so.
Only 127.0.0.1 is used: the bench serves its own feeds.

## What is measured

- **Work**: a generator writes N feeds × M items of German news about the ceasefire talks
  (negotiators, places, dates; 2–4 KB each; deterministic from the seed), served by a local
  HTTP server with full text in \`content:encoded\`, article pages, ETag/Last-Modified and 304s.
- **Ingest**: an empty cache, then a round with nothing new (answered 304, then with the server
  ignoring conditional headers). talkwatch: \`feeds add URL --no-check\` per feed, then
  \`poll --once --no-fulltext\` with its defaults (32 feeds in flight, 8 per host:port);
  newsboat: \`-x reload\` with \`reload-threads 4\`. Both on fresh temporary folders. A second
  talkwatch row fetches every article page (\`--fulltext always\`). The cold poll is split into
  its stages as \`poll --once\` reports them, from its start: first article readable, all
  readable (stored and searchable: Latest and search show them), all analysed (actors and
  meetings; the poll returns), and \`extract()\` per article inside the poll; each stage is
  compared with newsboat's whole reload, which stores without reading.
- **Real text**: the same cold poll over real German articles, the development corpus
  (\`../shared/corpus/dev\` and \`dev2\`, found relative to the repository and read at bench
  time, never copied) cycled to ${config.ingest.items} items per feed, each copy under its own guid and
  link and with a sentence of its own, so every item is a new article to extract.
- **Start-up**: from launch to the first complete frame in tmux at 120×40 (the screen is polled
  every few ms for the dashboard's key-hint line, and for newsboat's feed list), on caches of
  ${config.startupSizes.map(size => size.toLocaleString('en')).join(', ')} articles seeded directly through the store. The baseline row is a
  Node script that prints one line, measured the same way: nothing can start faster.
- **Interaction**: in-process, the dashboard renders over the largest seeded cache with the live
  services; a key is written to its stdin and the time to the next written frame is taken,
  ${config.interactionPresses} presses per key.
- **Memory**: peak RSS (VmHWM from /proc, and \`process.resourceUsage().maxRSS\` for Node).
- **Extraction**: \`extract()\` alone over the development corpus, repeated to
  ${config.extractionArticles.toLocaleString('en')} articles (the corpus is read at bench time, never copied).
- **Scale**: one poll round over ${config.scale.feeds.toLocaleString('en')} feeds of which ${config.scale.slowShare * 100}% answer after 2–5 s, served
  from ten sites (ten ports of 127.0.0.1), as a real list of feeds spreads over many hosts.
- **Soak** (not in the default run: \`--only soak\`, \`--soak-minutes N\`, default ${config.soakMinutes}): the
  dashboard in tmux and a \`talkwatch poll\` loop beside it against a local site that adds 50
  items a minute over 20 feeds (interval 1 min); RSS after a sixth of the time and at the end
  (growth under 10%), j/k latency in tmux at the start and the end, every served item stored once.

"not measured yet" means the part of talkwatch the figure needs was not there or failed; the
reason is given. "> N (stopped)" means the run was stopped at a time limit (talkwatch polls at
90 s, the scale round at 240 s): the true figure is higher. A ratio is talkwatch ÷ newsboat:
below 1 is faster (or smaller).

## Profiling a missed target

\`\`\`sh
node --cpu-prof --cpu-prof-dir /tmp/prof dist/cli.js --data-dir DIR poll --once
node bench/profile-summary.mjs /tmp/prof/*.cpuprofile 20   # top functions and files by self time
\`\`\`

## Read first, analyse after (issue 11, measured 2026-12-06)

Single runs (\`--runs 1\`) on a machine shared with other engineers' builds and tests: the load
average was 7–14 on 2 cores through every run, so wall times are inflated two- to fourfold
(\`extract()\` alone measured 338 articles/s in the "before" run and 55 in one "after" run, 759
on a quiet machine). Compare ratios within one run, and CPU time. Before: commit ba49670; after:
this branch. newsboat's figures are from the same run as talkwatch's.

| bench row (10 feeds × 500 items unless said) | before | after | newsboat |
|---|---:|---:|---:|
| generated prose: first article readable | not reported (a batch of 200 was extracted before it was stored) | 2.09 s (0.35×) | 6.00 s |
| generated prose: all articles readable | 64.0 s (17.0×, at the end) | 7.07 s (1.18×) | 6.00 s |
| generated prose: all analysed (poll returns) | 64.0 s (17.0×) | 57.1 s (9.5×) | 6.00 s |
| real articles (dev, dev2): first readable | — | 2.14 s (0.65×) | 3.30 s |
| real articles: all readable | — | 5.32–7.54 s (0.81–2.29×) | 3.30–6.54 s |
| real articles: all analysed | — | 55.2 s (16.8×) | 3.30 s |
| no-change poll, site ignores conditional GET | 2,095 ms (12.2×) | 644 ms (1.29×) | 498 ms |
| no-change poll, 304 answers | 415 ms (3.6×) | 355 ms (1.2×) | 295 ms |
| peak RSS of the cold poll | 189 MB | 182 MB | 53 MB |
| 1,000 feeds, 20% answer after 2–5 s | 216 s (1.10×) | 73.4 s (0.39×) | 187 s |
| CPU (user) of a cold poll, 5,000 real articles, local files | 40.1 s | 22.8 s | — |

- **Read first, analyse after.** A poll stores each feed's articles as soon as the feed is
  parsed (200 per transaction, new ones marked \`analysed = 0\`), so Latest and search have them
  at once; an analyser in the same process extracts the stored articles newest first, 100 per
  transaction, and steps aside whenever a feed is being parsed or stored. The poll's progress
  line and the dashboard's status bar say "analysed 1,200 of 5,000"; a SIGKILL in between
  leaves the rest marked, and the next poll or dashboard finishes it
  (\`test/hardening/killed-before-analysis.test.ts\`).
- **Why \`extract()\` cost 4–5 ms per article inside the poll and 1.2–1.3 ms alone.** Three parts.
  (1) The two figures were not the same statistic: the "alone" row is the median over the 22
  dev articles (the mean is 1.32 ms, the slowest 4.85 ms), the poll's real-text work also
  cycles the heavier dev2 articles. (2) Garbage collection forced by the heap limit: with the
  parsed feeds alive while extracting, \`--heap-growing-percent=15\` (set for peak RSS) made V8
  run 23 full mark-compacts instead of 5 in the old pipeline; without the limit the same poll
  took 31.2 s of CPU instead of 40.1 s (−22%), at 209 MB. (3) Interleaving parsing, text,
  extraction and storing article by article: in the profile the extractor's own functions took
  about twice as long as after the change (\`findRoleHits\` 5.8 → 2.1 s self time, chrono's
  \`executeParser\` 2.2 → 1.1 s). After the change the same 5,000 real articles take 22.8 s of CPU
  with the heap limit (13 mark-compacts, 174 MB) and 24.5 s without it (5, 200 MB): the limit
  costs nothing any more, because the parsed feeds are gone by the time most extraction runs,
  so it stays. Inside the poll \`extract()\` now costs what it costs alone on the same load (4.5
  vs 4.9 ms of CPU per article in one window); the wall-time figures of both (8–12 ms) are
  mostly waiting for a CPU on the shared machine.
- **Network waits are not CPU.** Up to 32 feeds in flight, 8 per host:port, feed bodies
  bounded by a 32 MB budget (each reserved at its last size), and at most 3 feeds parsed and
  not yet stored: with the first version, which parsed every body as it arrived, ten generated
  feeds took the cold poll to 255 MB peak RSS; with the bound 182–198 MB. The scale round's
  1,000 feeds come from ten sites (ports): one site of 1,000 feeds would be held to 8 at a time.
  What is left of the 73 s is the analysis of its 5,000 articles; reading ends long before.
- **Same body, nothing to do.** The sha1 of each feed's last stored body is kept
  (\`feeds.body_hash\`); an identical body is neither parsed nor stored, and the article store
  is never loaded: 2,095 → 644 ms.

What did not pay off:

- **A worker thread for the analysis** (its own connection and gazetteer, the main thread
  reading): 37–50 s wall and 237–245 MB peak RSS against 70–75 s and 176–180 MB in-process, the
  same CPU time (22–25 s). The wall-time gain came from a second runnable thread on a machine
  busy with other work, and the second isolate's heap breaks the 200 MB target; with its young
  generation capped at 4 MB, 75 s and 208 MB. Removed again.
- **Lifting the heap growth limit** after the change: no CPU saved, +26 MB peak RSS.

A later run at load 1.4–3.5 (the soak running beside it; the table below): readable 4.60 s on
generated prose and 2.19 s on real articles against newsboat's 1.47 s (3.13×, 1.50×), first
article readable 1.11 s and 0.56 s, analysed 37.3 s and 32.1 s (5.5 ms per article inside the
poll), the no-change poll 128 ms with 304s (target met) and 312 ms when the site ignores
conditional GET (1.78×; 1.29× in the loaded run), every page fetched 55.2 s, peak RSS 184 MB.

Left: analysed ≤ 3× newsboat needs extraction about 4× faster (issue 11's extractor work is a
separate change). All readable ≤ 1.0× is met on real articles in one run (0.81×), missed in
another (2.29×; 1.50× at load 1.4–3.5) and on generated prose (1.18×, 3.13×): what reading costs is rss-parser's parse, the
feed HTML to text and the full-text index. The no-change poll when the site ignores
conditional GET was 1.29× at load 9–10 and 1.78× at load 1.4–3.5: what is left is Node's start,
the request and the hash; not looked into further.

## Where the missed targets came from before (profiled 2026-11-26)

- **Cold ingest (then ≤ 0.5× newsboat; since issue 11 readable ≤ 1×, analysed ≤ 3×)**: about 70% of the CPU time is \`extract()\` (~1–3 ms per
  article, 5,000 articles); newsboat stores items without reading them. Storage was fixed (200
  articles per transaction, merge candidates kept in memory instead of one query per meeting:
  > 43 s with failing feeds → 21 s). A worker thread for extraction was built and measured: on
  this 2-core machine it was slower and used more memory, so it was removed. Feed HTML is read
  with htmlparser2's event parser instead of a linkedom document per fragment (2.5× faster on
  4,700 feed fragments; the cold poll 24.3–24.9 s → 22.7–23.0 s with the same extractor). Half
  of newsboat's time would need extraction ~40× faster; not in reach without dropping it from
  ingest.
- **No-change poll (< 150 ms, met since 2026-11-26: 235 → 105 ms in the ingest section)**: a
  round in which every feed answers 304 now loads only commander, the feed rows of the cache
  (\`store/poll-cache.ts\`; the article store with its HTML parsing comes in on the first feed
  that changed), and node:http. Removed from that path: linkedom (~29 ms to load), conf with
  ajv (~19 ms; \`poll\` reads config.json as conf does, writes still go through conf) and
  undici, which \`fetch()\` compiles on its first call (~20 ms). CPU per round 0.20 → 0.08 s. What
  is left: Node's start (~40 ms), better-sqlite3's native addon (~19 ms to load), waiting for
  the answers. \`test/commands/poll-modules.test.ts\` keeps the heavy modules out.
- **Peak RSS of the cold poll (< 200 MB, met since 2026-11-26: 289 → 190 MB)**: the live heap
  stays near 40 MB, but V8 grew the heap to ~4× that (heap used up to ~185 MB) before a full
  collection. \`poll\` now sets \`--heap-growing-percent=15\` with \`v8.setFlagsFromString\` (V8
  reads it at every collection, so it works after start, also for \`node dist/cli.js\`, where a
  shebang flag would not apply; heap committed at the peak 136 → 96 MB, same CPU time). A hard
  cap (\`--max-old-space-size=96\`: 209 MB, +10% time) would crash on a feed whose parse needs
  more. What the ~185 MB peak is made of (smaps and \`v8.getHeapSpaceStatistics()\`): ~50 MB
  the node binary's own pages, ~35–40 MB malloc (the main and per-thread arenas;
  \`MALLOC_ARENA_MAX=2\` saves some but only works in the environment before start), 32 MB new
  space (two 16 MB semi-spaces; \`--max-semi-space-size\` takes effect only as a start flag),
  ~30 MB old space, ~25 MB large objects (feed bodies as strings while four feeds are fetched
  and parsed) and 8 MB code. The margin is ~10 MB; a lower fetch concurrency or streaming the
  feed parse would be the next step.
- Start-up, key latency and the dashboard's memory meet their targets since the dashboard reads
  only the visible rows, keeps per-day actor sums in the cache (migration 2), loads the write
  path after the first frame and renders at up to 120 frames a second.
- newsboat's start-up on 100,000 items sometimes exits before the bench sees its feed list
  (it measured 1.15 s in an earlier run); the row then says "not measured".

## Latest results (${date.toISOString().slice(0, 10)})

${table}

Machine: ${machine}. Medians of ${config.runs} runs${config.quick ? ' (--quick sizes)' : ''}; the bench took ${minutes} min.
${notes.map(line => `- ${line}`).join('\n')}
`;
}
