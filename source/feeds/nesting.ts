// How deep a document's elements nest, found in one linear pass before any parser sees it.
// Both parsers slow down more than linearly with depth (xml2js on deep objects, htmlparser2 on
// the array of open elements it shifts and searches at every tag): a damaged or hostile document
// that opens a hundred thousand elements without closing them would hold a poll for minutes.
// A feed needs a dozen levels, XHTML content a few more.

export const maxNesting = 512;

const lessThan = 60;
const greaterThan = 62;
const slash = 47;

/**
 * True when elements nest deeper than maxNesting somewhere (an unclosed element counts as open
 * to the end). CDATA sections, comments, declarations and processing instructions are skipped
 * (an unclosed one runs to the end, once); an end tag closes one level, a self-closed tag none.
 * The document is walked from one "<" to the next with indexOf, and a CDATA section or comment
 * is left by looking for its end: a pattern skipping them tried its end at every character of
 * every article in a feed and made an array for every tag (20 bench feeds: 31 → 13 ms).
 */
export function nestsTooDeep(xml: string): boolean {
  return deepestNesting(xml, maxNesting) > maxNesting;
}

/** The deepest nesting in the document, counted up to one level beyond `limit`. */
export function deepestNesting(xml: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at)) {
    const after = skipped(xml, at);
    if (after > 0) {
      at = after;
      continue;
    }
    const tag = tagAt(xml, at);
    if (tag === null) {
      at++;
      continue;
    }
    at = tag.end;
    if (tag.selfClosing) continue;
    depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
    if (depth > limit) break;
  }
  return deepest;
}

/** Where a CDATA section, comment, declaration or processing instruction starting at `at` ends (0: none starts there). */
function skipped(xml: string, at: number): number {
  if (xml.startsWith('<![CDATA[', at)) return endOf(xml, ']]>', at + 9);
  if (xml.startsWith('<!--', at)) return endOf(xml, '-->', at + 4);
  const next = xml.charCodeAt(at + 1);
  // "<!" or "<?": up to the next ">" (taken with it) or "<" (left for the next step).
  if (next !== 33 && next !== 63) return 0;
  let end = at + 2;
  while (end < xml.length && xml.charCodeAt(end) !== lessThan && xml.charCodeAt(end) !== greaterThan) end++;
  return end < xml.length && xml.charCodeAt(end) === greaterThan ? end + 1 : end;
}

/** Just past `close`, or the end of the document when it is missing. */
function endOf(xml: string, close: string, from: number): number {
  const found = xml.indexOf(close, from);
  return found < 0 ? xml.length : found + close.length;
}

/**
 * The start or end tag at `at` ("<", an optional "/", a letter or "_", anything but "<" and ">",
 * then ">"; "/>" closes it at once), or null when none stands there.
 */
function tagAt(xml: string, at: number): {end: number; closing: boolean; selfClosing: boolean} | null {
  const closing = xml.charCodeAt(at + 1) === slash;
  const name = at + (closing ? 2 : 1);
  if (!isNameStart(xml.charCodeAt(name))) return null;
  let end = name + 1;
  while (end < xml.length && xml.charCodeAt(end) !== lessThan && xml.charCodeAt(end) !== greaterThan) end++;
  if (end >= xml.length || xml.charCodeAt(end) !== greaterThan) return null;
  return {end: end + 1, closing, selfClosing: end - 1 > name && xml.charCodeAt(end - 1) === slash};
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
