// Renders the results as the markdown table that goes to stdout and docs/benchmarks.md.
import type {Figure, ResultRow, Target} from './result.js';

const number = (value: number, unit: string) => {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
};

const show = (figure: Figure | undefined, unit: string) => {
  if (figure === undefined) return '—';
  if ('value' in figure) return number(figure.value, unit);
  if ('over' in figure) return `> ${number(figure.over, unit)} (${figure.why})`;
  return `not measured yet (${figure.missing.replace(/\|/g, '/')})`;
};

/** What is known of the figure: its value, or a lower bound. */
const lowerBound = (figure: Figure): number | null => ('value' in figure ? figure.value : 'over' in figure ? figure.over : null);

/** talkwatch ÷ newsboat, and whether it is only a lower bound. */
const ratioOf = (row: ResultRow): {ratio: number; bound: boolean} | null => {
  const talkwatch = lowerBound(row.talkwatch);
  if (!row.newsboat || !('value' in row.newsboat) || row.newsboat.value <= 0 || talkwatch === null) return null;
  return {ratio: talkwatch / row.newsboat.value, bound: 'over' in row.talkwatch};
};

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
  const value = lowerBound(row.talkwatch);
  if (value === null) return '?';
  const bound = 'over' in row.talkwatch;
  // A lower bound settles "below" targets only when it already misses them.
  if (target.kind === 'below') return value >= target.limit ? 'NO' : bound ? '?' : 'yes';
  if (target.kind === 'at-least') return bound ? '?' : value >= target.limit ? 'yes' : 'NO';
  const ratio = ratioOf(row);
  if (ratio === null) return '?';
  return ratio.ratio > target.ratio ? 'NO' : ratio.bound ? '?' : 'yes';
}

export function renderTable(rows: readonly ResultRow[]): string {
  const lines = ['| Measure | talkwatch | newsboat | ratio | target | met |', '|---|---:|---:|---:|---|:---:|'];
  for (const row of rows) {
    const ratio = ratioOf(row);
    lines.push(
      `| ${row.group}: ${row.measure} | ${show(row.talkwatch, row.unit)} | ${show(row.newsboat, row.unit)} | ${ratio === null ? '—' : `${ratio.bound ? '> ' : ''}${ratio.ratio.toFixed(2)}×`} | ${targetText(row.target, row.unit)} | ${targetMet(row)} |`,
    );
  }
  return lines.join('\n');
}
