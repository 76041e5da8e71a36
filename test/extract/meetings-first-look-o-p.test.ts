import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// What first-look sets O and P (test/fixtures/firstlook-o, -p) showed talkwatch reading wrong, in
// sentences of our own. Wednesday 14.01.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-01-14') => extract({title: 'Diplomatie', text, published}).meetings;

describe('present passives, reports in the Perfekt, talks going on', () => {
  it('reads "Ungeachtet der Drohungen wird in Genf verhandelt" as talks going on, not planned; with a day ahead, planned', () => {
    expect(meetingsOf('Ungeachtet der Drohungen wird in Genf über einen Gefangenenaustausch verhandelt.')).toMatchObject([{place: 'Genf', status: 'ongoing', start: '2026-01-14'}]);
    expect(meetingsOf('Am Montag wird in Genf verhandelt.')).toMatchObject([{place: 'Genf', status: 'planned', start: '2026-01-19'}]);
  });

  it('does not date a meeting by "haben … bestätigt": a meeting confirmed is not one held', () => {
    expect(meetingsOf('Kiew und Moskau haben eine weitere Gesprächsrunde in Riad bestätigt.')[0]!.status).not.toBe('held');
    expect(meetingsOf('Der Kreml hat ein Telefonat zwischen Putin und Trump bestätigt.')).toMatchObject([{kind: 'call', status: 'held'}]);
  });

  it('reads "verhandeln heute in Washington weiter" as under way', () => {
    expect(meetingsOf('Die Delegationen aus Armenien und Aserbaidschan verhandeln heute in Washington weiter.')).toMatchObject([{place: 'Washington', status: 'ongoing'}]);
  });
});

describe('what follows, and what is off the table', () => {
  it('reads "Auf das Treffen in Paris folgen Verhandlungen in Abu Dhabi" as one meeting over and one ahead', () => {
    expect(meetingsOf('Auf das Treffen in Paris folgen Beratungen in Brüssel.').map(m => [m.place, m.status])).toEqual([
      ['Paris', 'held'], ['Brüssel', 'planned'],
    ]);
    expect(meetingsOf('Die Konferenz folgt auf Beratungen der Außenminister am Dienstag.')).toMatchObject([{status: 'held', start: '2026-01-13'}]);
  });

  it('reads a summit "vom Tisch" or "auf Eis" as called off', () => {
    expect(meetingsOf('Ein Treffen von Merz und Orbán ist vorerst vom Tisch.')).toMatchObject([{status: 'cancelled'}]);
    expect(meetingsOf('Die Konferenz in Helsinki ist auf Eis gelegt.')).toMatchObject([{place: 'Helsinki', status: 'cancelled'}]);
  });
});

// Sets Q and R (test/fixtures/firstlook-q, -r).
describe('a quoted word, and the day of a plan told in the past', () => {
  it('keeps one quoted word before a noun in its clause (ein „offenes“ Telefongespräch)', () => {
    expect(meetingsOf('Merz hat nach eigenen Worten ein „offenes“ Telefongespräch mit Erdoğan geführt.')).toMatchObject([
      {kind: 'call', status: 'held', participants: ['Friedrich Merz', 'Recep Tayyip Erdoğan']},
    ]);
  });

  it('dates a plan told in the past or called off ("Für Dienstag waren Treffen geplant") on the nearest such day', () => {
    expect(meetingsOf('Für Dienstag waren Gespräche mit Kanzler Merz vorgesehen.', '2026-01-19')).toMatchObject([{start: '2026-01-20'}]);
    expect(meetingsOf('Die für Donnerstag angesetzte Runde in Genf platzte.', '2026-01-17')).toMatchObject([{place: 'Genf', status: 'cancelled', start: '2026-01-15'}]);
    expect(meetingsOf('Das für Donnerstag geplante Treffen in Genf findet statt.', '2026-01-17')).toMatchObject([{start: '2026-01-22'}]);
  });
});

describe('hosts that offer themselves', () => {
  it('places an offer to host at the country or city that makes it, one meeting for each', () => {
    expect(meetingsOf('Sowohl Norwegen als auch Finnland haben angeboten, ein Treffen von Merz und Tusk auszurichten.').map(m => [m.place, m.status])).toEqual([
      ['Norwegen', 'proposed'], ['Finnland', 'proposed'],
    ]);
    expect(meetingsOf('Katar bietet sich als Gastgeber für Gespräche zwischen Rubio und Lawrow an.')).toMatchObject([{place: 'Katar', status: 'proposed'}]);
    // A country after a preposition is no host: "Gespräche mit Russland".
    expect(meetingsOf('Die USA haben angeboten, Gespräche mit Russland auszurichten.').map(m => m.place)).not.toContain('Russland');
  });
});

describe('the day of calling off', () => {
  it('does not date a visit by the day it "wurde am Sonntag abgesagt"; the plan keeps its day', () => {
    expect(meetingsOf('Für Dienstag war ein Treffen mit Kanzler Merz vorgesehen. Der Besuch wurde am Sonntag abgesagt.', '2026-01-19')).toMatchObject([
      {status: 'cancelled', start: '2026-01-20'},
    ]);
    expect(meetingsOf('Das Treffen am Sonntag wurde abgesagt.', '2026-01-19')).toMatchObject([{status: 'cancelled', start: '2026-01-18'}]);
  });
});

// Sets S and T (test/fixtures/firstlook-s, -t).
describe('what should have been, a landing, Weimar', () => {
  it('reads "hätte am Sonntag in Neu-Delhi Gespräche führen sollen" as called off', () => {
    expect(meetingsOf('Wadephul hätte am Sonntag und Montag in Neu-Delhi Gespräche führen sollen.', '2026-01-16')).toMatchObject([
      {place: 'Neu-Delhi', status: 'cancelled', start: '2026-01-18', end: '2026-01-19'},
    ]);
  });

  it('reads "landete Rubio am Morgen in Tokio" as an arrival in Peking', () => {
    expect(meetingsOf('Rubio ist zu einem Besuch in Japan eingetroffen. Nach Angaben der Regierung landete Rubio am Morgen in Tokio.')).toMatchObject([
      {kind: 'visit', place: 'Tokio', status: 'ongoing'},
    ]);
  });

  it('knows Weimar', () => {
    expect(meetingsOf('Merz und Macron treffen sich am Mittwoch in Weimar.')[0]).toMatchObject({place: 'Weimar', country: 'Deutschland'});
  });
});

describe('a date in the attribute of another noun', () => {
  it('leaves "der vor zehn Tagen von der EU präsentierte Entwurf" its date, not the talks named before it', () => {
    expect(meetingsOf('Im Mittelpunkt der Beratungen in Wien steht der vor zehn Tagen von der EU präsentierte Entwurf.').filter(m => m.start === '2026-01-04')).toEqual([]);
    expect(meetingsOf('Sie sprachen über die am Montag in Genf geführten Gespräche.')).toMatchObject([{place: 'Genf', start: '2026-01-12'}]);
  });
});

