// Reports for event-model tests: one meeting as an article of our own reported it.
import type {Report} from '../../source/events/types.js';
import type {Meeting} from '../../source/extract/types.js';

let nextArticle = 1;

/** A report published on `day` (10:00 Berlin) of a meeting in Genf unless told otherwise. */
export function report(day: string, evidence: string, meeting: Partial<Meeting> = {}, articleId = nextArticle++, index = 0): Report {
  return {
    articleId,
    index,
    published: new Date(`${day}T10:00:00+01:00`).toISOString(),
    meeting: {
      place: 'Genf',
      country: 'Schweiz',
      start: null,
      end: null,
      precision: 'unknown',
      status: 'planned',
      kind: 'talks',
      participants: [],
      evidence,
      ...meeting,
    },
  };
}

/** The day, or nothing, as a report gives it. */
export const on = (start: string, end: string | null = null): Partial<Meeting> => ({start, end, precision: end ? 'days' : 'day'});
