// `talkwatch actors`: the people talkwatch tracks (bundled and added by the user), with their
// mentions when a cache exists; `add` tracks a person (or promotes a suggested one), `remove`
// forgets one the user added.
import {existsSync} from 'node:fs';
import {UsageError} from '../config/errors.js';
import {UserActorsFile} from '../config/user-actors.js';
import {findPerson, loadGazetteer, personId, roleAt, type UserActor} from '../extract/gazetteer.js';
import {foldName} from '../extract/normalize.js';
import type {Side} from '../extract/types.js';
import {Cache} from '../store/cache.js';
import type {ActorSummary} from '../store/types.js';
import type {CommandContext, ExitCode} from './context.js';

type AddOptions = {alias: string[]; role?: string; side?: Side};

export async function addActor(ctx: CommandContext, fullName: string, options: AddOptions): Promise<ExitCode> {
  const name = fullName.trim().replace(/\s+/g, ' ');
  if (!/\p{L}{2}/u.test(name)) throw new UsageError(`"${fullName}" is not a name: give the person's full name`);
  const aliases = options.alias.map(alias => alias.trim()).filter(Boolean);
  const file = UserActorsFile.open(ctx.paths.configDir);
  const added = file.read();
  const mine = added.findIndex(actor => sameName(actor, name));
  const bundled = findPerson(loadGazetteer().people, name);
  if (mine < 0 && bundled && aliases.length === 0 && !options.role && !options.side) {
    throw new UsageError(`${bundled.name} is already tracked (id ${bundled.id}); give --alias, --role or --side to extend the entry`);
  }
  const previous = mine >= 0 ? added[mine]! : {name: bundled?.name ?? name, aliases: []};
  const actor: UserActor = {
    ...previous,
    aliases: [...new Set([...previous.aliases, ...aliases])],
    ...(options.role ? {role: options.role} : {}),
    ...(options.side ? {side: options.side} : {}),
  };
  if (mine >= 0) added[mine] = actor;
  else added.push(actor);
  file.write(added);
  const id = bundled?.id ?? personId(actor.name);
  const verb = mine >= 0 || bundled ? 'Updated' : 'Now tracking';
  const counted = await recountArticlesNaming(ctx, [actor.name, ...actor.aliases]);
  const where = counted === null ? '' : `, counted in ${counted} cached article${counted === 1 ? ' that names' : 's that name'} them`;
  ctx.stdout.write(`${verb} ${actor.name} (id ${id})${where}.\n`);
  return 0;
}

/**
 * Extracts again the cached articles whose text has the person's surname or an alias, so that a
 * person tracked now counts in what was read before, without a full `talkwatch reindex`. Null
 * when there is no cache yet.
 */
async function recountArticlesNaming(ctx: CommandContext, names: readonly string[]): Promise<number | null> {
  if (!existsSync(ctx.paths.cacheFile)) return null;
  const {reextract} = await import('./reindex.js');
  const cache = Cache.open(ctx.paths.cacheFile);
  try {
    // The last word is the surname for a full name; every inflection starts with it.
    return reextract(ctx, cache, [...new Set(names.map(name => name.trim().split(/\s+/).at(-1)!))]);
  } finally {
    cache.close();
  }
}

export async function removeActor(ctx: CommandContext, nameOrId: string): Promise<ExitCode> {
  const file = UserActorsFile.open(ctx.paths.configDir);
  const added = file.read();
  const index = added.findIndex(actor => personId(actor.name) === nameOrId || sameName(actor, nameOrId));
  if (index < 0) {
    const bundled = findPerson(loadGazetteer().people, nameOrId);
    if (bundled) throw new UsageError(`${bundled.name} comes with talkwatch and cannot be removed (only people you added can)`);
    throw new UsageError(`no person you added is called "${nameOrId}" (see talkwatch actors list)`);
  }
  const [removed] = added.splice(index, 1);
  file.write(added);
  await recountArticlesNaming(ctx, [removed!.name, ...removed!.aliases]);
  ctx.stdout.write(`Stopped tracking ${removed!.name}.\n`);
  return 0;
}

type ListedActor = {id: string; name: string; role: string | null; side: Side | null; added: boolean; today?: number; week?: number};

export async function listActors(ctx: CommandContext, options: {json?: boolean}): Promise<ExitCode> {
  const now = ctx.now();
  const day = now.toISOString().slice(0, 10);
  const gazetteer = loadGazetteer(UserActorsFile.open(ctx.paths.configDir).read());
  const counts = mentionCounts(ctx);
  const people: ListedActor[] = gazetteer.people.map(person => {
    const seen = counts?.find(summary => summary.id === person.id);
    return {
      id: person.id,
      name: person.name,
      role: roleAt(person, day),
      side: person.side,
      added: person.userAdded === true,
      ...(counts ? {today: seen?.today ?? 0, week: seen?.week ?? 0} : {}),
    };
  });
  if (counts) people.sort((a, b) => b.week! - a.week! || b.today! - a.today!);
  const suggested = (counts ?? []).filter(summary => summary.suggested && !findPerson(gazetteer.people, summary.name));
  if (options.json) {
    const suggestions = suggested.map(({name, today, week}) => ({name, today, week}));
    ctx.stdout.write(`${JSON.stringify({actors: people, suggestions}, null, 2)}\n`);
    return 0;
  }
  ctx.stdout.write(counts ? 'Tracked people (mentions today / last 7 days):\n' : 'Tracked people (no cache yet, so no mentions):\n');
  for (const person of people) ctx.stdout.write(`${describe(person)}\n`);
  if (suggested.length > 0) {
    ctx.stdout.write('\nSuggested (named in articles, not tracked; add with: talkwatch actors add "NAME"):\n');
    for (const {name, today, week} of suggested) ctx.stdout.write(`  ${name}  ${today}/${week}\n`);
  }
  return 0;
}

/** Mentions from the cache, when there is one: listing never creates a cache. */
function mentionCounts(ctx: CommandContext): ActorSummary[] | null {
  if (!existsSync(ctx.paths.cacheFile)) return null;
  const cache = Cache.open(ctx.paths.cacheFile);
  try {
    return cache.actors(ctx.now());
  } finally {
    cache.close();
  }
}

function describe(person: ListedActor): string {
  const counts = person.week === undefined ? '' : `${person.today}/${person.week}`;
  return ['', person.name, `[${person.side ?? '–'}]`, person.role ?? '', counts, person.added ? '(added by you)' : '']
    .filter((part, index) => index === 0 || part)
    .join('  ');
}

function sameName(actor: UserActor, name: string): boolean {
  const key = foldName(name);
  return foldName(actor.name) === key || actor.aliases.some(alias => foldName(alias) === key);
}
