// The cache holds sanitised text already; this is the second lock on the door. Nothing the
// dashboard prints may carry a control sequence that could move the cursor or rewrite the
// terminal, and list cells must be a single line.
import {sanitizeText} from '../../text/sanitize.js';

/** Safe to print on one line: no control characters, whitespace runs collapsed. */
export function cell(text: string | null | undefined): string {
  if (!text) return '';
  return sanitizeText(text).replace(/\s+/g, ' ').trim();
}

/** Safe to print as a block: no control characters, paragraphs kept. */
export function block(text: string | null | undefined): string {
  if (!text) return '';
  return sanitizeText(text).replace(/\t/g, ' ');
}
