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

describe('a meeting under way whose date lies wholly behind the report', () => {
  const lead = 'Die Stimmung zwischen Berlin und Paris gilt als angespannt.\n\nStreit gibt es um Rüstungsprojekte.\n\nAuch beim Handel liegen die Positionen auseinander.\n\nBeobachter erwarten wenig.\n\n';

  it('makes the council "zuletzt im März 2025 zusammengekommen", joined to the talks begun today, held', () => {
    const text = `${lead}Kanzler Friedrich Merz und Präsident Emmanuel Macron haben mit zahlreichen Ministern in Saint-Malo Beratungen über die gemeinsame Verteidigung aufgenommen.\n\nZuletzt war der Ministerrat im März 2025 auf Schloss Meseberg zusammengekommen.`;
    const meetings = meetingsOf(text);
    expect(meetings.find(m => m.place === 'Meseberg')).toMatchObject({start: '2025-03-01', precision: 'month', status: 'held'});
  });

  it('keeps talks going "seit Dienstag" under way', () => {
    const meetings = meetingsOf('Seit Dienstag verhandeln in Genf wieder Delegationen aus Moskau und Kiew über einen Austausch von Gefangenen.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Genf', start: '2026-12-08', status: 'ongoing'});
  });
});
