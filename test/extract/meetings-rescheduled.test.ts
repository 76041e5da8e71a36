// A meeting put off: "verschoben" alone calls it off; "auf den 12. März verschoben" gives it a
// new date, so the old date is a meeting called off and the new one a meeting planned.
import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, title = 'Ukraine-Diplomatie') => extract({title, text, published}).meetings;

describe('meetings put off to a new date', () => {
  it('reads the old date as called off and the new one, ahead, as planned', () => {
    const meetings = meetingsOf('Das für Montag angesetzte Treffen der Sicherheitsberater in Helsinki ist auf den 9. Januar verschoben worden.');
    expect(meetings.map(m => [m.place, m.start, m.status])).toEqual([
      ['Helsinki', '2025-12-22', 'cancelled'],
      ['Helsinki', '2026-01-09', 'planned'],
    ]);
  });

  it('plans a meeting anew below a headline that only says it was put off', () => {
    const meetings = meetingsOf('Die Gespräche in Helsinki wurden auf Mitte Januar vertagt.', 'Gespräche in Helsinki verschoben');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Helsinki', start: '2026-01-11', precision: 'month-part', status: 'planned'});
  });

  it('still calls off a meeting put off for an unknown time', () => {
    expect(meetingsOf('Das Treffen in Helsinki wurde auf unbestimmte Zeit verschoben.')).toMatchObject([{place: 'Helsinki', status: 'cancelled'}]);
  });

  it('reads "verschoben – jetzt soll es der 5. Januar sein" as planned on the new date, "jetzt" being no day of it', () => {
    const title = 'Gipfel in Genf erneut verschoben – jetzt soll es der 5. Januar sein';
    const text = 'Das geplante Treffen in Genf ist erneut verschoben worden. Nach Angaben der Schweizer Regierung soll die Runde nun am 5. Januar stattfinden.';
    expect(meetingsOf(text, title)).toMatchObject([{place: 'Genf', start: '2026-01-05', end: null, status: 'planned'}]);
  });
});
