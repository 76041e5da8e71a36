import {type DemoArticle, demoArticles} from './demo-articles.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function item(article: DemoArticle, now: Date): string {
  const published = new Date(now.getTime() - article.hoursAgo * 3_600_000).toUTCString();
  const content = article.paragraphs.map(paragraph => `<p>${escapeXml(paragraph)}</p>`).join('');
  return `<item>
  <title>${escapeXml(`${article.kicker}: ${article.title}`)}</title>
  <link>https://demo.talkwatch.invalid/${article.slug}</link>
  <guid isPermaLink="false">talkwatch-demo-${article.slug}</guid>
  <pubDate>${published}</pubDate>
  <description>${escapeXml(article.paragraphs[0] ?? '')}</description>
  <content:encoded><![CDATA[${content}]]></content:encoded>
</item>`;
}

/** The demo articles as an RSS 2.0 feed carrying their full text, dated relative to `now`. */
export function demoFeed(now: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>talkwatch Demo</title>
<link>https://demo.talkwatch.invalid/</link>
<description>Beispielmeldungen für talkwatch --demo</description>
${demoArticles.map(article => item(article, now)).join('\n')}
</channel>
</rss>
`;
}
