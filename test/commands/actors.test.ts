import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {Cache} from '../../source/store/cache.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const actors = (dir: string, ...args: string[]) => runCli(['--data-dir', dir, 'actors', ...args]);

describe('talkwatch actors', () => {
  it('lists the bundled people without a cache', () => {
    const result = actors(tempDir(), 'list');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no cache yet');
    expect(result.stdout).toMatch(/Wolodymyr Selenskyj {2}\[UA\] {2}Präsident der Ukraine/);
  });

  it('adds, lists as JSON and removes a person', () => {
    const dir = tempDir();
    const added = actors(dir, 'add', 'Hans Beispielmann', '--alias', 'Beispielman', '--role', 'Berater', '--side', 'DE');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Now tracking Hans Beispielmann (id hans-beispielmann)');
    expect(JSON.parse(readFileSync(join(dir, 'actors.json'), 'utf8'))).toEqual({
      actors: [{name: 'Hans Beispielmann', aliases: ['Beispielman'], role: 'Berater', side: 'DE'}],
    });

    const listed = JSON.parse(actors(dir, 'list', '--json').stdout);
    expect(listed.actors).toContainEqual({id: 'hans-beispielmann', name: 'Hans Beispielmann', role: 'Berater', side: 'DE', added: true});
    expect(listed.actors).toContainEqual(expect.objectContaining({id: 'putin', added: false}));

    const removed = actors(dir, 'remove', 'hans-beispielmann');
    expect(removed.status).toBe(0);
    expect(JSON.parse(actors(dir, 'list', '--json').stdout).actors.map((actor: {id: string}) => actor.id)).not.toContain('hans-beispielmann');
  });

  it('removes by name or alias too', () => {
    const dir = tempDir();
    actors(dir, 'add', 'Erika Musterfrau', '--alias', 'Musterfrau');
    expect(actors(dir, 'remove', 'Musterfrau').status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'actors.json'), 'utf8')).actors).toEqual([]);
  });

  it('extends a bundled person with a spelling instead of adding a second one', () => {
    const dir = tempDir();
    expect(actors(dir, 'add', 'Selenskyj', '--alias', 'Zelenskiy').stdout).toContain('Updated Wolodymyr Selenskyj (id selenskyj)');
    const listed = JSON.parse(actors(dir, 'list', '--json').stdout).actors;
    expect(listed.filter((actor: {name: string}) => actor.name === 'Wolodymyr Selenskyj')).toHaveLength(1);
  });

  it('rejects mistakes with one line and exit code 2', () => {
    const dir = tempDir();
    for (const [args, message] of [
      [['add', 'Selenskyj'], 'already tracked'],
      [['add', ' '], 'is not a name'],
      [['remove', 'putin'], 'comes with talkwatch'],
      [['remove', 'Niemand'], 'no person you added'],
      [['add', 'Hans Beispielmann', '--side', 'XX'], 'side'],
    ] as const) {
      const result = actors(dir, ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toContain(message);
    }
  });

  it('shows mentions from the cache, and the people it suggests', () => {
    const dir = tempDir();
    const now = new Date();
    const cache = Cache.open(join(dir, 'cache.db'));
    const feed = cache.ensureFeed({url: 'https://example.org/feed.xml', name: 'Beispiel', intervalMinutes: 15, fulltext: 'never'}, true);
    const item = {guid: 'a1', url: 'https://example.org/a1', kicker: null, title: 'Gespräche in Genf', summary: 'Selenskyj in Genf.', contentHtml: null, published: now.toISOString(), categories: [], image: null};
    const {articleId} = cache.storeArticle(feed.id, {item, page: null, teaserOnly: true}, 'Beispiel', now);
    const actor = {id: 'selenskyj', name: 'Wolodymyr Selenskyj', role: 'Präsident der Ukraine', side: 'UA' as const, mentions: 3};
    cache.saveExtraction(articleId, {actors: [actor], suggestions: [{name: 'Hans Beispielmann', cue: 'Berater', mentions: 2}], meetings: []}, now.toISOString(), now);
    cache.close();

    const listed = JSON.parse(actors(dir, 'list', '--json').stdout);
    expect(listed.actors[0]).toEqual(expect.objectContaining({id: 'selenskyj', today: 3, week: 3}));
    expect(listed.actors.find((entry: {id: string}) => entry.id === 'putin')).toEqual(expect.objectContaining({today: 0, week: 0}));
    expect(listed.suggestions).toEqual([{name: 'Hans Beispielmann', today: 2, week: 2}]);
    expect(actors(dir, 'list').stdout).toContain('Hans Beispielmann');

    actors(dir, 'add', 'Hans Beispielmann');
    expect(JSON.parse(actors(dir, 'list', '--json').stdout).suggestions).toEqual([]);
  });

  it('counts a person added now in the cached articles that name them, and forgets them on remove', () => {
    const dir = tempDir();
    const now = new Date();
    const cache = Cache.open(join(dir, 'cache.db'));
    const feed = cache.ensureFeed({url: 'https://example.org/feed.xml', name: 'Beispiel', intervalMinutes: 15, fulltext: 'never'}, true);
    const store = (guid: string, summary: string) => {
      const item = {guid, url: `https://example.org/${guid}`, kicker: null, title: 'Ukraine-Diplomatie', summary, contentHtml: null, published: now.toISOString(), categories: [], image: null};
      cache.storeArticle(feed.id, {item, page: null, teaserOnly: true}, 'Beispiel', now);
    };
    store('named', 'Der Berater Hans Beispielmann reiste nach Genf. Beispielmanns Vorschlag fand Zustimmung.');
    store('other', 'Selenskyj sprach in Kiew über die Waffenruhe.');
    cache.close();
    const weekOf = (id: string) => JSON.parse(actors(dir, 'list', '--json').stdout).actors.find((entry: {id: string}) => entry.id === id)?.week;

    const added = actors(dir, 'add', 'Hans Beispielmann');
    expect(added.stdout).toContain('Now tracking Hans Beispielmann (id hans-beispielmann), counted in 1 cached article that names them');
    expect(weekOf('hans-beispielmann')).toBe(2);

    expect(actors(dir, 'remove', 'Hans Beispielmann').status).toBe(0);
    const reopened = Cache.open(join(dir, 'cache.db'));
    const left = reopened.actors(now).map(actor => actor.id);
    reopened.close();
    expect(left).not.toContain('hans-beispielmann');
  });

  it('reports a broken actors.json without touching it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'actors.json'), '{"actors": [');
    const result = actors(dir, 'list');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('actors.json: not valid JSON');
    expect(readFileSync(join(dir, 'actors.json'), 'utf8')).toBe('{"actors": [');
  });
});
