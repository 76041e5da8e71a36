// The digest: what changed in the talks since a time, as data. Pure: the command reads the cache
// and hands in meetings, their reports, people and articles; digest-format.ts writes it out.
import {daysUntil} from '../ui/format/time.js';
import type {ActorSummary, MeetingRow} from '../store/types.js';
import {type EventChanges, type Report, type SinceBy, countChanges, eventChanges} from './changes.js';
import {isNewPerson, isRising} from './marks.js';

/** How far ahead "upcoming" looks. */
export const UPCOMING_DAYS = 14;
/** Rows per list: a digest is read in a minute. */
const TOP = 5;

export type DigestMeeting = {
  meeting: MeetingRow;
  /** Null for an upcoming meeting that did not change. */
  changes: EventChanges | null;
  /** Links of the reports since `since` (all of them for an upcoming meeting), newest first. */
  sources: Array<{outlet: string; url: string; published: string}>;
};

export type DigestPerson = {id: string; name: string; mentions: number; rising: boolean; isNew: boolean};

/** An article since `since`, with what it reported. */
export type DigestArticleInput = {id: number; title: string; url: string | null; outlet: string; published: string; people: number};
export type DigestArticle = DigestArticleInput & {meetings: number};

export type Digest = {
  since: string;
  until: string;
  /** "2 new · 1 moved · 1 held"; empty when no meeting changed. */
  summary: string;
  changed: DigestMeeting[];
  upcoming: DigestMeeting[];
  people: DigestPerson[];
  rising: DigestPerson[];
  articles: DigestArticle[];
  /** Nothing changed and no article about the talks arrived. */
  nothingNew: boolean;
};

export type DigestInput = {
  since: string;
  now: Date;
  meetings: MeetingRow[];
  reports: ReadonlyMap<number, Report[]>;
  /** Mentions per person since `since`. */
  named: Array<{id: string; name: string; mentions: number}>;
  /** The Actors pane's summaries at `now`: for who rose, and who is new. */
  actors: ActorSummary[];
  /** The Berlin day of `since`: people first named on it or later are new. */
  sinceDay: string;
  articles: DigestArticleInput[];
  /** Since the last digest: what arrived since; since a date the user gave: what was published since. */
  by: SinceBy;
};

function sourcesOf(reports: readonly Report[], since: string | null, by: SinceBy = 'publication'): DigestMeeting['sources'] {
  const seen = new Set<string>();
  const links: DigestMeeting['sources'] = [];
  for (const report of [...reports].reverse()) {
    const at = by === 'arrival' ? (report.arrived ?? report.published) : report.published;
    if (!report.url || seen.has(report.url) || (since !== null && new Date(at) <= new Date(since))) continue;
    seen.add(report.url);
    links.push({outlet: report.outlet, url: report.url, published: report.published});
  }
  return links;
}

export function buildDigest(input: DigestInput): Digest {
  const {since, now, meetings, reports} = input;
  const changed: DigestMeeting[] = [];
  for (const meeting of meetings) {
    const theirs = reports.get(meeting.id) ?? [];
    const changes = eventChanges({id: meeting.id, kind: meeting.kind, reports: theirs}, since, input.by);
    if (changes) changed.push({meeting, changes, sources: sourcesOf(theirs, since, input.by)});
  }
  // New ones first, then the rest in the Meetings pane's order (upcoming soonest first).
  changed.sort((a, b) => Number(b.changes?.isNew) - Number(a.changes?.isNew));
  const upcoming = meetings
    .filter(meeting => meeting.shown === 'upcoming' && meeting.start !== null && daysUntil(meeting.start, now) <= UPCOMING_DAYS)
    .map(meeting => ({meeting, changes: null, sources: sourcesOf(reports.get(meeting.id) ?? [], null).slice(0, 3)}));

  const marks = new Map(input.actors.filter(actor => !actor.suggested).map(actor => [actor.id, actor]));
  const person = (id: string, name: string, mentions: number): DigestPerson => {
    const actor = marks.get(id);
    return {id, name, mentions, rising: actor ? isRising(actor) : false, isNew: actor ? isNewPerson(actor, input.sinceDay) : false};
  };
  const people = [...input.named].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'de')).slice(0, TOP).map(p => person(p.id, p.name, p.mentions));
  const rising = [...marks.values()]
    .filter(actor => isRising(actor) || isNewPerson(actor, input.sinceDay))
    .sort((a, b) => b.today - a.today || b.week - a.week)
    .slice(0, TOP)
    .map(actor => person(actor.id, actor.name, input.named.find(p => p.id === actor.id)?.mentions ?? actor.today));

  // The articles behind the changes count first: each report that brought a change, and every
  // report of a new meeting; then how many tracked people an article names.
  const reported = new Map<number, number>();
  for (const {changes, meeting} of changed) {
    const ids = changes?.isNew
      ? (reports.get(meeting.id) ?? []).map(report => report.articleId)
      : (changes?.changes ?? []).map(change => change.report.articleId);
    for (const id of new Set(ids)) reported.set(id, (reported.get(id) ?? 0) + 1);
  }
  const articles = input.articles
    .map(article => ({...article, meetings: reported.get(article.id) ?? 0}))
    .filter(article => article.meetings > 0 || article.people > 0)
    .sort((a, b) => b.meetings - a.meetings || b.people - a.people || b.published.localeCompare(a.published))
    .slice(0, TOP);

  return {
    since,
    until: now.toISOString(),
    summary: countChanges(changed.flatMap(entry => (entry.changes ? [entry.changes] : []))),
    changed,
    upcoming,
    people,
    rising,
    articles,
    nothingNew: changed.length === 0 && articles.length === 0,
  };
}
