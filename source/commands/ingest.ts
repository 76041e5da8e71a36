// What the feeds, poll, reindex and meetings commands open: the user's settings, the cache,
// and the real fetcher, parser, page reader and extractor for the poller. The extractor is the
// heavy part; open-ingest.ts has what a poll needs first and loads this file only when an
// article needs it.
import {readUserActors} from '../config/user-actors.js';
import {loadGazetteer} from '../extract/gazetteer.js';
import {extract} from '../extract/index.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import type {CommandContext} from './context.js';

export {openIngest, type Ingest} from './open-cache-and-settings.js';
export {pollDeps} from './open-ingest.js';

/** The extractor that fills the cache, knowing the people the user added (`actors add`). */
export function articleExtractor(ctx: CommandContext): (input: ExtractInput) => Extraction {
  const gazetteer = loadGazetteer(readUserActors(ctx.paths.configDir));
  return input => extract(input, gazetteer);
}
