// n-tv.de article pages: a header with kicker, headline and date, a `.article__text` body of
// paragraphs and <h2> subheads (the first paragraph, set in <strong>, is the lead), photos
// with captions in between, the agency line "Quelle: …" at the end and a tag list below.
import {nodeText} from '../text/html-to-text.js';
import {articleText, isSourceLine} from './article-text.js';
import {isoDate, parseGermanDateTime} from './page-date.js';
import type {ArticleText} from './types.js';

// Page furniture inside the body that is not article text.
const notText = 'figure, figcaption, aside, .article__media, .article__aside, .article__author, .article__audioplayer, .teaser, .credits, script, style';

/** The article in an n-tv page, or null when the page lacks n-tv's article body. */
export function extractNtvArticle(document: Document): ArticleText | null {
  const body = document.querySelector('.article__text');
  if (!body) return null;
  const article = body.closest('article') ?? document;
  const blocks = Array.from(body.querySelectorAll('p, h2, h3, h4')).filter(block => !block.closest(notText) && !block.parentElement?.closest('p, h2, h3, h4'));
  let lead: string | null = null;
  let sourceLine: string | null = null;
  const paragraphs: string[] = [];
  const subheads: string[] = [];
  for (const [index, block] of blocks.entries()) {
    const text = textOf(block);
    if (!text) continue;
    if (isSourceLine(text)) sourceLine = text;
    else if (block.tagName !== 'P') {
      subheads.push(text);
      paragraphs.push(text);
    } else if (index === 0 && isLead(block, text)) lead = text;
    else paragraphs.push(text);
  }
  return articleText({
    kicker: textOf(article.querySelector('.article__kicker')) || null,
    title: textOf(article.querySelector('.article__headline')) || textOf(document.querySelector('h1')) || null,
    published: published(document, article),
    lead,
    paragraphs,
    subheads,
    sourceLine,
    tags: Array.from(article.querySelectorAll('.article__tags li, .article__tags a'))
      .filter(tag => tag.tagName === 'A' || !tag.querySelector('a'))
      .map(textOf)
      .filter(Boolean),
  });
}

/** n-tv sets the lead in bold: a first paragraph that is all <strong>. */
function isLead(paragraph: Element, text: string): boolean {
  const strong = paragraph.querySelector('strong, b');
  return strong !== null && textOf(strong) === text;
}

function published(document: Document, article: Element | Document): string | null {
  const meta = document.querySelector('meta[property="article:published_time"], meta[name="date"]')?.getAttribute('content');
  const time = article.querySelector('time[datetime]')?.getAttribute('datetime');
  const printed = textOf(article.querySelector('.article__date'));
  return isoDate(meta) ?? isoDate(time) ?? parseGermanDateTime(printed);
}

function textOf(element: Element | null): string {
  return element ? nodeText(element as never).replace(/\n/g, ' ') : '';
}
