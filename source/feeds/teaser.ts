// Whether a feed item carries only a teaser (its page then holds the article): fewer than
// `teaserLength` characters of text once its tags are dropped and its ends trimmed.

/** Below this many characters of content an item is a teaser. */
export const teaserLength = 600;

/**
 * The same answer as `html.replace(/<[^>]*>/g, '').trim().length < teaserLength`, without
 * building that copy of every item's whole content: the text's first and last non-blank
 * characters are found while the tags are skipped, and the walk stops as soon as they lie far
 * enough apart. A "<" without a later ">" is text, as it is to the pattern.
 */
export function isTeaser(html: string | null): boolean {
  if (!html) return true;
  let first = -1;
  // Position in the text without tags.
  let at = 0;
  for (let index = 0; index < html.length; index++) {
    if (html.charCodeAt(index) === 60) {
      const close = html.indexOf('>', index + 1);
      if (close >= 0) {
        index = close;
        continue;
      }
    }
    if (!isTrimmed(html.charCodeAt(index))) {
      if (first < 0) first = at;
      if (at - first + 1 >= teaserLength) return false;
    }
    at++;
  }
  return true;
}

/** The characters String.prototype.trim removes: ECMAScript's white space and line terminators. */
function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
