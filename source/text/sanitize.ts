// Everything that came over the network passes through here before it is stored or shown.
// A feed title carrying an escape sequence could otherwise recolour the terminal, plant a
// clickable OSC 8 link, write to the clipboard (OSC 52) or reverse text with bidi controls.
import {repairMojibake} from './mojibake.js';

// Terminal control strings: OSC/DCS/SOS/PM/APC run until BEL or ST (ESC \ or the C1 byte 0x9C).
// An unterminated one runs to the end: a truncated sequence must not leak its payload.
const controlString = /(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[\s\S]*?(?:\u0007|\u001B\\|\u009C|$)/g;
// CSI sequences (ESC [ or the C1 byte 0x9B): parameters, intermediates, one final byte.
const csi = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/g;
// Any other two-byte escape (ESC followed by one character, e.g. ESC c = reset).
const shortEscape = /\u001B[\u0020-\u007E]?/g;
// Remaining C0/C1 controls except tab and newline; DEL; bidi embeddings, overrides and isolates.
const strayControls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Every sequence above starts with one of these (so does \r): text without any needs only normalising. */
const anyControl = new RegExp(strayControls.source);

/**
 * Anything but tab, newline, printable ASCII and the Latin letters up to U+02FF. Text of those
 * alone has no control character, and NFC leaves it as it is (no character below U+0300
 * decomposes differently or combines with its neighbour; the test checks every pair), so one
 * scan answers for both: most feed text in German is such text.
 */
const beyondPlainLatin = /[^\t\n\u0020-\u007E\u00A0-\u02FF]/;

/**
 * Text safe to store and print: no control characters except newline and tab, NFC-normalised.
 * A feed whose publisher stored UTF-8 as Windows-1252 ("empfÃ¤ngt") is read as it was written.
 */
export function sanitizeText(raw: string): string {
  const text = repairMojibake(raw);
  if (!beyondPlainLatin.test(text)) return text;
  if (!anyControl.test(text)) return text.normalize('NFC');
  return text
    .replace(/\r\n?/g, '\n')
    .replace(controlString, '')
    .replace(csi, '')
    .replace(shortEscape, '')
    .replace(strayControls, '')
    .normalize('NFC');
}

/** The URL when it is a well-formed http(s) address, else null (no javascript:, data:, file:). */
export function sanitizeUrl(text: string): string | null {
  const candidate = sanitizeText(text).trim();
  if (!URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
