// Pages saved as UTF-8 but read as Windows-1252 or ISO-8859-1 spell "empfängt" as "empfÃ¤ngt" and
// "Weißen" as "WeiÃŸen" (or "WeiÃ" and a C1 control): every umlaut, ß and typographic quote turns
// into two or three Latin-1 characters, which readers see garbled and the extractor cannot read
// ("empfängt", "Präsident", "Gespräche"). Each such run is the bytes of one character; read back
// as UTF-8 it is that character again.
import {WINDOWS_1252_HIGH} from '../net/windows-1252.js';

// A continuation byte 0x80–0xBF as either charset shows it: Windows-1252's own characters for
// 0x80–0x9F, ISO-8859-1's C1 controls there, Latin-1 for the rest.
const CONTINUATION = `[${WINDOWS_1252_HIGH}\u0080-\u00BF]`;
// A lead byte of two (0xC2–0xDF: "Ã", "Â") or three (0xE2: "â", quotes and dashes) bytes.
const GARBLED = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|\\u00E2${CONTINUATION}{2}`, 'gu');
// The cheap guard: without one of these lead characters nothing is garbled. Every stored text
// passes here, so three character searches (~0.3 ns a character), not a class (~2 ns).
const mayBeGarbled = (text: string) => text.includes('Ã') || text.includes('Â') || text.includes('â');

const byteOf = (char: string): number => {
  const high = WINDOWS_1252_HIGH.indexOf(char);
  return high >= 0 ? 0x80 + high : char.charCodeAt(0);
};

/** `text` with runs of UTF-8 bytes read as Windows-1252 or ISO-8859-1 turned back into their characters. */
export function repairMojibake(text: string): string {
  if (!mayBeGarbled(text)) return text;
  return text.replace(GARBLED, run => {
    const bytes = [...run].map(byteOf);
    return bytes.length === 2
      ? String.fromCodePoint(((bytes[0]! & 0x1f) << 6) | (bytes[1]! & 0x3f))
      : String.fromCodePoint(((bytes[0]! & 0x0f) << 12) | ((bytes[1]! & 0x3f) << 6) | (bytes[2]! & 0x3f));
  });
}
