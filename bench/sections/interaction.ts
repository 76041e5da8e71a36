// Interaction: key press to the next frame on the largest seeded cache (j, Enter, Esc, and a
// "/" search with Enter and Esc), median and p99 per key. newsboat has no comparable hook.
import {bundleEntry} from '../bundle-entry.js';
import {messageOf, runMeasured} from '../measure/process.js';
import {median, percentile} from '../measure/stats.js';
import {measured, missing, reasonOf, type Figure, type ResultRow} from '../report/result.js';
import {seededTalkwatch} from '../seeded.js';
import type {SectionContext} from './context.js';

type Report = {samples: Record<string, number[]>; missed: Record<string, number>};

const keys = ['j', 'Enter', 'Esc', '/', '/search Enter', 'Esc (clear search)'];

export async function benchInteraction({config, log, note}: SectionContext): Promise<ResultRow[]> {
  const size = Math.max(...config.startupSizes);
  let report: Report | null = null;
  let reason = '';
  try {
    const script = await bundleEntry('bench/entries/interaction.tsx', 'interaction');
    const {dataDir} = await seededTalkwatch(size, config.seed, log);
    log(`interaction: ${config.interactionPresses} rounds of key presses on ${size.toLocaleString('en')} articles`);
    const result = await runMeasured('node', [script, dataDir, String(config.interactionPresses)], {timeoutMs: 600_000});
    if (result.code !== 0) throw new Error(messageOf(result));
    report = JSON.parse(result.stdout.split('\n').find(line => line.startsWith('{')) ?? '{}') as Report;
    for (const [key, count] of Object.entries(report.missed ?? {})) note(`interaction: ${count} presses of ${key} drew no frame within 1 s`);
  } catch (error) {
    reason = reasonOf(error);
  }
  const rows: ResultRow[] = [];
  for (const key of keys) {
    const samples = report?.samples[key] ?? [];
    const figure = (pick: (values: number[]) => number): Figure =>
      samples.length > 0 ? measured(pick(samples)) : missing(reason || 'no frame after this key');
    const measure = `${key} → next frame, ${size.toLocaleString('en')} articles (${samples.length} presses)`;
    rows.push({group: 'Interaction', measure: `${measure}, median`, unit: 'ms', talkwatch: figure(median), target: {kind: 'below', limit: 16}});
    rows.push({group: 'Interaction', measure: `${measure}, p99`, unit: 'ms', talkwatch: figure(values => percentile(values, 0.99)), target: {kind: 'below', limit: 50}});
  }
  return rows;
}
