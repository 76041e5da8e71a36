// The article page → full text step. The caller (the poller, `talkwatch extract page.html`)
// keeps the feed's teaser when this returns null.
import {parseHTML} from 'linkedom';
import {isUsable} from './article-text.js';
import {extractGenericArticle} from './generic.js';
import {extractNtvArticle} from './ntv.js';
import type {ArticleText} from './types.js';

/** The article text of an HTML page, by the n-tv extractor where it fits, else Readability. */
export function extractArticlePage(html: string, url: string): ArticleText | null {
  const ntvLike = /(^|\.)n-tv\.de$/.test(hostOf(url)) || html.includes('article__text');
  if (ntvLike) {
    const article = extractNtvArticle(parse(html));
    if (article && isUsable(article)) return article;
  }
  // Readability changes the document it reads, so it gets a fresh one.
  const article = extractGenericArticle(parse(html));
  return article && isUsable(article) ? article : null;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : '';
}
