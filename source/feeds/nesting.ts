// How deep a document's elements nest, found in one linear pass before any parser sees it.
// Both parsers slow down more than linearly with depth (xml2js on deep objects, htmlparser2 on
// the array of open elements it shifts and searches at every tag): a damaged or hostile document
// that opens a hundred thousand elements without closing them would hold a poll for minutes.
// A feed needs a dozen levels, XHTML content a few more.

export const maxNesting = 512;

// CDATA sections, comments, declarations and processing instructions are skipped (an unclosed
// one runs to the end, once); an end tag closes one level, a self-closed tag none.
const tags = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<[!?][^<>]*>?|<(\/?)[A-Za-z_][^<>]*?(\/?)>/g;

/** True when elements nest deeper than maxNesting somewhere (an unclosed element counts as open to the end). */
export function nestsTooDeep(xml: string): boolean {
  let depth = 0;
  for (const [tag, end, selfClosing] of xml.matchAll(tags)) {
    if (selfClosing || tag.startsWith('<!') || tag.startsWith('<?')) continue;
    depth = end ? Math.max(0, depth - 1) : depth + 1;
    if (depth > maxNesting) return true;
  }
  return false;
}
