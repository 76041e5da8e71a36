// `npm run bench`: measures talkwatch beside newsboat on the same generated work and writes the
// table to stdout and docs/benchmarks.md. Progress goes to stderr.
import {availableParallelism, cpus} from 'node:os';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {projectRoot} from './bundle-entry.js';
import {parseOptions, usage, type SectionName} from './options.js';
import {ensureNewsboat} from './newsboat/ensure.js';
import {stopTmux} from './measure/tmux.js';
import {removeSeededCaches} from './seeded.js';
import {snapshotBuild} from './talkwatch.js';
import {renderTable} from './report/markdown.js';
import {renderDocument} from './report/document.js';
import type {ResultRow} from './report/result.js';
import type {SectionContext} from './sections/context.js';
import {benchIngest} from './sections/ingest.js';
import {benchStartup} from './sections/startup.js';
import {benchInteraction} from './sections/interaction.js';
import {benchExtraction} from './sections/extraction.js';
import {benchScale} from './sections/scale.js';
import {benchSoak} from './sections/soak.js';

const sections: Record<SectionName, (context: SectionContext) => Promise<ResultRow[]>> = {
  ingest: benchIngest,
  startup: benchStartup,
  interaction: benchInteraction,
  extraction: benchExtraction,
  scale: benchScale,
  soak: benchSoak,
};

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const {config, only, write} = parseOptions(process.argv.slice(2));
  const started = Date.now();
  snapshotBuild();
  const notes: string[] = [];
  const newsboat = await ensureNewsboat(log);
  if (newsboat) log(`using ${newsboat}`);
  else notes.push('newsboat could not be installed: its column is empty.');
  const context: SectionContext = {config, log, note: line => notes.push(line), newsboat};
  const rows: ResultRow[] = [];
  for (const name of only) {
    log(`— ${name}`);
    rows.push(...(await sections[name](context)));
  }
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${newsboat ?? 'no newsboat'}`;
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const table = renderTable(rows);
  process.stdout.write(`\n${table}\n\nMachine: ${machine}. Medians of ${config.runs} runs${config.quick ? ' (--quick sizes)' : ''}; the bench took ${minutes} min.\n`);
  for (const line of notes) process.stdout.write(`- ${line}\n`);
  if (write) {
    writeFileSync(join(projectRoot, 'docs', 'benchmarks.md'), renderDocument({table, machine, notes, config, minutes, date: new Date()}));
    log('wrote docs/benchmarks.md');
  }
  return 0;
}

// Every tmux session and server the bench started goes away, also on failure or Ctrl-C.
process.on('SIGINT', () =>
  void stopTmux().finally(() => {
    removeSeededCaches();
    process.exit(130);
  }),
);
try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await stopTmux();
  removeSeededCaches();
}
