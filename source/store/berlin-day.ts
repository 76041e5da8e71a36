import {berlinDayOf} from '../extract/dates/berlin-time.js';

/** YYYY-MM-DD in Europe/Berlin, `offsetDays` days from `now`: German news days are Berlin days. */
export function berlinDay(now: Date, offsetDays = 0): string {
  return berlinDayOf(new Date(now.getTime() + offsetDays * 86_400_000));
}
