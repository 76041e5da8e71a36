// Node 20's TextDecoder decodes "windows-1252" as plain ISO-8859-1 (nodejs/node#56542), which
// turns the „quotes“ and – dashes of German feeds into invisible C1 control characters.
// The 32 bytes where the two differ are mapped here; 0x81, 0x8D, 0x8F, 0x90, 0x9D are unused.
/** The characters of the bytes 0x80–0x9F in windows-1252 (the unused five as the C1 controls ISO-8859-1 has there). */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes windows-1252 bytes the way browsers do. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, byte => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}
