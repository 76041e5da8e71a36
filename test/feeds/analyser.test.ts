import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction, ExtractInput} from '../../source/extract/types.js';
import {Analyser, type AnalysisProgress} from '../../source/feeds/analyser.js';
import {Priority} from '../../source/feeds/limiter.js';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem} from '../store/make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const opened: Cache[] = [];
afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

/** A cache holding `count` stored, not yet analysed articles, one an hour from 08:00 UTC on. */
function storedUnanalysed(count: number): Cache {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  opened.push(cache);
  const feed = cache.ensureFeed({url: 'https://example.org/feed', name: 'Test', intervalMinutes: 15, fulltext: 'never'}, true);
  const items = Array.from({length: count}, (_, n) =>
    makeItem({guid: `a-${n}`, title: `Meldung ${n}`, published: new Date(Date.UTC(2025, 10, 12, 8 + n)).toISOString()}),
  );
  cache.storeArticles(feed.id, items.map(item => cache.prepareArticle({item, page: null, teaserOnly: false}, 'Test', now)), now);
  return cache;
}

const found = (_input: ExtractInput): Extraction => ({
  actors: [{id: 'selenskyj', name: 'Wolodymyr Selenskyj', role: null, side: 'UA', mentions: 1}],
  suggestions: [],
  meetings: [],
});

describe('the analysis behind the reading', () => {
  it('analyses stored articles newest first, in batches, reporting how far it is', async () => {
    const cache = storedUnanalysed(5);
    expect(cache.pendingCount()).toBe(5);
    const seen: string[] = [];
    const progress: AnalysisProgress[] = [];
    const analyser = new Analyser(
      {store: async () => cache, extract: input => (seen.push(input.title), found(input)), now: () => now},
      {batchSize: 2, onProgress: step => progress.push(step)},
    );
    analyser.wake();
    const report = await analyser.done();
    expect(seen).toEqual(['Meldung 4', 'Meldung 3', 'Meldung 2', 'Meldung 1', 'Meldung 0']);
    expect(progress).toEqual([
      {analysed: 2, total: 5},
      {analysed: 4, total: 5},
      {analysed: 5, total: 5},
    ]);
    expect(report).toMatchObject({analysed: 5, total: 5, failed: 0});
    expect(cache.pendingCount()).toBe(0);
    expect(cache.actors(now).map(actor => actor.id)).toContain('selenskyj');
  });

  it('steps aside while a feed is being read: a batch extracted meanwhile is saved only after it is stored', async () => {
    const cache = storedUnanalysed(3);
    const priority = new Priority();
    const saves: number[] = [];
    const store = Object.assign(Object.create(cache) as Cache, {saveAnalyses: (...args: Parameters<Cache['saveAnalyses']>) => (saves.push(args[0].length), cache.saveAnalyses(...args))});
    const analyser = new Analyser(
      {
        store: async () => store,
        extract: input => {
          // A feed arrives while the last article of the batch is extracted.
          if (input.title === 'Meldung 0') priority.enter();
          return found(input);
        },
        now: () => now,
      },
      {priority},
    );
    analyser.wake();
    for (let turn = 0; turn < 20; turn++) await new Promise(resolve => setImmediate(resolve));
    expect(saves).toEqual([]);
    expect(cache.pendingCount()).toBe(3);
    priority.leave();
    expect(await analyser.done()).toMatchObject({analysed: 3, total: 3});
    expect(saves).toEqual([3]);
    expect(cache.pendingCount()).toBe(0);
  });

  it('leaves an article the extractor fails on pending for the next run, and saves the others', async () => {
    const cache = storedUnanalysed(3);
    const failing = new Analyser({
      store: async () => cache,
      extract: input => {
        if (input.title === 'Meldung 1') throw new Error('Satzgrenze nicht gefunden');
        return found(input);
      },
      now: () => now,
    });
    failing.wake();
    expect(await failing.done()).toMatchObject({analysed: 2, failed: 1, firstError: 'Satzgrenze nicht gefunden'});
    expect(cache.pendingCount()).toBe(1);

    const next = new Analyser({store: async () => cache, extract: found, now: () => now});
    next.wake();
    expect(await next.done()).toMatchObject({analysed: 1, failed: 0});
    expect(cache.pendingCount()).toBe(0);
  });

  it('extracts groups of articles at once when it can, and an article a group fails on fails alone', async () => {
    const cache = storedUnanalysed(30);
    const groups: number[] = [];
    const analyser = new Analyser({
      store: async () => cache,
      extract: input => {
        if (input.title === 'Meldung 7') throw new Error('Satzgrenze nicht gefunden');
        return found(input);
      },
      extractMany: inputs => {
        groups.push(inputs.length);
        if (inputs.some(input => input.title === 'Meldung 7')) throw new Error('one of the group failed');
        return inputs.map(found);
      },
      now: () => now,
    });
    analyser.wake();
    expect(await analyser.done()).toMatchObject({analysed: 29, failed: 1, firstError: 'Satzgrenze nicht gefunden'});
    // 30 articles in groups, not one call each; the group holding the faulty one was read again one by one.
    expect(groups.length).toBeLessThan(10);
    expect(groups.reduce((sum, size) => sum + size, 0)).toBe(30);
    expect(cache.pendingCount()).toBe(1);
    expect(cache.countLatest({actorId: 'selenskyj'})).toBe(29);
  });

  it('does not save findings for an article whose text changed while it was analysed, but analyses the new text', async () => {
    const cache = storedUnanalysed(1);
    const feedId = cache.feeds()[0]!.id;
    const read: string[] = [];
    const analyser = new Analyser({
      store: async () => cache,
      extract: input => {
        read.push(input.title);
        // Another poll stores a new version of the article meanwhile.
        const item = makeItem({guid: 'a-0', title: 'Meldung 0, aktualisiert', published: '2025-11-12T08:00:00.000Z'});
        cache.storeArticles(feedId, [cache.prepareArticle({item, page: null, teaserOnly: false}, 'Test', now)], now);
        return found(input);
      },
      now: () => now,
    });
    analyser.wake();
    const report = await analyser.done();
    // The first findings were for a text no longer stored: dropped; the new version was read and saved.
    expect(read).toEqual(['Meldung 0', 'Meldung 0, aktualisiert']);
    expect(report.analysed).toBe(1);
    expect(cache.pendingCount()).toBe(0);
  });
});

describe('meetings merged in publication order after the analysis', () => {
  const withMeeting = (input: ExtractInput): Extraction => ({
    ...found(input),
    meetings: [{place: 'Genf', country: 'Schweiz', start: null, end: null, precision: 'unknown', status: 'planned', kind: 'talks', participants: [], evidence: `${input.title}: Gespräche in Genf geplant.`}],
  });

  it('merges the reports once more when newest-first batches put some out of order, and not after a single batch', async () => {
    for (const [articles, settles] of [[5, true], [2, false]] as const) {
      const cache = storedUnanalysed(articles);
      let settled = 0;
      const store = Object.assign(Object.create(cache) as Cache, {settleLate: (at: Date) => (cache.settleLate(at) ? (settled++, true) : false)});
      const analyser = new Analyser({store: async () => store, extract: withMeeting, now: () => now}, {batchSize: 2});
      analyser.wake();
      const report = await analyser.done();
      expect(report.settled, `${articles} articles`).toBe(settles);
      expect(settled).toBe(settles ? 1 : 0);
      // One meeting however the batches fell, with every article's report.
      expect(cache.meetings(now)).toHaveLength(1);
      expect(cache.meetingReports(cache.meetings(now)[0]!.id)).toHaveLength(articles);
    }
  });

  it('settles once, when the round asks, however often the analysis caught up with the reading meanwhile', async () => {
    // Feeds arrive one after another: each time the analysis runs out of work, and the older
    // articles that arrive next merge out of order. A settle at every pause would merge the
    // whole window again each time.
    const cache = storedUnanalysed(2);
    const feed = cache.ensureFeed({url: 'https://example.org/feed', name: 'Test', intervalMinutes: 15, fulltext: 'never'}, true);
    let settled = 0;
    const store = Object.assign(Object.create(cache) as Cache, {settleLate: (at: Date) => (cache.settleLate(at) ? (settled++, true) : false)});
    const analyser = new Analyser({store: async () => store, extract: withMeeting, now: () => now}, {batchSize: 2});
    analyser.wake();
    for (const hour of [6, 4, 2]) {
      // Let the running analysis drain before the next, older article arrives.
      while (cache.pendingCount() > 0) await new Promise(resolve => setTimeout(resolve, 5));
      await new Promise(resolve => setTimeout(resolve, 5));
      const item = makeItem({guid: `late-${hour}`, title: `Meldung von ${hour} Uhr`, published: new Date(Date.UTC(2025, 10, 12, hour)).toISOString()});
      cache.storeArticles(feed.id, [cache.prepareArticle({item, page: null, teaserOnly: false}, 'Test', now)], now);
      analyser.wake();
    }
    expect(settled).toBe(0);
    const report = await analyser.done();
    expect(report.settled).toBe(true);
    expect(settled).toBe(1);
    expect(cache.meetingReports(cache.meetings(now)[0]!.id)).toHaveLength(5);
  });
});
