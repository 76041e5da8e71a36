// What the dashboard's bundle uses in place of the `string-width` package (scripts/build.mjs
// points every import of it here): ink measures every line of every frame with it, and so do
// cli-truncate and wrap-ansi. Same results (test/ui/format/text-width.test.ts), without
// grapheme segmentation for text of one-cell characters.
import stringWidth from 'string-width';
import {textWidth} from './text-width.js';

type Options = Parameters<typeof stringWidth>[1];

export default function measure(text: string, options?: Options): number {
  // Options change how some characters count (ambiguous ones as two cells): leave those to the package.
  return options === undefined && typeof text === 'string' ? textWidth(text) : stringWidth(text, options);
}
