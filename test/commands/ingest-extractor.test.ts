// A poll loop and the dashboard ask for the extractor every round: it is built again only when
// the people the user added (`actors add`, maybe in another terminal) changed.
import {describe, expect, it} from 'vitest';
import {articleExtractor} from '../../source/commands/ingest.js';
import {resolveDataPaths} from '../../source/config/paths.js';
import {UserActorsFile} from '../../source/config/user-actors.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const article = {title: 'Gespräche in Genf', kicker: null, text: 'Der Unterhändler Hans Beispielmann reist am Donnerstag zu Gesprächen nach Genf.', published: '2025-11-10T07:00:00Z'};

describe('the extractor of a poll round', () => {
  it('is reused while the user\'s people stay the same, and knows a person added between two rounds', () => {
    const ctx = {paths: resolveDataPaths(tempDir()), stdout: process.stdout, stderr: process.stderr, now: () => new Date('2025-11-10T09:00:00Z')};
    const first = articleExtractor(ctx);
    expect(articleExtractor(ctx)).toBe(first);
    const ids = (extract: typeof first) => extract(article).actors.map(actor => actor.id);
    expect(ids(first)).toEqual(['unknown:hans-beispielmann']);

    UserActorsFile.open(ctx.paths.configDir).write([{name: 'Hans Beispielmann', aliases: [], side: 'DE'}]);
    const next = articleExtractor(ctx);
    expect(next).not.toBe(first);
    expect(ids(next)).toEqual(['hans-beispielmann']);
    expect(articleExtractor(ctx)).toBe(next);
  });
});
