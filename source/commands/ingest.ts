// What the feeds, poll, reindex and meetings commands open: the user's settings, the cache,
// and the real fetcher, parser, page reader and extractor for the poller. The extractor is the
// heavy part; open-ingest.ts has what a poll needs first and loads this file only when an
// article needs it.
import {readUserActors} from '../config/user-actors.js';
import {loadGazetteer} from '../extract/gazetteer.js';
import {extract, extractBatch} from '../extract/index.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import type {CommandContext} from './context.js';

export {openIngest, type Ingest} from './open-cache-and-settings.js';
export {pollDeps} from './open-ingest.js';

/** One article's extraction, and a group's at once (the analyser's; the same findings, cheaper). */
export type ArticleExtractors = {one: (input: ExtractInput) => Extraction; many: (inputs: readonly ExtractInput[]) => Extraction[]};

/** The extractors of the last call, and the people they were built for. */
let last: {actors: string; extractors: ArticleExtractors} | null = null;

/**
 * The extractor that fills the cache, knowing the people the user added (`actors add`). Built
 * again only when those changed: a poll loop or the dashboard asks for it every round, and a new
 * gazetteer is built and learnt again from its first articles (~0.5 s of CPU a round).
 */
export function articleExtractors(ctx: CommandContext): ArticleExtractors {
  const actors = readUserActors(ctx.paths.configDir);
  const key = JSON.stringify(actors);
  if (last?.actors !== key) {
    const gazetteer = loadGazetteer(actors);
    last = {actors: key, extractors: {one: input => extract(input, gazetteer), many: inputs => extractBatch(inputs, gazetteer)}};
  }
  return last.extractors;
}

export const articleExtractor = (ctx: CommandContext) => articleExtractors(ctx).one;
