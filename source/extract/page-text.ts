// An n-tv article copied from the browser as plain text: section label, kicker glued to the
// title ("erwünschtUSA drängen …"), the date line, the audio player, the image file name, the
// caption, then the body, the source line and the tags glued into one line. Only the body is
// article text; the date line can date it.
import {parseGermanDateTime} from '../article/page-date.js';

export type PageText = {kicker: string | null; title: string; text: string; published: string | null};

const DATE_LINE = /^\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2}\s*Uhr)?$/;
const PLAYER = /^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$/;
const FILE_NAME = /^\S{40,}$/;
const CAPTION = /\((?:Foto|Bild|Grafik|Video|Quelle):[^)]*\)\s*$/;
const SOURCE_LINE = /^Quelle:/;
// "Direkte Verhandlungen erwünschtUSA drängen …": a lower-case letter straight before a capital.
const GLUED = /(?<=\p{Ll})(?=\p{Lu})/u;

/** Splits page text into heading, body and the date the page states. */
export function readPageText(raw: string): PageText {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const dateAt = lines.findIndex(line => DATE_LINE.test(line.trim()));
  const heading = dateAt >= 0 ? lines.slice(0, dateAt).map(line => line.trim()).filter(Boolean) : [];
  const bodyLines = (dateAt >= 0 ? lines.slice(dateAt + 1) : lines).map(line => line.trim());
  const sourceAt = bodyLines.findIndex(line => SOURCE_LINE.test(line));
  const body = (sourceAt >= 0 ? bodyLines.slice(0, sourceAt) : bodyLines).filter(
    line => !PLAYER.test(line) && !FILE_NAME.test(line) && !CAPTION.test(line),
  );
  const titleLine = heading[heading.length - 1] ?? '';
  const [kicker, ...rest] = titleLine.split(GLUED);
  const glued = rest.length > 0;
  return {
    kicker: glued ? kicker!.trim() : heading.length > 2 ? heading[heading.length - 2]! : null,
    title: glued ? rest.join('').trim() : titleLine,
    text: body.join('\n').replace(/\n{3,}/g, '\n\n').trim(),
    published: dateAt >= 0 ? parseGermanDateTime(lines[dateAt]!.trim()) : null,
  };
}
