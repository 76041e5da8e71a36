// Terminal cells of a string. string-width segments graphemes and tests emoji patterns: right,
// but a frame of 120×40 asks it thousands of times, and on a 2-core machine that was most of a
// key press. Almost every line the dashboard shows is German text, one cell per character:
// those are counted directly, everything else still goes to string-width.
import stringWidth from 'string-width';

/**
 * Characters that are always one cell on their own and never join a neighbour into a wider
 * cluster: printable ASCII, Latin-1 (without the invisible soft hyphen), Latin Extended-A/B,
 * Greek and Cyrillic letters, and the dashes, quotes, ellipsis and arrows of general punctuation.
 */
const oneCellEach = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u0391-\u03C9\u0410-\u044F\u2010-\u2027\u2030-\u205E\u20AC]*$/;

export function textWidth(text: string): number {
  return oneCellEach.test(text) ? text.length : stringWidth(text);
}
