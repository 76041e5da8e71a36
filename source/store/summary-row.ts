// The columns of an ArticleSummary, shared by every query that lists articles.
import type {ArticleSummary} from './types.js';

/** Select list over `articles a`; the correlated subqueries only run for the rows returned. */
export const summaryColumns = `a.id, a.url, a.outlet, a.kicker, a.title, a.published, a.fetched, a.unread, a.teaser_only AS teaserOnly,
  (SELECT group_concat(actor_id, ' ') FROM mentions m WHERE m.article_id = a.id) AS actorIds,
  (SELECT count(*) FROM meetings mt WHERE mt.first_article_id = a.id) AS newMeetings`;

export type SummaryRecord = Omit<ArticleSummary, 'unread' | 'teaserOnly' | 'actorIds'> & {
  unread: number;
  teaserOnly: number;
  actorIds: string | null;
};

export function toSummary(record: SummaryRecord): ArticleSummary {
  return {...record, unread: record.unread === 1, teaserOnly: record.teaserOnly === 1, actorIds: record.actorIds?.split(' ') ?? []};
}
