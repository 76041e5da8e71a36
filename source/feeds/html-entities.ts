// XML knows only five named entities, so a strict parser stops at the "&nbsp;", "&eacute;" or
// "&bdquo;" that content systems leave in feeds without a DTD. HTML's named references become
// numeric ones before parsing (the `entities` package knows all of HTML's ~2,000 names; only
// names with their semicolon count, so "&notice;" is not read as "¬ice;"). In CDATA they stay
// literal text to the XML parser and decode later as HTML, so no harm there. A name HTML does not
// know either is left as it is: the strict parse then fails and the recovering one keeps it as text.
import {decodeHTMLStrict} from 'entities';

/** Numeric references per entity name: a feed repeats the same few thousands of times. */
const referenceOf = new Map<string, string>();

/**
 * Replaces HTML named entities with numeric character references, writes "&#X41;" as "&#x41;",
 * and turns references to control characters (illegal in XML, so sax would refuse the whole
 * feed) into the characters themselves, which the sanitiser then removes with their sequences.
 * XML's own five names are left out by the pattern, not by a callback: a feed with thousands of
 * "&quot;" and no HTML entity is then not copied.
 */
export function numericEntities(xml: string): string {
  // One pass for both kinds: a numeric reference has a "#" where a name has a letter, and the
  // characters a numeric one turns into are controls, which no name contains.
  return xml.replace(/&(?:#([xX][\da-fA-F]+|\d+)|(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z\d]{1,31}));/g, (whole, code?: string, name?: string) =>
    code === undefined ? named(whole, name!) : numeric(whole, code),
  );
}

function numeric(whole: string, code: string): string {
  const hex = code.startsWith('x') || code.startsWith('X');
  const value = hex ? Number.parseInt(code.slice(1), 16) : Number(code);
  if (value < 0x20 || (value >= 0x7f && value <= 0x9f)) return String.fromCharCode(value);
  return hex ? `&#x${code.slice(1)};` : whole;
}

function named(whole: string, name: string): string {
  let reference = referenceOf.get(name);
  if (reference === undefined) {
    const decoded = decodeHTMLStrict(whole);
    reference = decoded === whole ? whole : Array.from(decoded, char => `&#${char.codePointAt(0)};`).join('');
    if (referenceOf.size < 4096) referenceOf.set(name, reference);
  }
  return reference;
}
