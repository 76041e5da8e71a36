// n-tv prints "20.12.2025, 21:16 Uhr" in Berlin time; the cache wants ISO 8601 with an offset.
const berlinOffset = new Intl.DateTimeFormat('en-US', {timeZone: 'Europe/Berlin', timeZoneName: 'longOffset'});

/** ISO 8601 with the Berlin offset for "20.12.2025, 21:16 Uhr" (or "20.12.2025"), else null. */
export function parseGermanDateTime(text: string): string | null {
  const match = text.match(/(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/);
  if (!match) return null;
  const [, day, month, year, hour = '0', minute = '0'] = match;
  const wallClock = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
  if (Number.isNaN(Date.parse(`${wallClock}Z`))) return null;
  // The offset at (wall clock − 1 h) is right except within the hour of a DST switch.
  const probe = new Date(Date.parse(`${wallClock}Z`) - 3_600_000);
  const name = berlinOffset.formatToParts(probe).find(part => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${wallClock}${offset}`;
}

/** An ISO date from a meta tag or <time datetime>, kept as written when it parses. */
export function isoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  // The shape check also keeps anything but a date (and any control character) out.
  return text && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

function pad(value: string | undefined): string {
  return (value ?? '').padStart(2, '0');
}
