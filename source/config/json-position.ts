// JSON.parse reports "at position 42"; people editing a file need a line and a column.

/** "line 3, column 5: Expected double-quoted property name" from a JSON.parse SyntaxError. */
export function describeJsonError(error: SyntaxError, text: string): string {
  const problem = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const offset = position === undefined ? text.length : Number(position);
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}: ${problem}`;
}
