import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// What first-look sets O and P (test/fixtures/firstlook-o, -p) showed talkwatch reading wrong, in
// sentences of our own. Wednesday 14.01.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-01-14') => extract({title: 'Diplomatie', text, published}).meetings;

describe('present passives, reports in the Perfekt, talks going on', () => {
  it('reads "Trotz der Angriffe wird in Genf verhandelt" as talks going on, not planned; with a day ahead, planned', () => {
    expect(meetingsOf('Trotz der Angriffe wird in Genf über ein Kriegsende verhandelt.')).toMatchObject([{place: 'Genf', status: 'ongoing', start: '2026-01-14'}]);
    expect(meetingsOf('Am Montag wird in Genf verhandelt.')).toMatchObject([{place: 'Genf', status: 'planned', start: '2026-01-19'}]);
  });

  it('does not date a meeting by "haben … bestätigt": a meeting confirmed is not one held', () => {
    expect(meetingsOf('Beide Seiten haben ein zweites Treffen in Abu Dhabi bestätigt.')[0]!.status).not.toBe('held');
    expect(meetingsOf('Der Kreml hat ein Telefonat zwischen Putin und Trump bestätigt.')).toMatchObject([{kind: 'call', status: 'held'}]);
  });

  it('reads "verhandeln heute in Abu Dhabi weiter" as under way', () => {
    expect(meetingsOf('Vertreter der Ukraine, Russlands und der USA verhandeln heute in Abu Dhabi weiter.')).toMatchObject([{place: 'Abu Dhabi', status: 'ongoing'}]);
  });
});

describe('what follows, and what is off the table', () => {
  it('reads "Auf das Treffen im Kreml folgen Verhandlungen in Abu Dhabi" as one meeting over and one ahead', () => {
    expect(meetingsOf('Auf das Treffen im Kreml folgen Verhandlungen in Abu Dhabi.').map(m => [m.place, m.status])).toEqual([
      ['Moskau', 'held'], ['Abu Dhabi', 'planned'],
    ]);
    expect(meetingsOf('Das Treffen folgt auf Gespräche mit Vertretern der Ukraine am Dienstag.')).toMatchObject([{status: 'held', start: '2026-01-13'}]);
  });

  it('reads a summit "vom Tisch" or "auf Eis" as called off', () => {
    expect(meetingsOf('Ein Gipfel zwischen Trump und Putin ist laut Berichten vom Tisch.')).toMatchObject([{status: 'cancelled'}]);
    expect(meetingsOf('Der Gipfel in Budapest liegt vorerst auf Eis.')).toMatchObject([{place: 'Budapest', status: 'cancelled'}]);
  });
});

// Sets Q and R (test/fixtures/firstlook-q, -r).
describe('a quoted word, and the day of a plan told in the past', () => {
  it('keeps one quoted word before a noun in its clause (ein „ausführliches“ Telefongespräch)', () => {
    expect(meetingsOf('Trump hat nach eigener Aussage ein „ausführliches“ Telefongespräch mit Xi Jinping geführt.')).toMatchObject([
      {kind: 'call', status: 'held', participants: ['Donald Trump', 'Xi Jinping']},
    ]);
  });

  it('dates a plan told in the past or called off ("Für Dienstag waren Treffen geplant") on the nearest such day', () => {
    expect(meetingsOf('Für Dienstag waren Treffen mit Steinmeier und Merz geplant.', '2026-01-19')).toMatchObject([{start: '2026-01-20'}]);
    expect(meetingsOf('Die für Donnerstag angesetzte Runde in Genf platzte.', '2026-01-17')).toMatchObject([{place: 'Genf', status: 'cancelled', start: '2026-01-15'}]);
    expect(meetingsOf('Das für Donnerstag geplante Treffen in Genf findet statt.', '2026-01-17')).toMatchObject([{start: '2026-01-22'}]);
  });
});

describe('hosts that offer themselves', () => {
  it('places an offer to host at the country or city that makes it, one meeting for each', () => {
    expect(meetingsOf('Sowohl die Schweiz als auch Serbien haben angeboten, ein Treffen zwischen Trump und Putin auszurichten.').map(m => [m.place, m.status])).toEqual([
      ['Schweiz', 'proposed'], ['Serbien', 'proposed'],
    ]);
    expect(meetingsOf('Die Türkei bietet sich als Gastgeber für ein Treffen von Putin und Selenskyj an.')).toMatchObject([{place: 'Türkei', status: 'proposed'}]);
    // A country after a preposition is no host: "Gespräche mit Russland".
    expect(meetingsOf('Die USA haben angeboten, Gespräche mit Russland auszurichten.').map(m => m.place)).not.toContain('Russland');
  });
});

describe('the day of calling off', () => {
  it('does not date a visit by the day it "wurde am Sonntag abgesagt"; the plan keeps its day', () => {
    expect(meetingsOf('Für Dienstag waren Treffen mit Steinmeier und Merz geplant. Der Besuch wurde am Sonntag abgesagt.', '2026-01-19')).toMatchObject([
      {status: 'cancelled', start: '2026-01-20'},
    ]);
    expect(meetingsOf('Das Treffen am Sonntag wurde abgesagt.', '2026-01-19')).toMatchObject([{status: 'cancelled', start: '2026-01-18'}]);
  });
});

// Sets S and T (test/fixtures/firstlook-s, -t).
describe('what should have been, a landing, Weimar', () => {
  it('reads "hätte am Sonntag in Peking Gespräche führen sollen" as called off', () => {
    expect(meetingsOf('Blinken hätte am Sonntag und Montag in Peking politische Gespräche führen sollen.', '2026-01-16')).toMatchObject([
      {place: 'Peking', status: 'cancelled', start: '2026-01-18', end: '2026-01-19'},
    ]);
  });

  it('reads "landete Blinken heute in Peking" as an arrival in Peking', () => {
    expect(meetingsOf('Blinken ist zu seinem Besuch in China eingetroffen. Wie das Staatsfernsehen berichtete, landete Blinken heute in Peking.')).toMatchObject([
      {kind: 'visit', place: 'Peking', status: 'ongoing'},
    ]);
  });

  it('knows Weimar', () => {
    expect(meetingsOf('Merz und Macron treffen sich am Mittwoch in Weimar.')[0]).toMatchObject({place: 'Weimar', country: 'Deutschland'});
  });
});

describe('a date in the attribute of another noun', () => {
  it('leaves "der vor drei Wochen von den USA vorgelegte Plan" its date, not the talks named before it', () => {
    expect(meetingsOf('Grundlage der Gespräche in Genf ist der vor drei Wochen von den USA vorgelegte Plan.').filter(m => m.start === '2025-12-24')).toEqual([]);
    expect(meetingsOf('Sie sprachen über die am Montag in Genf geführten Gespräche.')).toMatchObject([{place: 'Genf', start: '2026-01-12'}]);
  });
});

