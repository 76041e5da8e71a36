// Feed dates come as RFC 822 ("Wed, 12 Nov 2025 07:55:21 +0100") or ISO 8601, sometimes with
// German or Central European zone names that Date.parse does not know.
const zones: Record<string, string> = {CET: '+0100', MEZ: '+0100', CEST: '+0200', MESZ: '+0200'};

/** ISO 8601 (UTC) of a feed date, or null when it is missing or cannot be read. */
export function parseFeedDate(raw: unknown): string | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const text = raw.trim().replace(/\b(CEST|CET|MESZ|MEZ)\b/, zone => zones[zone] ?? zone);
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  // Years far outside the news era are typos or placeholders ("0001-01-01").
  return date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2200 ? null : date.toISOString();
}
