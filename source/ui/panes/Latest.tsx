import type {ArticleSummary} from '../../store/types.js';
import {type Column, row} from '../format/columns.js';
import {cell} from '../format/display.js';
import {articleTime} from '../format/time.js';
import type {LatestWindow} from '../hooks/use-dashboard-data.js';
import {ListPane, type PaneProps} from './ListPane.js';

/** Short badges for tracked actors (suggested people get none): the surname is what headlines use. */
export function actorBadges(ids: string[], names: ReadonlyMap<string, string>): string {
  return ids.flatMap(id => names.get(id)?.split(' ').at(-1) ?? []).join(' ');
}

// unread · time · outlet · kicker: title · badges · new meetings. Narrow panes drop the outlet.
const wideColumns: Column[] = [{width: 1}, {width: 10}, {width: 8}, {width: 0}, {width: 18}, {width: 3, align: 'right'}];
const narrowColumns: Column[] = [{width: 1}, {width: 10}, {width: 0}, {width: 12}, {width: 3, align: 'right'}];

export function latestLine(article: ArticleSummary, names: ReadonlyMap<string, string>, now: Date, width: number): string {
  const headline = article.kicker ? `${cell(article.kicker)}: ${cell(article.title)}` : cell(article.title);
  const meetings = article.newMeetings > 0 ? `◆${article.newMeetings}` : '';
  const unread = article.unread ? '●' : ' ';
  const time = articleTime(article.published ?? article.fetched, now);
  const badges = actorBadges(article.actorIds, names);
  if (width < 90) return row([unread, time, headline, badges, meetings], narrowColumns, width);
  return row([unread, time, cell(article.outlet), headline, badges, meetings], wideColumns, width);
}

type Props = PaneProps & {
  window: LatestWindow;
  actorNames: ReadonlyMap<string, string>;
  /** What narrows the list (a search, a feed), shown in the title. */
  filter: string | null;
  /** Only articles about the talks (`v`). */
  talksView?: boolean;
};

/** A count read a moment after the rows shows "…" until then. */
const number = (count: number | null | undefined) => (count == null ? '…' : String(count));

/** "(230) · talks 41" for every article; "· talks 41 of 230" in the talks view: both counts show in both. */
function counts(window: LatestWindow, talksView: boolean | undefined): string {
  if (talksView && window.total !== undefined) return `· talks ${number(window.count)} of ${number(window.total)}`;
  return window.talks === undefined ? `(${number(window.count)})` : `(${number(window.count)}) · talks ${number(window.talks)}`;
}

export function Latest({window, cursor, focused, width, rows, now, actorNames, filter, aside, talksView}: Props) {
  const title = `1 Latest ${counts(window, talksView)}${filter ? ` · ${filter} · Esc clears` : ''}`;
  const empty = filter
    ? 'Nothing matches — Esc clears the filter'
    : talksView && (window.total ?? 0) > 0
      ? 'No article names a tracked person or reports a meeting — v shows all'
      : 'No articles yet — add a feed with a, or run talkwatch poll';
  return (
    <ListPane
      title={title}
      width={width}
      rows={rows}
      focused={focused}
      selected={cursor - window.top}
      items={window.rows.map(article => ({key: article.id, text: latestLine(article, actorNames, now, width - 1)}))}
      aside={aside}
      empty={empty}
    />
  );
}
