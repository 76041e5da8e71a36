// The extractor `poll` asks for every round keeps its gazetteer between rounds, but a person the
// user adds in between (`actors add` in another terminal) is known from the next round on.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {articleExtractor} from '../../source/commands/ingest.js';
import type {CommandContext} from '../../source/commands/context.js';
import {UserActorsFile} from '../../source/config/user-actors.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const article = {
  title: 'Gespräche in Genf',
  text: 'Am Montag traf Selenskyj in Genf auch Beispielfrau, wie Diplomaten berichteten.',
  published: '2025-12-20T10:00:00+01:00',
};

function contextIn(configDir: string): CommandContext {
  return {paths: {configDir}} as unknown as CommandContext;
}

test('a person added between two rounds is found by the next round\'s extractor', () => {
  const configDir = mkdtempSync(join(tmpdir(), 'tw-extractor-'));
  dirs.push(configDir);
  const names = (ctx: CommandContext) => articleExtractor(ctx)(article).actors.map(actor => actor.name);
  expect(names(contextIn(configDir))).not.toContain('Kaja Beispielfrau');
  expect(names(contextIn(configDir))).toContain('Wolodymyr Selenskyj');
  UserActorsFile.open(configDir).write([{name: 'Kaja Beispielfrau', aliases: [], side: 'EU'}]);
  expect(names(contextIn(configDir))).toContain('Kaja Beispielfrau');
  UserActorsFile.open(configDir).write([]);
  expect(names(contextIn(configDir))).not.toContain('Kaja Beispielfrau');
});
