// Word wrapping for the article reader. wrap-ansi measures the line so far again for every
// word, with string-width: ~12 ms for one article on a 2-core machine, paid on every Enter.
// Text of one-cell characters (nearly every German article) is wrapped here by length, with
// wrap-ansi's rules (hard: true, trim: true); anything else still goes to wrap-ansi.
import wrapAnsi from 'wrap-ansi';
import {isOneCellText} from './text-width.js';

/** `text` (one paragraph, no line breaks) as lines of at most `width` cells. */
export function wrapLines(text: string, width: number): string[] {
  if (!isOneCellText(text)) return wrapAnsi(text, width, {hard: true, trim: true}).split('\n');
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (!word) continue;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else if (word.length <= width) {
      lines.push(line);
      line = word;
    } else {
      // A word longer than a line is cut. Its first piece stays on this line when starting
      // there does not take more lines than starting on the next one.
      const room = width - line.length - 1;
      const breaksHere = 1 + Math.floor((word.length - room - 1) / width);
      const breaksNext = Math.floor((word.length - 1) / width);
      if (breaksNext < breaksHere || room <= 0) {
        lines.push(line);
        line = word;
      } else {
        lines.push(`${line} ${word.slice(0, room)}`);
        line = word.slice(room);
      }
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  lines.push(line);
  return lines;
}
