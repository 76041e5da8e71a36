// German news days are Berlin days: an article at 00:30 CET belongs to the new day.
const format = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit'});

/** YYYY-MM-DD in Europe/Berlin, `offsetDays` days from `now`. */
export function berlinDay(now: Date, offsetDays = 0): string {
  return format.format(new Date(now.getTime() + offsetDays * 86_400_000));
}
