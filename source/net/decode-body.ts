// Feeds and article pages arrive as bytes in whatever charset the publisher chose; German
// umlauts and „quotes“ only survive when we pick the same one. Publishers also get the label
// wrong: a UTF-8 file that says ISO-8859-1, a UTF-8 file that says UTF-16, Latin-1 bytes that
// say nothing. The bytes are checked against the label, and a mismatch is read the way the
// bytes can be read and reported in a note the feed's status shows.
import {decodeWindows1252} from './windows-1252.js';

export type DecodedBody = {
  text: string;
  /** Set when the declared charset did not fit the bytes and another was used, e.g. "declared ISO-8859-1 but the bytes are UTF-8". */
  note: string | null;
};

// UTF-32LE's mark starts with UTF-16LE's, so it is tried first.
const boms: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// A document without a mark still shows its code-unit width in its first "<" (XML 1.0 appendix F).
const firstBytes: [bytes: number[], encoding: string][] = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c], 'utf-16be'],
  [[0x3c, 0x00], 'utf-16le'],
];

/**
 * Decodes a response body. The charset comes from, in order: a byte-order mark (it cannot be
 * wrong, so browsers let it win), the width of the first "<", the HTTP Content-Type, the XML
 * declaration, an HTML <meta charset>; otherwise UTF-8. Labels go through TextDecoder, which
 * decodes "ISO-8859-1" as windows-1252 the way browsers do (publishers mean that when they put
 * „“ in 0x84/0x93); UTF-32 and labels TextDecoder does not know go through iconv-lite, loaded
 * only for such a document.
 */
export async function decodeBody(bytes: Uint8Array, contentType: string | null): Promise<DecodedBody> {
  const marked = match(boms, bytes);
  const wide = marked ?? match(firstBytes, bytes);
  const headerLabel = charsetParameter(contentType);
  const declaredLabel = declaredCharset(bytes, wide);
  const label = headerLabel ?? declaredLabel;
  const source = headerLabel ? 'the HTTP header says' : 'the document says';
  if (wide) {
    const text = await decodeAs(wide, marked ? bytes.subarray(markLength(marked)) : bytes);
    const claimed = label ? encodingOf(label) : null;
    const fits = !label || (claimed !== null && (wide === 'utf-8' ? claimed === 'utf-8' : family(claimed) === family(wide)));
    return {text, note: fits ? null : `${source} ${label} but the bytes are ${upper(wide)}${marked ? ' (byte-order mark)' : ''}; read as ${upper(wide)}`};
  }
  // From here on the bytes are ASCII-compatible.
  const claimed = label ? encodingOf(label) : 'utf-8';
  const utf8 = strictUtf8(bytes);
  if (claimed === 'utf-8') {
    if (utf8 !== null) return {text: utf8, note: null};
    return {text: decodeWindows1252(bytes), note: `${label ? `${source} ${label} but the` : 'the'} bytes are not UTF-8; read as windows-1252`};
  }
  if (claimed === null || family(claimed) !== 'ascii') {
    // A wide or unknown charset for bytes that are neither: UTF-8 if they read cleanly.
    const what = claimed === null ? `an unknown charset (${label})` : label;
    if (utf8 !== null) return {text: utf8, note: `${source} ${what} but the bytes are UTF-8; read as UTF-8`};
    return {text: decodeWindows1252(bytes), note: `${source} ${what} but the bytes are not; read as windows-1252`};
  }
  // A legacy charset whose bytes are also valid UTF-8 with multi-byte sequences in them: that is
  // UTF-8 (Latin-1 or Big5 text is practically never valid UTF-8 by chance).
  if (utf8 !== null && hasMultibyte(bytes)) return {text: utf8, note: `${source} ${label} but the bytes are UTF-8; read as UTF-8`};
  try {
    return {text: await decodeAs(claimed, bytes), note: null};
  } catch {
    // A label TextDecoder rejected and iconv-lite does not know after all.
    return {text: decodeWindows1252(bytes), note: `${source} an unknown charset (${label}); read as windows-1252`};
  }
}

function match(table: [number[], string][], bytes: Uint8Array): string | null {
  return table.find(([prefix]) => prefix.every((byte, index) => bytes[index] === byte))?.[1] ?? null;
}

function markLength(encoding: string): number {
  return encoding === 'utf-8' ? 3 : encoding.startsWith('utf-32') ? 4 : 2;
}

function charsetParameter(contentType: string | null): string | null {
  return contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null;
}

/** The XML declaration's encoding, else an HTML meta charset, read from the document's start. */
function declaredCharset(bytes: Uint8Array, wide: string | null): string | null {
  // Both declarations are ASCII: dropping the zero bytes of UTF-16/32 leaves them readable,
  // and latin1 maps every byte to one character.
  const start = bytes.subarray(0, wide?.startsWith('utf-32') ? 8192 : wide?.startsWith('utf-16') ? 4096 : 2048);
  const head = new TextDecoder('latin1').decode(wide && wide !== 'utf-8' ? start.filter(byte => byte !== 0) : start);
  const xml = head.match(/^[^<]*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return xml[1];
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta?.[1] ?? null;
}

const utf32Labels = new Map([
  ['utf-32', 'utf-32le'], ['utf32', 'utf-32le'], ['ucs-4', 'utf-32le'], ['utf-32le', 'utf-32le'], ['utf-32be', 'utf-32be'],
]);

/** The encoding a label names (WHATWG names where TextDecoder knows it), or null when nobody does. */
function encodingOf(label: string): string | null {
  const lower = label.toLowerCase();
  if (utf32Labels.has(lower)) return utf32Labels.get(lower)!;
  try {
    const encoding = new TextDecoder(lower).encoding;
    return encoding === 'replacement' ? null : encoding;
  } catch {
    return knownToIconv(lower) ? lower : null;
  }
}

/** Labels iconv-lite knows that TextDecoder does not (cp850, …); checked without loading iconv-lite's tables. */
function knownToIconv(label: string): boolean {
  return /^(cp\d{3,4}|ibm\d{3,4}|mac\w*|iso-?646.*|ascii|us-ascii|tis-?620|viscii|koi8-?\w*|armscii-?8|georgian-\w+|hp-roman8|cp1006|utf-?7)$/.test(label);
}

/** Code-unit width: a label of another width cannot describe these bytes. */
function family(encoding: string): 'utf-16' | 'utf-32' | 'ascii' {
  if (encoding.startsWith('utf-16')) return 'utf-16';
  if (encoding.startsWith('utf-32')) return 'utf-32';
  return 'ascii';
}

function upper(encoding: string): string {
  return encoding.toUpperCase();
}

async function decodeAs(encoding: string, bytes: Uint8Array): Promise<string> {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (!encoding.startsWith('utf-32') && !knownToIconv(encoding)) {
    try {
      // ignoreBOM false: the decoder drops a BOM that matches its encoding.
      return new TextDecoder(encoding).decode(bytes);
    } catch {
      // A Node built without full ICU lacks Big5, EUC-KR and GBK: iconv-lite has them.
    }
  }
  const iconv = (await import('iconv-lite')).default;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return null;
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  return bytes.some(byte => byte >= 0x80);
}
