// The feeds talkwatch follows until the user chooses their own: feeds.json at the package root.
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {FeedConfig} from '../feeds/types.js';
import {UsageError} from './errors.js';
import {describeJsonError} from './json-position.js';

const fulltextModes = new Set(['auto', 'always', 'never']);

/**
 * feeds.json sits at the package root: one folder up from the bundled dist/*.js, two from this
 * source file when tests run it directly.
 */
export function defaultFeedsPath(): string {
  const candidates = ['../feeds.json', '../../feeds.json'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
  return candidates.find(candidate => existsSync(candidate)) ?? candidates[0]!;
}

/** Reads and checks the default feeds; a mistake in the file is a UsageError naming where it is. */
export function readFeedsFile(file: string = defaultFeedsPath()): FeedConfig[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the default feeds ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${describeJsonError(error as SyntaxError, text)}`);
  }
  const feeds = (data as {feeds?: unknown} | null)?.feeds;
  if (!Array.isArray(feeds)) throw new UsageError(`${file}: expected {"feeds": [...]} at the top`);
  return feeds.map((entry: unknown, index) => toFeedConfig(entry, `${file}: feeds[${index}]`));
}

/** Checks one {url, name, interval?, fulltext?} entry; `where` names it in the message. */
export function toFeedConfig(entry: unknown, where: string): FeedConfig {
  if (typeof entry !== 'object' || entry === null) throw new UsageError(`${where} must be an object with "url" and "name"`);
  const {url, name, interval = 15, fulltext = 'auto'} = entry as Record<string, unknown>;
  if (typeof url !== 'string' || url.trim() === '') throw new UsageError(`${where} needs a "url" string`);
  if (typeof name !== 'string' || name.trim() === '') throw new UsageError(`${where} (${url}) needs a "name" string`);
  if (typeof interval !== 'number' || !Number.isFinite(interval) || interval < 1) {
    throw new UsageError(`${where} (${name}): "interval" must be a number of minutes, 1 or more`);
  }
  if (typeof fulltext !== 'string' || !fulltextModes.has(fulltext)) {
    throw new UsageError(`${where} (${name}): "fulltext" must be "auto", "always" or "never"`);
  }
  return {url, name, intervalMinutes: interval, fulltext: fulltext as FeedConfig['fulltext']};
}
