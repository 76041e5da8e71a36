// Feeds and article pages arrive as bytes in whatever charset the publisher chose; German
// umlauts and „quotes“ only survive when we pick the same one.
import {decodeWindows1252} from './windows-1252.js';

const boms: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/**
 * Decodes a response body. The charset comes from, in order: a byte-order mark (it cannot be
 * wrong, so browsers let it win), the HTTP Content-Type, the XML declaration, an HTML
 * <meta charset>; otherwise UTF-8. Labels go through TextDecoder, which decodes "ISO-8859-1"
 * as windows-1252 the way browsers do (publishers mean that when they put „“ in 0x84/0x93).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const encoding = bomEncoding(bytes) ?? labelled(charsetParameter(contentType)) ?? labelled(declaredCharset(bytes)) ?? 'utf-8';
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // ignoreBOM false: the decoder drops a BOM that matches its encoding.
  return new TextDecoder(encoding).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  const match = boms.find(([bom]) => bom.every((byte, index) => bytes[index] === byte));
  return match ? match[1] : null;
}

function charsetParameter(contentType: string | null): string | null {
  return contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null;
}

/** The XML declaration's encoding, else an HTML meta charset, read from the document's start. */
function declaredCharset(bytes: Uint8Array): string | null {
  // Both declarations are ASCII, and latin1 maps every byte to one character.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return xml[1];
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta?.[1] ?? null;
}

/** The WHATWG encoding for a label, or null when TextDecoder does not know it. */
function labelled(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
