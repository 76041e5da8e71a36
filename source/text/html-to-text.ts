// Feed teasers and article paragraphs arrive as HTML fragments; people read them as plain text.
// Fragments are read with htmlparser2's event parser (the one linkedom builds its DOM with), not
// through a DOM: a poll converts two fragments per item, and a document per fragment made most
// of the garbage of a large first poll.
import {decodeHTML} from 'entities';
import {Parser} from 'htmlparser2';
import {sanitizeText} from './sanitize.js';

/** Elements on lines of their own, and elements whose content is no text, as DOM node names. */
const blocks = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'FIGURE', 'HEADER', 'FOOTER']);
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG']);
/** The same, as the parser names tags (lower case). */
const blockTags = new Set([...blocks].map(name => name.toLowerCase()));
const skippedTags = new Set([...skipped].map(name => name.toLowerCase()));

type TextNode = {nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TextNode>};

/**
 * Elements whose text htmlparser2 leaves undecoded (raw text). Only where none stands does the
 * fast reading below apply: there, and only there, all text is decoded alike.
 */
const rawTextElement = /<(?:textarea|xmp)/i;

/** Plain text of an HTML fragment: tags dropped, entities decoded, blocks on their own lines, sanitised. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  // htmlparser2 decoding entities reads text a character at a time; without, it jumps from one
  // "<" to the next. Text runs with a "&" are then decoded here, as it would have (`entities`,
  // whose older copy htmlparser2 decodes with, and HTML's legacy rules; 495,000 fragments, every
  // entity name and random markup, came out the same): most of a feed's article bodies is such
  // text, read ~22% faster.
  const decodeHere = !rawTextElement.test(html);
  // Depth inside an element whose content is skipped; every opened tag is closed by the parser.
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipping > 0 || skippedTags.has(name)) skipping++;
        else if (name === 'br' || blockTags.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (skipping > 0) skipping--;
        else if (blockTags.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (skipping === 0) parts.push(decodeHere && text.includes('&') ? decodeHTML(text) : text);
      },
    },
    {lowerCaseAttributeNames: false, decodeEntities: !decodeHere},
  );
  parser.end(html);
  return tidy(sanitizeText(parts.join('')));
}

/** Plain text of a DOM node (linkedom or browser), with the same rules as htmlToText. */
export function nodeText(node: TextNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return tidy(sanitizeText(parts.join('')));
}

function collect(node: TextNode, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) parts.push(child.textContent ?? '');
    else if (child.nodeType !== 1 || skipped.has(child.nodeName)) continue;
    else if (child.nodeName === 'BR') parts.push('\n');
    else if (blocks.has(child.nodeName)) {
      parts.push('\n');
      collect(child, parts);
      parts.push('\n');
    } else collect(child, parts);
  }
}

/**
 * Collapses runs of spaces within lines and drops empty lines: spacing other than one plain space
 * becomes one, then the spaces around line breaks and the empty lines go. Two passes over the
 * whole text instead of one per line, and a single space between words is left alone (matching
 * every one of them was most of the cost).
 */
function tidy(text: string): string {
  return text
    .replace(/[^\S\n]{2,}|[^\S\n ]/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}
