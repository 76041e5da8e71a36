// Real German articles for the ingest bench: the development corpus (../shared/corpus/dev and
// dev2 beside the repository, read at bench time and never copied into it), cycled to as many
// items as a feed needs. Each copy gets its own guid and link and a sentence of its own, so
// every item is a new article to the cache and the bench measures extraction, not a cache.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {projectRoot} from '../bundle-entry.js';
import type {GeneratedArticle} from './prose.js';

/** Where the corpus lives: beside the repository, found relative to it. */
export const corpusRoot = join(projectRoot, '..', 'shared', 'corpus');

type CorpusArticle = {title: string; kicker?: string; published: string; text: string};

/** The corpus articles of these folders (NNN.json, not the .gold.json annotations), in name order. */
export function readCorpus(dirs: readonly string[]): CorpusArticle[] {
  return dirs.flatMap(dir =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter(name => /^\d+\.json$/.test(name))
          .sort()
          .map(name => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CorpusArticle)
      : [],
  );
}

/** Item `item` of feed `feed`: corpus article number (feed × items + item) mod the corpus size, varied. */
export function corpusArticleSource(corpus: readonly CorpusArticle[], itemsPerFeed: number): (feed: number, item: number) => GeneratedArticle {
  if (corpus.length === 0) throw new Error(`no corpus articles under ${corpusRoot} (dev, dev2)`);
  return (feed, item) => {
    const source = corpus[(feed * itemsPerFeed + item) % corpus.length]!;
    const own = `Diese Meldung trägt im Testlauf die Nummer ${item + 1} des Kanals ${feed + 1}.`;
    const paragraphs = source.text.split(/\n\s*\n/).map(paragraph => paragraph.trim()).filter(Boolean);
    return {
      guid: `bench-real-${feed}-${item}`,
      kicker: source.kicker || 'Politik',
      title: source.title,
      published: source.published,
      paragraphs: [...paragraphs, own],
    };
  };
}
