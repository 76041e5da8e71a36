// Feed teasers and article paragraphs arrive as HTML fragments; people read them as plain text.
import {parseHTML} from 'linkedom';
import {sanitizeText} from './sanitize.js';

const blocks = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'FIGURE', 'HEADER', 'FOOTER']);
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG']);

type TextNode = {nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TextNode>};

/** Plain text of an HTML fragment: tags dropped, entities decoded, blocks on their own lines, sanitised. */
export function htmlToText(html: string): string {
  const {document} = parseHTML('<!doctype html><html><body></body></html>');
  const container = document.createElement('div');
  container.innerHTML = html;
  return nodeText(container as unknown as TextNode);
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

/** Collapses runs of spaces within lines and drops empty lines. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map(line => line.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
