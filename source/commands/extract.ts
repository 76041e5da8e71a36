// `talkwatch extract FILE`: the actors and meetings of one article, readable or as the JSON of
// corpus/FORMAT.md. The people the user added count, so `actors add` shows here at once.
import {UserActorsFile} from '../config/user-actors.js';
import {extract as extractArticle} from '../extract/index.js';
import {readArticleFile} from '../extract/input.js';
import {loadGazetteer} from '../extract/gazetteer.js';
import type {Extraction, Meeting} from '../extract/types.js';
import type {CommandContext, ExitCode} from './context.js';

export async function extract(ctx: CommandContext, file: string, options: {json?: boolean; published?: string}): Promise<ExitCode> {
  const input = readArticleFile(file, options.published);
  const result = extractArticle(input, loadGazetteer(UserActorsFile.open(ctx.paths.configDir).read()));
  if (options.json) {
    const actors = result.actors.map(({name, mentions, role, side}) => ({name, mentions, role, side}));
    ctx.stdout.write(`${JSON.stringify({actors, suggestions: result.suggestions, meetings: result.meetings})}\n`);
  } else {
    ctx.stdout.write(readable(result));
  }
  return 0;
}

function readable({actors, meetings}: Extraction): string {
  const lines = [`Actors (${actors.length})`];
  for (const actor of actors) lines.push(`  ${actor.name}${actor.role ? `, ${actor.role}` : ''}  ×${actor.mentions}`);
  lines.push('', `Meetings (${meetings.length})`);
  for (const meeting of meetings) {
    lines.push(`  ${describeDate(meeting)}  ${meeting.place ?? 'place unknown'}  ${meeting.kind}, ${meeting.status}`);
    if (meeting.participants.length) lines.push(`    with ${meeting.participants.join(', ')}`);
    lines.push(`    “${meeting.evidence}”`);
  }
  return `${lines.join('\n')}\n`;
}

function describeDate({start, end, precision}: Meeting): string {
  if (!start || precision === 'unknown') return 'date unknown';
  if (end && end !== start) return `${start}..${end}`;
  return precision === 'day' ? start : `${start} (${precision})`;
}
