// Pages saved as UTF-8 but read as Windows-1252 spell "empfängt" as "empfÃ¤ngt" and "Weißen" as
// "WeiÃŸen": every umlaut, ß and typographic quote turns into two or three Latin-1 characters, so
// no word with one of them is recognised ("empfängt", "Präsident", "Gespräche"). Each such run is
// the bytes of one character; read back as UTF-8 it is that character again.

// The Windows-1252 characters of the bytes 0x80–0x9F; the rest of 0x80–0xBF are themselves.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CONTINUATION = `[${CP1252}\\u00A0-\\u00BF]`;
// A lead byte of two (0xC2–0xDF: "Ã", "Â") or three (0xE2: "â", quotes and dashes) bytes.
const GARBLED = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|\\u00E2${CONTINUATION}{2}`, 'gu');
// The cheap guard: without one of these lead characters nothing is garbled.
const LEAD = /[ÃÂâ]/;

const byteOf = (char: string): number => {
  const high = CP1252.indexOf(char);
  return high >= 0 ? 0x80 + high : char.charCodeAt(0);
};

/** `text` with runs of UTF-8 bytes read as Windows-1252 turned back into their characters. */
export function repairMojibake(text: string): string {
  if (!LEAD.test(text)) return text;
  return text.replace(GARBLED, run => {
    const bytes = [...run].map(byteOf);
    return bytes.length === 2
      ? String.fromCodePoint(((bytes[0]! & 0x1f) << 6) | (bytes[1]! & 0x3f))
      : String.fromCodePoint(((bytes[0]! & 0x0f) << 12) | ((bytes[1]! & 0x3f) << 6) | (bytes[2]! & 0x3f));
  });
}
