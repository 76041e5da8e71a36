import type {ActorSummary} from '../../store/types.js';
import {type Column, row} from '../format/columns.js';
import {cell} from '../format/display.js';
import {sparkline} from '../format/sparkline.js';
import {articleTime} from '../format/time.js';
import {windowTop} from '../layout.js';
import {isNewPerson, isRising} from '../../follow/marks.js';
import {ListPane, type PaneProps} from './ListPane.js';

// name · role · side · today · 7 days · 14-day sparkline · last seen. Narrow panes drop the role.
const wideColumns: Column[] = [{width: 22}, {width: 0}, {width: 5}, {width: 3, align: 'right'}, {width: 4, align: 'right'}, {width: 14}, {width: 10}];
const narrowColumns: Column[] = [{width: 0}, {width: 5}, {width: 3, align: 'right'}, {width: 4, align: 'right'}, {width: 14}];

/** ✦ first named since the user last looked, ↑ rising (today ≥ 3× the 14-day average, and ≥ 3). */
export function personMark(actor: ActorSummary, sinceDay: string | null): string {
  if (sinceDay && isNewPerson(actor, sinceDay)) return '✦ ';
  return isRising(actor) ? '↑ ' : '';
}

export function actorLine(actor: ActorSummary, now: Date, width: number, sinceDay: string | null = null): string {
  // Suggested people are marked with "?" and say how to track them.
  const name = personMark(actor, sinceDay) + (actor.suggested ? '? ' : '') + cell(actor.name);
  const role = actor.suggested ? 'suggested — t tracks' : cell(actor.role);
  const counts = [String(actor.today), String(actor.week), sparkline(actor.daily)];
  if (width < 76) return row([name, actor.side ?? '', ...counts], narrowColumns, width);
  return row([name, role, actor.side ?? '', ...counts, articleTime(actor.lastSeen, now)], wideColumns, width);
}

type Props = PaneProps & {actors: ActorSummary[]; sinceDay?: string | null};

/** True when the list has people but none named in the last 14 days (a cache of old articles). */
export const nobodyLately = (actors: ActorSummary[]) => actors.length > 0 && actors.every(actor => actor.daily.every(n => n === 0));

export function Actors({actors, cursor, focused, width, rows, now, aside, sinceDay = null}: Props) {
  const top = windowTop(cursor, rows);
  const tracked = actors.filter(actor => !actor.suggested).length;
  const title = nobodyLately(actors)
    ? '2 Actors · nobody named in the last 14 days; by last mention'
    : `2 Actors (${tracked} tracked) · today / 7 days / 14 days`;
  return (
    <ListPane
      title={title}
      width={width}
      rows={rows}
      focused={focused}
      selected={cursor - top}
      items={actors.slice(top, top + rows).map(actor => ({key: actor.id, text: actorLine(actor, now, width - 1, sinceDay), dim: actor.suggested}))}
      aside={aside}
      empty="No actors yet — they appear as articles name them"
    />
  );
}
