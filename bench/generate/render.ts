// Turns generated articles into what a news site serves: an RSS 2.0 feed that carries the full
// text in content:encoded (like n-tv's), and a plain article page.
import type {GeneratedArticle} from './prose.js';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const bodyHtml = (article: GeneratedArticle) => article.paragraphs.map(paragraph => `<p>${escapeXml(paragraph)}</p>`).join('');

export type FeedLinks = {siteUrl: string; articleUrl: (item: number) => string};

/** An RSS 2.0 document; `withContent: false` gives teaser-only items (pages must be fetched). */
export function renderFeed(title: string, links: FeedLinks, articles: readonly GeneratedArticle[], withContent: boolean): string {
  const items = articles.map((article, item) => {
    const teaser = article.paragraphs[0]?.split('. ')[0] ?? '';
    const content = withContent ? `<content:encoded><![CDATA[${bodyHtml(article)}]]></content:encoded>` : '';
    return (
      `<item><title>${escapeXml(`${article.kicker}: ${article.title}`)}</title><link>${links.articleUrl(item)}</link>` +
      `<guid isPermaLink="false">${article.guid}</guid><pubDate>${new Date(article.published).toUTCString()}</pubDate>` +
      `<description>${escapeXml(teaser)}</description>${content}</item>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>' +
    `<title>${escapeXml(title)}</title><link>${links.siteUrl}</link><description>Bench feed</description><language>de</language>` +
    `${items.join('\n')}</channel></rss>\n`
  );
}

/** The article page: the simple markup any generic page extractor understands. */
export function renderArticlePage(article: GeneratedArticle): string {
  return (
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeXml(article.title)}</title></head><body>` +
    `<article><span class="kicker">${escapeXml(article.kicker)}</span><h1>${escapeXml(article.title)}</h1>` +
    `<time datetime="${article.published}">${article.published}</time>${bodyHtml(article)}</article></body></html>\n`
  );
}
