// Reads one article file for `talkwatch extract`: a corpus .json (title, kicker, text,
// published), an HTML page, or plain text (n-tv page text or a bare body with --published).
import {readFileSync} from 'node:fs';
import {extname} from 'node:path';
import {pathToFileURL} from 'node:url';
import {extractArticlePage} from '../article/extract-page.js';
import {UsageError} from '../config/errors.js';
import {readPageText} from './page-text.js';
import type {ExtractInput} from './types.js';

// What a failed read says about the path, in words (the error codes mean little to a reader).
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not an article file',
  EACCES: 'permission denied',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The article in `file`; `published` (ISO 8601) overrides or supplies the date. */
export function readArticleFile(file: string, published?: string): ExtractInput {
  if (published !== undefined && !isIsoDate(published)) throw new UsageError(`--published: not an ISO 8601 date: ${published}`);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${READ_FAILURES[code ?? ''] ?? `cannot read (${code ?? String(error)})`}`);
  }
  const extension = extname(file).toLowerCase();
  const article = extension === '.json' ? fromJson(raw, file) : extension === '.html' || extension === '.htm' ? fromHtml(raw, file) : readPageText(raw);
  const date = published ?? article.published;
  if (!date) throw new UsageError(`${file} states no publication date: pass --published YYYY-MM-DD`);
  if (!article.text.trim()) throw new UsageError(`${file} holds no article text`);
  return {title: article.title, kicker: article.kicker, text: article.text, published: date};
}

type Article = {title: string; kicker: string | null; text: string; published: string | null};

function fromJson(raw: string, file: string): Article {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof record['text'] !== 'string') throw new UsageError(`${file} has no "text" string (expected an article as in corpus/FORMAT.md)`);
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  const published = text('published');
  if (published !== null && !isIsoDate(published)) throw new UsageError(`${file}: "published" is not an ISO 8601 date: ${published}`);
  return {title: text('title') ?? '', kicker: text('kicker') || null, text: record['text'], published};
}

function fromHtml(raw: string, file: string): Article {
  const page = extractArticlePage(raw, pathToFileURL(file).href);
  if (!page) throw new UsageError(`${file}: no article text found in the page`);
  return {title: page.title ?? '', kicker: page.kicker, text: page.text, published: page.published};
}

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}
