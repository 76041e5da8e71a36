/** "10 MB", "512 KB", "300 bytes": sizes as the limits are stated to users. */
export function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${round(bytes / mb)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "20 s", "0.2 s". */
export function formatSeconds(milliseconds: number): string {
  return `${round(milliseconds / 1000)} s`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
