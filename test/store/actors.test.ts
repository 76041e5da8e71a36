import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import {migrations} from '../../source/store/migrations.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {noFindings, storeWithFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const merz = {id: 'merz', name: 'Friedrich Merz', role: 'Bundeskanzler', side: 'DE' as const, mentions: 2};
let cache: Cache;
afterEach(() => cache.close());

const store = (guid: string, published: string, extraction: Extraction) => storeWithFindings(cache, guid, published, extraction, now);

const merzSummary = () => cache.actors(now).find(actor => actor.id === 'merz');

describe('the Actors pane counts', () => {
  it('drop an article that retention removed, and the person with it when nothing else names them', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    store('old', '2025-10-20T09:00:00+02:00', {...noFindings, actors: [merz], suggestions: [{name: 'Olha Stefanischyna', cue: 'Botschafterin', mentions: 1}]});
    store('new', '2025-11-12T09:00:00+01:00', {...noFindings, actors: [{...merz, mentions: 1}]});
    expect(merzSummary()?.week).toBe(1);
    // Retention of 14 days removes the October article; Merz still has today's mention.
    cache.applyRetention(14, now);
    expect(merzSummary()).toMatchObject({today: 1, week: 1});
    cache.applyRetention(0, new Date('2025-11-20T12:00:00Z'));
    expect(cache.actors(now)).toEqual([]);
  });

  it('put an article on its Berlin day: 00:30 CET, given by the feed in UTC, is the new day', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    store('midnight', '2025-11-11T23:30:00.000Z', {...noFindings, actors: [merz]});
    expect(merzSummary()).toMatchObject({today: 2});
    expect(merzSummary()?.daily.at(-1)).toBe(2);
  });

  it('do not count a person twice when one extraction names them twice', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    store('twice', '2025-11-12T09:00:00+01:00', {...noFindings, actors: [merz, {...merz, mentions: 5}]});
    expect(merzSummary()).toMatchObject({today: 5, week: 5});
  });

  it('follow a re-extraction that moves the mentions and after `reindex` cleared everything', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    const id = store('moved', '2025-11-12T09:00:00+01:00', {...noFindings, actors: [merz]});
    cache.saveExtraction(id, {...noFindings, actors: [{...merz, mentions: 4}]}, '2025-11-10T09:00:00+01:00', now);
    expect(merzSummary()).toMatchObject({today: 0, week: 4});
    expect(merzSummary()?.daily.at(-3)).toBe(4);
    cache.clearExtractions();
    expect(cache.actors(now)).toEqual([]);
  });

  it('include what a cache of the first schema already held when it is upgraded', () => {
    const file = join(tempDir(), 'cache.db');
    const old = new Database(file);
    old.exec(migrations[0]!);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO articles (id, guid, title, fetched, sort_time, content_hash, outlet) VALUES (1, 'g', 'Titel', ?, ?, 'h', 'n-tv.de')`).run(now.toISOString(), now.toISOString());
    old.prepare(`INSERT INTO mentions VALUES (1, 'merz', 'Friedrich Merz', 'Bundeskanzler', 'DE', 3, '2025-11-12')`).run();
    old.prepare(`INSERT INTO suggestions VALUES (1, 'Olha Stefanischyna', 'Botschafterin', 2, '2025-11-12')`).run();
    old.close();
    cache = Cache.open(file);
    expect(cache.actors(now).map(actor => [actor.name, actor.today, actor.suggested])).toEqual([
      ['Friedrich Merz', 3, false],
      ['Olha Stefanischyna', 2, true],
    ]);
  });
});

describe('last seen and a cache of old articles', () => {
  const at = (summary: {lastSeen: string | null} | undefined) => new Date(summary?.lastSeen ?? '').toISOString();

  it('last seen is the time of the latest article that names the person', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    store('early', '2025-11-12T07:00:00+01:00', {...noFindings, actors: [merz]});
    store('late', '2025-11-12T11:00:00+01:00', {...noFindings, actors: [merz], suggestions: [{name: 'Olha Stefanischyna', cue: 'Botschafterin', mentions: 1}]});
    store('other', '2025-11-12T12:30:00+01:00', noFindings);
    expect(at(merzSummary())).toBe('2025-11-12T10:00:00.000Z');
    expect(at(cache.actors(now).find(actor => actor.suggested))).toBe('2025-11-12T10:00:00.000Z');
  });

  it('without the times (Latest shows names only), the same people and counts, each last seen on its day', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    store('early', '2025-11-11T07:00:00+01:00', {...noFindings, actors: [merz]});
    store('late', '2025-11-12T11:00:00+01:00', {...noFindings, actors: [merz], suggestions: [{name: 'Olha Stefanischyna', cue: 'Botschafterin', mentions: 1}]});
    const withTimes = cache.actors(now);
    const daysOnly = cache.actors(now, false);
    const counts = (actors: typeof withTimes) => actors.map(({name, today, week, daily, suggested}) => ({name, today, week, daily, suggested}));
    expect(counts(daysOnly)).toEqual(counts(withTimes));
    expect(daysOnly.map(actor => [actor.lastSeen, actor.firstSeen])).toEqual([
      ['2025-11-12', null],
      ['2025-11-12', null],
    ]);
    expect(withTimes.map(actor => [actor.lastSeen, actor.firstSeen])).toEqual([
      ['2025-11-12T10:00:00.000Z', '2025-11-11'],
      ['2025-11-12T10:00:00.000Z', '2025-11-12'],
    ]);
  });

  it('with nobody named in the last 14 days, lists everybody the cache names, last mentioned first', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    const rubio = {id: 'rubio', name: 'Marco Rubio', role: 'US-Außenminister', side: 'US' as const, mentions: 1};
    store('sep', '2025-09-03T09:00:00+02:00', {...noFindings, actors: [rubio, merz]});
    store('oct', '2025-10-20T09:00:00+02:00', {...noFindings, actors: [merz], suggestions: [{name: 'Olha Stefanischyna', cue: 'Botschafterin', mentions: 1}]});
    const actors = cache.actors(now);
    expect(actors.map(actor => [actor.name, actor.suggested])).toEqual([
      ['Friedrich Merz', false],
      ['Marco Rubio', false],
      ['Olha Stefanischyna', true],
    ]);
    expect(at(actors[0])).toBe('2025-10-20T07:00:00.000Z');
    expect(at(actors[1])).toBe('2025-09-03T07:00:00.000Z');
    expect(actors.every(actor => actor.week === 0 && actor.daily.every(n => n === 0))).toBe(true);
  });
});
