// Fills a newsboat cache with the same generated articles a seeded talkwatch cache holds.
// newsboat creates its own schema (one reload of the unreachable seed feeds); the items are
// then written straight into its SQLite file, as thousands of reloads would take far too long.
import Database from 'better-sqlite3';
import {generateArticle} from '../generate/prose.js';
import {seedFeeds, seedFeedUrl} from '../seed-feeds.js';
import {createNewsboatWorkspace, newsboatReload, type NewsboatWorkspace} from './workspace.js';

export async function seedNewsboat(articles: number, seed: number, now: Date): Promise<NewsboatWorkspace> {
  const workspace = createNewsboatWorkspace(seedFeeds.map(seedFeedUrl));
  await newsboatReload(workspace);
  const db = new Database(workspace.cache);
  try {
    db.transaction(() => {
      const feed = db.prepare('INSERT OR REPLACE INTO rss_feed (rssurl, url, title) VALUES (?, ?, ?)');
      for (const index of seedFeeds) feed.run(seedFeedUrl(index), 'https://bench.example/', `Bench-Nachrichten ${index + 1}`);
      const item = db.prepare(
        `INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread)
         VALUES (?, ?, '', ?, ?, ?, ?, 1)`,
      );
      for (let index = 0; index < articles; index++) {
        const feedIndex = index % seedFeeds.length;
        const article = generateArticle(seed, feedIndex, Math.floor(index / seedFeeds.length), now.getTime());
        const content = article.paragraphs.map(paragraph => `<p>${paragraph}</p>`).join('');
        const url = `https://bench.example/${feedIndex}/${index}.html`;
        item.run(article.guid, `${article.kicker}: ${article.title}`, url, seedFeedUrl(feedIndex), Math.floor(new Date(article.published).getTime() / 1000), content);
      }
    })();
  } finally {
    db.close();
  }
  return workspace;
}
