// Seeds a talkwatch data folder with N generated articles through the store's own API, in one
// transaction: polling 100,000 articles in would take far too long for a start-up bench.
// Each article gets actor mentions of the (at most four) people it names most, and every 100th a meeting drawn
// from a small pool, so meetings merge as they do in real caches.
// Usage: node seed-cache.js DATA_DIR ARTICLES SEED
import {SettingsFile} from '../../source/config/settings.js';
import {resolveDataPaths} from '../../source/config/paths.js';
import {Cache} from '../../source/store/cache.js';
import type {FeedConfig} from '../../source/feeds/types.js';
import type {Extraction, Meeting, Side} from '../../source/extract/types.js';
import {generateArticle, type GeneratedArticle} from '../generate/prose.js';
import {people, places} from '../generate/vocabulary.js';
import {seedFeeds, seedFeedUrl} from '../seed-feeds.js';

const sides: Record<string, Side> = {Selenskyj: 'UA', Umerow: 'UA', Sybiha: 'UA', Putin: 'RU', Lawrow: 'RU', Dmitrijew: 'RU', Uschakow: 'RU', Merz: 'DE', Macron: 'EU'};
const statuses: Meeting['status'][] = ['proposed', 'planned', 'ongoing', 'held'];

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function extractionOf(article: GeneratedArticle, index: number): Extraction {
  const text = article.paragraphs.join('\n\n');
  const actors = people
    .map(person => ({person, mentions: text.split(person.surname).length - 1}))
    .filter(({mentions}) => mentions > 0)
    // "A few" mentions, as a real article has: the four people it names most.
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 4)
    .map(({person, mentions}) => ({id: fold(person.surname), name: person.name, role: null, side: sides[person.surname] ?? 'US', mentions}));
  const meetings: Meeting[] = [];
  if (index % 100 === 0 && actors.length >= 2) {
    const place = places[index % places.length]!;
    const day = new Date(new Date(article.published).getTime() + ((index / 100) % 14) * 86_400_000).toISOString().slice(0, 10);
    meetings.push({
      place: place.city,
      country: place.country,
      start: day,
      end: null,
      precision: 'day',
      status: statuses[(index / 100) % statuses.length]!,
      kind: 'talks',
      participants: actors.slice(0, 2).map(actor => actor.name),
      evidence: article.paragraphs[0]?.split('. ')[0] ?? article.title,
    });
  }
  return {actors, suggestions: [], meetings};
}

const [dataDir, countText, seedText] = process.argv.slice(2);
if (!dataDir || !countText || !seedText) throw new Error('usage: seed-cache DATA_DIR ARTICLES SEED');
const count = Number(countText);
const seed = Number(seedText);
const paths = resolveDataPaths(dataDir);
const feeds: FeedConfig[] = seedFeeds.map(feed => ({url: seedFeedUrl(feed), name: `Bench-Nachrichten ${feed + 1}`, intervalMinutes: 15, fulltext: 'never'}));
SettingsFile.open(paths.configDir).writeFeeds(feeds);

const started = performance.now();
// "Now" rounded to the hour: the Actors pane counts today's and this week's mentions.
const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
const cache = Cache.open(paths.cacheFile);
let newestTitle = '';
// Findings saved here stand for an analysis already done: without the mark, the dashboard would
// start analysing the whole cache while its start-up, memory and keys are timed.
const markAnalysed = cache.db.prepare('UPDATE articles SET analysed = 1 WHERE id = ?');
cache.db.transaction(() => {
  cache.syncFeeds(feeds);
  const rows = cache.feeds();
  // Polled a minute ago and not due for a day: the dashboard must not poll while it is timed.
  for (const row of rows) cache.recordPoll(row.id, {ok: true, at: new Date(Date.now() - 60_000).toISOString(), nextPollAt: new Date(Date.now() + 86_400_000).toISOString()});
  for (let index = 0; index < count; index++) {
    const feed = index % rows.length;
    const row = rows.find(candidate => candidate.url === seedFeedUrl(feed))!;
    const article = generateArticle(seed, feed, Math.floor(index / rows.length), now.getTime());
    const item = {
      guid: article.guid,
      url: `https://bench.example/${feed}/${index}.html`,
      kicker: article.kicker,
      title: article.title,
      summary: article.paragraphs[0]?.split('. ')[0] ?? '',
      contentHtml: article.paragraphs.map(paragraph => `<p>${paragraph}</p>`).join(''),
      published: article.published,
      categories: ['Politik'],
      image: null,
    };
    if (index === 0) newestTitle = article.title;
    const {articleId} = cache.storeArticle(row.id, {item, page: null, teaserOnly: false}, row.name, now);
    cache.saveExtraction(articleId, extractionOf(article, index), article.published, now);
    markAnalysed.run(articleId);
  }
})();
cache.db.pragma('wal_checkpoint(TRUNCATE)');
cache.close();
process.stdout.write(`${JSON.stringify({articles: count, newestTitle, seconds: (performance.now() - started) / 1000})}\n`);
