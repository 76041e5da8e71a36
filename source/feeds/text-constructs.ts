// Titles, summaries and content may hold markup as elements rather than escaped text: Atom's
// type="xhtml" (a <div> inside), and RSS titles with a stray <b> or <br>. An XML-to-object
// parser turns those into nested objects: the title is lost, or the program that expects a
// string fails. Wrapped in CDATA, the markup reaches the item mapping as one HTML string, which
// is read as HTML like any escaped title or teaser. Line breaks are kept, so an XML error is
// still reported on its own line.

const textElements = '(?:[\\w.-]+:)?(?:title|description|summary|content|subtitle|tagline|rights|encoded)';
// An opening tag (not self-closed), its content, and its own end tag. Names are matched as
// written: an element never contains another of the same name here.
const element = new RegExp(`<(${textElements})(\\s[^>]*)?(?<!/)>([\\s\\S]*?)</\\1\\s*>`, 'g');

/** The document with element markup inside text constructs turned into CDATA text. */
export function markupAsText(xml: string): string {
  if (!/<(?:[\w.-]+:)?(?:title|description|summary|content|subtitle|tagline|rights|encoded)[\s>][^<]*<[A-Za-z]/.test(xml) && !/type\s*=\s*["']xhtml/.test(xml)) return xml;
  const prefixes = xhtmlPrefixes(xml);
  return xml.replace(element, (whole, name: string, attributes: string | undefined, inner: string) => {
    if (!/<[A-Za-z]/.test(inner) || inner.includes('<![CDATA[') || crossesElement(name, inner)) return whole;
    const html = prefixes ? inner.replace(prefixes, '<$1') : inner;
    return `<${name}${attributes ?? ''}><![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]></${name}>`;
  });
}

/** Prefixed XHTML (<x:div>, the prefix declared anywhere in the document) as plain HTML tag names, so the HTML reader knows its blocks. */
function xhtmlPrefixes(xml: string): RegExp | null {
  const prefixes = [...xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/g)].map(match => match[1]!);
  return prefixes.length > 0 ? new RegExp(`<(/?)(?:${prefixes.join('|')}):`, 'g') : null;
}

/** A damaged document can miss an end tag; then the match runs into the next item, which stays XML. */
function crossesElement(name: string, inner: string): boolean {
  return inner.includes(`<${name}>`) || inner.includes(`<${name} `) || /<\/(?:[\w.-]+:)?(?:item|entry|channel)\s*>/.test(inner);
}
