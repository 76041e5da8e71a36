// The bench's command line: `npm run bench -- [--quick] [--runs N] [--only a,b] [--no-write]`.
import {join} from 'node:path';
import {corpusRoot} from './generate/corpus-articles.js';
import type {BenchConfig} from './sections/context.js';

export const sectionNames = ['ingest', 'startup', 'interaction', 'extraction', 'scale', 'soak'] as const;
export type SectionName = (typeof sectionNames)[number];
/** The soak runs for half an hour: only when asked for with --only soak. */
const defaultSections = sectionNames.filter(name => name !== 'soak');

export type BenchOptions = {config: BenchConfig; only: SectionName[]; write: boolean};

/** Beside the repository (../shared/corpus), never an absolute path of one machine. */
const defaultCorpus = join(corpusRoot, 'dev');

export const usage = `Usage: npm run bench -- [options]
  --quick        smaller sizes (for a quick look; the figures are not comparable to the full run)
  --runs N       runs per figure (default 3; the table shows the median)
  --only LIST    comma-separated sections: ${sectionNames.join(', ')} (soak only when named)
  --soak-minutes N  how long the soak runs (default 30; RSS is also read after a sixth of it)
  --no-write     print the table but leave docs/benchmarks.md alone
  --seed N       seed of the generated feeds (default 20251220)
  --corpus DIR   the development corpus for the extraction figures (default ../shared/corpus/dev)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const valueOf = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const runs = Number(valueOf('--runs') ?? 3);
  const seed = Number(valueOf('--seed') ?? 20251220);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) throw new Error(usage);
  const only = (valueOf('--only')?.split(',') ?? [...defaultSections]) as SectionName[];
  const soakMinutes = Number(valueOf('--soak-minutes') ?? 30);
  if (!(soakMinutes > 0)) throw new Error(usage);
  if (only.some(name => !sectionNames.includes(name))) throw new Error(usage);
  return {
    only,
    write: !argv.includes('--no-write'),
    config: {
      quick,
      seed,
      runs,
      ingest: quick ? {feeds: 10, items: 100} : {feeds: 10, items: 500},
      startupSizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
      interactionPresses: quick ? 50 : 200,
      extractionArticles: quick ? 1_000 : 10_000,
      corpusDir: valueOf('--corpus') ?? defaultCorpus,
      realTextDirs: [join(corpusRoot, 'dev'), join(corpusRoot, 'dev2')],
      soakMinutes,
      scale: quick ? {feeds: 100, items: 5, slowShare: 0.2} : {feeds: 1_000, items: 5, slowShare: 0.2},
    },
  };
}
