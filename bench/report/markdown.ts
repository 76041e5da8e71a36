// Renders the results as the markdown table that goes to stdout and docs/benchmarks.md.
import type {Figure, ResultRow, Target} from './result.js';

const number = (value: number, unit: string) => {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
};

const show = (figure: Figure | undefined, unit: string) => {
  if (figure === undefined) return '—';
  return 'value' in figure ? number(figure.value, unit) : `not measured yet (${figure.missing.replace(/\|/g, '/')})`;
};

const ratioOf = (row: ResultRow): number | null =>
  row.newsboat && 'value' in row.newsboat && 'value' in row.talkwatch && row.newsboat.value > 0 ? row.talkwatch.value / row.newsboat.value : null;

const targetText = (target: Target, unit: string) => {
  switch (target.kind) {
    case 'below':
      return `< ${number(target.limit, unit)}`;
    case 'ratio-at-most':
      return `≤ ${target.ratio}× newsboat`;
    case 'at-least':
      return `≥ ${number(target.limit, unit)}`;
    case 'none':
      return '—';
  }
};

/** 'yes', 'NO', or '?' when a figure the target needs is missing. */
export function targetMet(row: ResultRow): 'yes' | 'NO' | '?' | '—' {
  const {target} = row;
  if (target.kind === 'none') return '—';
  if (!('value' in row.talkwatch)) return '?';
  const value = row.talkwatch.value;
  if (target.kind === 'below') return value < target.limit ? 'yes' : 'NO';
  if (target.kind === 'at-least') return value >= target.limit ? 'yes' : 'NO';
  const ratio = ratioOf(row);
  return ratio === null ? '?' : ratio <= target.ratio ? 'yes' : 'NO';
}

export function renderTable(rows: readonly ResultRow[]): string {
  const lines = ['| Measure | talkwatch | newsboat | ratio | target | met |', '|---|---:|---:|---:|---|:---:|'];
  for (const row of rows) {
    const ratio = ratioOf(row);
    lines.push(
      `| ${row.group}: ${row.measure} | ${show(row.talkwatch, row.unit)} | ${show(row.newsboat, row.unit)} | ${ratio === null ? '—' : `${ratio.toFixed(2)}×`} | ${targetText(row.target, row.unit)} | ${targetMet(row)} |`,
    );
  }
  return lines.join('\n');
}
