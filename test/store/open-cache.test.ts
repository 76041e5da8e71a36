import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CacheError} from '../../source/config/errors.js';
import {openCache} from '../../source/store/open-cache.js';
import {migrations} from '../../source/store/migrations.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

describe('opening the cache', () => {
  it('creates a new cache at the latest schema version', () => {
    const db = openCache(join(tempDir(), 'nested', 'cache.db'));
    expect(db.pragma('user_version', {simple: true})).toBe(migrations.length);
    expect(db.pragma('journal_mode', {simple: true})).toBe('wal');
    db.close();
  });

  it('refuses a file that is not a database, names it, and leaves it untouched', () => {
    const file = join(tempDir(), 'cache.db');
    const content = 'Einkaufsliste: Brot, Käse, Milch\n'.repeat(200);
    writeFileSync(file, content);
    let error: unknown;
    try {
      openCache(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CacheError);
    expect((error as CacheError).message).toContain(file);
    expect((error as CacheError).message.split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('refuses a cache written by a newer talkwatch', () => {
    const file = join(tempDir(), 'cache.db');
    const db = openCache(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openCache(file)).toThrow(/newer talkwatch/);
  });
});
