import type {ArticleText} from './types.js';

type Parts = Omit<ArticleText, 'text'>;

/** Completes an ArticleText: `text` is lead and paragraphs joined by blank lines. */
export function articleText(parts: Parts): ArticleText {
  return {...parts, text: [parts.lead, ...parts.paragraphs].filter(Boolean).join('\n\n')};
}

/** "Quelle: ntv.de, chr/rts/AFP" and the like: agency credits, not article text. */
export function isSourceLine(text: string): boolean {
  return /^Quelle:\s/.test(text) && text.length < 200;
}

/** Too little text to be worth more than the feed's teaser. */
export function isUsable(article: ArticleText): boolean {
  return article.paragraphs.length > 0 && article.text.length >= 200;
}
