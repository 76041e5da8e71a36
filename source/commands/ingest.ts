// What the feeds, poll, reindex and meetings commands open: the user's settings, the cache,
// and the real fetcher, parser, page reader and extractor for the poller. The extractor is the
// heavy part; open-ingest.ts has what a poll needs first and loads this file only when an
// article needs it.
import {readUserActors} from '../config/user-actors.js';
import {type Gazetteer, loadGazetteer} from '../extract/gazetteer.js';
import {extract} from '../extract/index.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import type {CommandContext} from './context.js';

export {openIngest, type Ingest} from './open-cache-and-settings.js';
export {pollDeps} from './open-ingest.js';

let kept: {people: string; gazetteer: Gazetteer} | undefined;

/**
 * The extractor that fills the cache, knowing the people the user added (`actors add`). The
 * gazetteer is built again only when those people changed: `talkwatch poll` asks for an extractor
 * every round, and a new gazetteer throws away every matcher built for the old one (a few tenths
 * of a second, and garbage, per round).
 */
export function articleExtractor(ctx: CommandContext): (input: ExtractInput) => Extraction {
  const actors = readUserActors(ctx.paths.configDir);
  const people = JSON.stringify(actors);
  if (kept?.people !== people) kept = {people, gazetteer: loadGazetteer(actors)};
  const {gazetteer} = kept;
  return input => extract(input, gazetteer);
}
