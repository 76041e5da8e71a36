// Titles, summaries and content may hold markup as elements rather than escaped text: Atom's
// type="xhtml" (a <div> inside), and RSS titles with a stray <b> or <br>. An XML-to-object
// parser turns those into nested objects: the title is lost, or the program that expects a
// string fails. Wrapped in CDATA, the markup reaches the item mapping as one HTML string, which
// is read as HTML like any escaped title or teaser. Line breaks are kept, so an XML error is
// still reported on its own line.

// CDATA sections and comments are matched to be skipped (an unclosed one runs to the end, once);
// the other alternative is the opening tag of a text construct.
const textElements = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<((?:[\w.-]+:)?(?:title|description|summary|content|subtitle|tagline|rights|encoded))(\s[^>]*)?>/g;

/**
 * The document with element markup inside text constructs turned into CDATA text. One pass:
 * each element's end tag is looked for once, and a search that found nothing is remembered,
 * so a damaged document with thousands of unclosed titles costs no more than a whole one.
 */
export function markupAsText(xml: string): string {
  if (!/<(?:[\w.-]+:)?(?:title|description|summary|content|subtitle|tagline|rights|encoded)[\s>][^<]*<[A-Za-z]/.test(xml)) return xml;
  const prefixes = xhtmlPrefixes(xml);
  const nextClose = searcher(xml, name => `</${name}`);
  const nextOpen = searcher(xml, name => `<${name}`);
  const parts: string[] = [];
  let copied = 0;
  for (const match of xml.matchAll(textElements)) {
    const [tag, name, attributes = ''] = match;
    const start = match.index + tag.length;
    if (!name || attributes.endsWith('/') || start <= copied) continue;
    const close = nextClose(name!, start);
    const open = nextOpen(name!, start);
    // No end tag, or another element of the same name first: damage, left to the parsers.
    if (close < 0 || (open >= 0 && open < close)) continue;
    const inner = xml.slice(start, close);
    if (!/<[A-Za-z]/.test(inner) || inner.includes('<![CDATA[') || crossesElement(inner)) continue;
    const html = prefixes ? inner.replace(prefixes, '<$1') : inner;
    parts.push(xml.slice(copied, start), `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`);
    copied = close;
  }
  return parts.length === 0 ? xml : parts.join('') + xml.slice(copied);
}

/** indexOf for a string built from an element name, remembering its last answer per name so that no stretch is searched twice. */
function searcher(xml: string, needle: (name: string) => string): (name: string, from: number) => number {
  const last = new Map<string, {from: number; at: number}>();
  return (name, from) => {
    const known = last.get(name);
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const at = xml.indexOf(needle(name), from);
    last.set(name, {from, at});
    return at;
  };
}

/** Prefixed XHTML (<x:div>, the prefix declared anywhere in the document) as plain HTML tag names, so the HTML reader knows its blocks. */
function xhtmlPrefixes(xml: string): RegExp | null {
  const prefixes = [...xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/g)].map(match => match[1]!);
  return prefixes.length > 0 ? new RegExp(`<(/?)(?:${prefixes.join('|')}):`, 'g') : null;
}

/** A damaged document can miss an end tag; then the content runs into the next item, which stays XML. */
function crossesElement(inner: string): boolean {
  return /<\/(?:[\w.-]+:)?(?:item|entry|channel)\s*>/.test(inner);
}
