// Terminal cells of a string. string-width segments graphemes and tests emoji patterns: right,
// but a frame of 120×40 asks it thousands of times, and on a 2-core machine that was most of a
// key press. Almost every line the dashboard shows is German text, one cell per character:
// those are counted directly, everything else still goes to string-width.
import stringWidth from 'string-width';

/**
 * Characters that are always one cell on their own and never join a neighbour into a wider
 * cluster: printable ASCII, Latin-1 (without the invisible soft hyphen), Latin Extended-A/B,
 * Greek and Cyrillic letters, the dashes, quotes and ellipsis of general punctuation, arrows,
 * and the box, block and shape characters our lists draw (● unread, ◆ meetings, ▁▄█ sparklines, ✉).
 */
const oneCellEach = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u0391-\u03C9\u0410-\u044F\u2010-\u2027\u2030-\u205E\u20AC\u2190-\u21FF\u2500-\u25FC\u2706-\u2709]*$/;

/** True when every character of `text` takes one cell: its width is its length. */
export function isOneCellText(text: string): boolean {
  return oneCellEach.test(text);
}

export function textWidth(text: string): number {
  return isOneCellText(text) ? text.length : stringWidth(text);
}
