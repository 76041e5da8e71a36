// Times as a reader wants them: "vor 5 Min." is German article language, but the dashboard's
// own words are English, so: "5 min ago" today, "12.11." this year, "12.11.2024" otherwise.
const MINUTE = 60_000;
const DAY = 86_400_000;

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

const two = (n: number) => String(n).padStart(2, '0');

/** Relative for today ("now", "5 min ago", "3 h ago"), a date otherwise. */
export function articleTime(iso: string | null, now: Date): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (sameDay(date, now) && date <= now) {
    const minutes = Math.floor((now.getTime() - date.getTime()) / MINUTE);
    if (minutes < 1) return 'now';
    if (minutes < 60) return `${minutes} min ago`;
    return `${Math.floor(minutes / 60)} h ago`;
  }
  return shortDate(date, now);
}

export function shortDate(date: Date, now: Date): string {
  const day = `${two(date.getDate())}.${two(date.getMonth() + 1)}.`;
  return date.getFullYear() === now.getFullYear() ? day : `${day}${date.getFullYear()}`;
}

/** Date and time for the detail view, e.g. "12.11.2025 14:05". */
export function fullTime(iso: string | null): string {
  if (!iso) return 'no date';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'no date';
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Days between today and a YYYY-MM-DD date, counted in calendar days of the local zone. */
export function daysUntil(day: string, now: Date): number {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(year ?? 0, (month ?? 1) - 1, date ?? 1).getTime();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return Math.round((target - today) / DAY);
}

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days ago"; empty without a date. */
export function countdown(day: string | null, now: Date): string {
  if (!day) return '';
  const days = daysUntil(day, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
