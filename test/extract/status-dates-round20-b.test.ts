import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and dates of found meetings, round 20 (design half), counted by cause. Tested in
// sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting noun whose relative clause stands between it and its verb', () => {
  it('dates "Eine Runde in Wien, an der auch X teilnehmen dürfte, ist für kommende Woche im Gespräch" by the verb after the relative clause', () => {
    const meetings = meetingsOf('Eine neue Verhandlungsrunde in Wien, an der womöglich auch die Europäer teilnehmen dürften, ist laut Diplomaten für kommende Woche im Gespräch.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Wien', start: '2026-12-14', precision: 'month-part', status: 'proposed'});
  });

  it('dates a plan the same way: "Ein Gipfel in Oslo, zu dem X erwartet werden, ist für Ende Januar geplant"', () => {
    const meetings = meetingsOf('Ein Gipfel in Oslo, zu dem mehrere Regierungschefs erwartet werden, ist für Ende Januar geplant.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Oslo', start: '2027-01-21', precision: 'month-part', status: 'planned'});
  });

  it('does not give a meeting called off the day of calling it off: "…, über das X lange sprach, wurde im November abgesagt"', () => {
    const meetings = meetingsOf('Das in Wien angekündigte Folgetreffen, über das die Gastgeber wochenlang sprachen, wurde im November wieder abgesagt.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Wien', start: null, status: 'cancelled'});
  });
});
