// XML knows only five named entities, so a strict parser stops at the "&nbsp;" or "&bdquo;" that
// content systems leave in German feeds. These few become numeric references before parsing;
// in CDATA they stay literal text to the XML parser and decode later as HTML, so no harm there.
const named: Record<string, number> = {
  nbsp: 0xa0, shy: 0xad, auml: 0xe4, ouml: 0xf6, uuml: 0xfc, Auml: 0xc4, Ouml: 0xd6, Uuml: 0xdc, szlig: 0xdf,
  eacute: 0xe9, egrave: 0xe8, aacute: 0xe1, agrave: 0xe0, ccedil: 0xe7, oacute: 0xf3, iacute: 0xed,
  bdquo: 0x201e, ldquo: 0x201c, rdquo: 0x201d, sbquo: 0x201a, lsquo: 0x2018, rsquo: 0x2019,
  laquo: 0xab, raquo: 0xbb, ndash: 0x2013, mdash: 0x2014, hellip: 0x2026, euro: 0x20ac, copy: 0xa9, reg: 0xae, deg: 0xb0, middot: 0xb7,
};

/**
 * Replaces the HTML named entities German feeds use with numeric character references, and
 * turns references to control characters (illegal in XML, so sax would refuse the whole feed)
 * into the characters themselves, which the sanitiser then removes with their sequences.
 */
export function numericEntities(xml: string): string {
  return xml.replace(/&#(x[\da-f]+|\d+);/gi, (whole, code: string) => {
    const value = code.startsWith('x') || code.startsWith('X') ? Number.parseInt(code.slice(1), 16) : Number(code);
    return value < 0x20 || (value >= 0x7f && value <= 0x9f) ? String.fromCharCode(value) : whole;
  }).replace(/&([A-Za-z]+);/g, (whole, name: string) => {
    const code = named[name];
    return code === undefined ? whole : `&#${code};`;
  });
}
