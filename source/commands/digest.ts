// `talkwatch digest`: what changed in the talks since the last digest (at most a week), or since
// --since; for the terminal, mail (--markdown) or scripts (--json). Runs from cron: no terminal
// needed, colour only on one, exit 0 also when nothing is new.
import {UsageError} from '../config/errors.js';
import {type DigestArticleInput, buildDigest} from '../follow/digest.js';
import {type DigestFormat, formatDigest} from '../follow/digest-format.js';
import {FollowFile} from '../follow/follow-file.js';
import {berlinDay} from '../store/berlin-day.js';
import {Cache} from '../store/cache.js';
import {allMeetingReports} from '../store/meeting-history.js';
import type {CommandContext, ExitCode} from './context.js';

const WEEK_MS = 7 * 86_400_000;

/** "24h", "7d", "90m", or a date ("2025-11-12", "2025-11-12T18:40"); a clear error otherwise. */
export function parseSince(text: string, now: Date): Date {
  const span = /^(\d+)\s*([mhd])$/i.exec(text.trim());
  if (span) {
    const unit = {m: 60_000, h: 3_600_000, d: 86_400_000}[span[2]!.toLowerCase() as 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(span[1]) * unit);
  }
  // A bare date is the start of that day, local time, as a person means it.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? new Date(`${text.trim()}T00:00:00`) : new Date(text.trim());
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim()) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--since takes a span such as 24h or 7d, or a date such as 2025-11-12; "${text}" is neither`);
  }
  if (date > now) throw new UsageError(`--since ${text} is in the future`);
  return date;
}

type Options = {since?: string; markdown?: boolean; json?: boolean};

export async function digest(ctx: CommandContext, options: Options): Promise<ExitCode> {
  if (options.markdown && options.json) throw new UsageError('choose one of --markdown and --json');
  const now = ctx.now();
  const follow = FollowFile.open(ctx.paths.configDir);
  // Without --since: since the last digest, but never more than a week back.
  const last = follow.read().lastDigest;
  const since = options.since
    ? parseSince(options.since, now)
    : new Date(Math.max(now.getTime() - WEEK_MS, last ? new Date(last).getTime() : 0));
  const cache = Cache.open(ctx.paths.cacheFile);
  try {
    const sinceIso = since.toISOString();
    const sinceDay = berlinDay(since);
    const named = cache.db
      .prepare(`SELECT actor_id AS id, max(name) AS name, sum(n) AS mentions FROM actor_days WHERE day >= ? AND actor_id NOT LIKE 'unknown:%' GROUP BY actor_id`)
      .all(sinceDay) as Array<{id: string; name: string; mentions: number}>;
    // Since the last digest: what arrived since (an article published a little earlier is news
    // too); since a date the user gave: what was published since.
    const by = options.since ? 'publication' : 'arrival';
    const articles = cache.db
      .prepare(
        `SELECT a.id, a.title, a.url, a.outlet, a.sort_time AS published,
           (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.actor_id NOT LIKE 'unknown:%') AS people
         FROM articles a WHERE ${by === 'publication' ? 'a.sort_time' : 'a.fetched'} > ? ORDER BY a.sort_time DESC`,
      )
      .all(sinceIso) as DigestArticleInput[];
    const result = buildDigest({
      since: sinceIso,
      now,
      meetings: cache.meetings(now),
      reports: allMeetingReports(cache.db),
      named,
      actors: cache.actors(now),
      sinceDay,
      articles,
      by,
    });
    const format: DigestFormat = options.json ? 'json' : options.markdown ? 'markdown' : 'text';
    const stdout = ctx.stdout as NodeJS.WriteStream;
    const colour = format === 'text' && Boolean(stdout.isTTY) && !process.env['NO_COLOR'];
    ctx.stdout.write(formatDigest(result, format, now, colour));
  } finally {
    cache.close();
  }
  // The next default digest starts here; one asked for a span of its own leaves that alone.
  if (!options.since) follow.update(state => ({...state, lastDigest: now.toISOString()}));
  return 0;
}
