import {copyFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const seed = new URL('../fixtures/seed-article.txt', import.meta.url);
const extract = (dir: string, ...args: string[]) => runCli(['--data-dir', dir, 'extract', ...args]);

const article = {
  url: 'https://www.n-tv.de/politik/beispiel',
  title: 'Rubio und Lawrow verhandeln in Riad',
  kicker: 'Ukraine-Krieg',
  published: '2025-02-18T15:00:00+01:00',
  text: 'In Riad haben Marco Rubio und Sergej Lawrow über ein Ende des Krieges beraten.\n\nDie Gespräche dauerten viereinhalb Stunden.',
};

describe('talkwatch extract', () => {
  it('prints the JSON of FORMAT.md for a corpus article', () => {
    const dir = tempDir();
    const file = join(dir, 'article.json');
    writeFileSync(file, JSON.stringify(article));
    const result = extract(dir, '--json', file);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.actors).toEqual(expect.arrayContaining([expect.objectContaining({name: 'Marco Rubio', mentions: 2}), expect.objectContaining({name: 'Sergej Lawrow'})]));
    expect(output.meetings).toEqual([
      expect.objectContaining({place: 'Riad', country: 'Saudi-Arabien', start: '2025-02-18', precision: 'day', status: 'held', kind: 'talks'}),
    ]);
    expect(output.meetings[0].participants).toEqual(['Marco Rubio', 'Sergej Lawrow']);
    expect(output.meetings[0].evidence).toContain('In Riad haben');
  });

  // The bundle keeps chrono's weekday reading out as the sources do (it is dropped by class name).
  it('dates a meeting "am Freitag," with a comma after the day', () => {
    const dir = tempDir();
    const file = join(dir, 'komma.txt');
    writeFileSync(file, 'Die Unterhändler treffen sich in Genf am Freitag, teilte das Außenministerium mit.\n');
    const result = extract(dir, '--json', '--published', '2025-12-20T10:00:00+01:00', file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).meetings).toEqual([expect.objectContaining({place: 'Genf', start: '2025-12-26', precision: 'day', status: 'planned'})]);
  });

  it('reads n-tv page text, dated by its date line, and prints it readable', () => {
    const dir = tempDir();
    const file = join(dir, 'seite.txt');
    copyFileSync(seed, file);
    const result = extract(dir, file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Actors (14)');
    expect(result.stdout).toContain('Meetings (4)');
    expect(result.stdout).toMatch(/2025-12-19 {2}Miami {2}talks, ongoing/);
  });

  it('takes the date of plain text from --published', () => {
    const dir = tempDir();
    const file = join(dir, 'body.txt');
    writeFileSync(file, 'Am Freitag telefonierte Donald Trump mit Wladimir Putin.');
    const output = JSON.parse(extract(dir, '--json', '--published', '2025-12-20', file).stdout);
    expect(output.meetings).toEqual([expect.objectContaining({kind: 'call', start: '2025-12-19', status: 'held'})]);
  });

  it('uses the people the user added', () => {
    const dir = tempDir();
    const file = join(dir, 'body.txt');
    writeFileSync(file, 'Die Unterhändlerin Hanna Beispielfrau traf sich am Freitag in Genf mit Steven Witkoff.');
    expect(runCli(['--data-dir', dir, 'actors', 'add', 'Hanna Beispielfrau', '--side', 'UA']).status).toBe(0);
    const output = JSON.parse(extract(dir, '--json', '--published', '2025-12-20', file).stdout);
    expect(output.actors.map((actor: {name: string}) => actor.name)).toContain('Hanna Beispielfrau');
    expect(output.meetings[0].participants).toContain('Hanna Beispielfrau');
  });

  it.each([
    ['a missing file', () => ['nowhere.json'], /no such file/],
    ['a folder', (dir: string) => [dir], /is a folder, not an article file/],
    ['bad JSON', (dir: string) => [write(dir, 'bad.json', '{"title": ')], /not valid JSON/],
    ['plain text without a date', (dir: string) => [write(dir, 'body.txt', 'Die Gespräche in Genf haben begonnen.')], /no publication date/],
    ['a malformed --published', (dir: string) => ['--published', 'gestern', write(dir, 'body.txt', 'Text.')], /not an ISO 8601 date/],
  ])('reports %s on one line with exit code 2', (_, args, message) => {
    const dir = tempDir();
    const result = extract(dir, ...args(dir));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});

function write(dir: string, name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
