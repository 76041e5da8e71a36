// Any other news site: Mozilla Readability (Firefox's reader view) finds the article body;
// we split it into paragraphs and subheads the same way as for n-tv.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {nodeText} from '../text/html-to-text.js';
import {sanitizeText} from '../text/sanitize.js';
import {articleText, isSourceLine} from './article-text.js';
import {isoDate} from './page-date.js';
import type {ArticleText} from './types.js';

/** The article Readability finds in the page, or null when it finds none. Consumes `document`. */
export function extractGenericArticle(document: Document): ArticleText | null {
  const metaDate = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const tags = Array.from(document.querySelectorAll('meta[property="article:tag"]'), meta => sanitizeText(meta.getAttribute('content') ?? '').trim());
  const result = new Readability(document, {charThreshold: 200}).parse();
  if (!result?.content) return null;
  const {document: body} = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`);
  for (const caption of Array.from(body.querySelectorAll('figcaption, figure, aside, nav'))) caption.remove();
  const paragraphs: string[] = [];
  const subheads: string[] = [];
  let sourceLine: string | null = null;
  for (const block of Array.from(body.querySelectorAll('p, h2, h3, h4, li'))) {
    if (block.parentElement?.closest('p, li')) continue;
    const text = nodeText(block as never).replace(/\n/g, ' ');
    if (!text) continue;
    if (isSourceLine(text)) sourceLine = text;
    else {
      paragraphs.push(text);
      if (/^H\d$/.test(block.tagName)) subheads.push(text);
    }
  }
  return articleText({
    kicker: null,
    title: result.title ? sanitizeText(result.title).replace(/\s+/g, ' ').trim() || null : null,
    published: isoDate(result.publishedTime) ?? isoDate(metaDate),
    lead: null,
    paragraphs,
    subheads,
    sourceLine,
    tags: tags.filter(Boolean),
  });
}
