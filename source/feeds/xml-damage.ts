// Where the strict parser found the XML damaged, in words for the feed's status.

export type XmlDamage = {reason: string; line: number};

/**
 * sax reports "Unexpected close tag\nLine: 0\nColumn: 75\nChar: >"; users get one line. Null for
 * errors that are not sax's. sax counts in the document as prepared (entities made numeric,
 * markup wrapped in CDATA: lines stay, columns may move), so the column is given only when the
 * line reads the same up to it in the document as sent.
 */
export function xmlDamage(error: unknown, sent: string, prepared: string): XmlDamage | null {
  const message = error instanceof Error ? error.message : String(error);
  const [first = 'unreadable', ...rest] = message.split('\n');
  const line = rest.join(' ').match(/Line: (\d+)/)?.[1];
  const column = rest.join(' ').match(/Column: (\d+)/)?.[1];
  if (line === undefined) return null;
  const index = Number(line);
  const exact = column !== undefined && (sent === prepared || lineAt(sent, index).slice(0, Number(column)) === lineAt(prepared, index).slice(0, Number(column)));
  const where = exact ? `line ${index + 1}, column ${column}` : `line ${index + 1}`;
  return {reason: `malformed XML: ${first.charAt(0).toLowerCase()}${first.slice(1)} (${where})`, line: index + 1};
}

function lineAt(text: string, index: number): string {
  let start = 0;
  for (let line = 0; line < index; line++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}
