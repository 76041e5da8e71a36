import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meeting words and event identity that the twelfth round's first-look sets AA to AD showed
// talkwatch reading wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives
// another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('meeting verbs', () => {
  it('reads "weiterverhandelt" as talks going on', () => {
    expect(meetingsOf('Im Mai 2023 ist in Katar weiterverhandelt worden.')).toMatchObject([{kind: 'talks', place: 'Katar', status: 'held', start: '2023-05-01', precision: 'month'}]);
  });

  it('reads sitting at the negotiating table as talks', () => {
    expect(meetingsOf('In Istanbul sitzen Vertreter Armeniens und Aserbaidschans wieder am Verhandlungstisch.')).toMatchObject([{kind: 'talks', place: 'Istanbul'}]);
  });

  it('reads a body that "tagt" at a place as a meeting', () => {
    expect(meetingsOf('Am Montag tagen die Außenminister der G20 in Rom.')).toMatchObject([{place: 'Rom', status: 'planned', start: '2026-03-09'}]);
    expect(meetingsOf('Der Stadtrat tagt am Montag in Rom.')).toEqual([]);
  });

  it('reads "sich mit X austauschen" as talks, not an exchange of prisoners', () => {
    expect(meetingsOf('Tusk hatte sich am Samstag mit Bundeskanzler Merz ausgetauscht.')).toMatchObject([{kind: 'talks', status: 'held', start: '2026-02-28', participants: expect.arrayContaining(['Donald Tusk', 'Friedrich Merz'])}]);
    expect(meetingsOf('Russland und die Ukraine haben am Samstag in Istanbul Gefangene ausgetauscht.')).toEqual([]);
  });

  it('reads "etwas mit X besprochen" as talks', () => {
    expect(meetingsOf('Tusk hat den Plan im Januar mit Bundeskanzler Merz besprochen.')).toMatchObject([{kind: 'talks', status: 'held', start: '2026-01-01', precision: 'month', participants: expect.arrayContaining(['Donald Tusk', 'Friedrich Merz'])}]);
  });

  it('reads "begrüßt" a head of government as a visit', () => {
    expect(meetingsOf('Am Montag begrüßt Merz den polnischen Ministerpräsidenten Donald Tusk im Kanzleramt.')).toMatchObject([{kind: 'visit', status: 'planned', start: '2026-03-09', participants: expect.arrayContaining(['Donald Tusk', 'Friedrich Merz'])}]);
    expect(meetingsOf('Merz begrüßte am Montag in Berlin die Entscheidung des Präsidenten.')).toEqual([]);
  });
});

describe('meeting nouns', () => {
  it('reads a stop at a place as a visit', () => {
    expect(meetingsOf('Nach einem Stopp in Malta, wo die Lage in Libyen besprochen wurde, reiste Wadephul weiter.')).toMatchObject([{kind: 'visit', place: 'Malta'}]);
    expect(meetingsOf('Der Baustopp in Malta kam überraschend.')).toEqual([]);
    expect(meetingsOf('Sie forderten einen Stopp der Lieferungen an Israel.')).toEqual([]);
  });

  it('reads two counted rounds that took place as talks', () => {
    expect(meetingsOf('Zuletzt fanden zwei Runden in Doha statt, bei denen keine Einigung erzielt wurde.')).toMatchObject([{kind: 'talks', place: 'Doha', status: 'held'}]);
  });
});

describe('not meetings', () => {
  it('does not read many occasions at no place as a meeting, dated or not', () => {
    expect(meetingsOf('In seiner ersten Amtszeit 2015 hatte es mehrere solcher Treffen gegeben.')).toEqual([]);
    expect(meetingsOf('In den Wochen nach der Wahl am 12. Januar hatte es noch regelmäßig Unterredungen gegeben.')).toEqual([]);
    expect(meetingsOf('Seitdem haben sich beide mehrfach in Genf getroffen.')).toMatchObject([{place: 'Genf'}]);
  });

  it('does not read a visit to a protest as a visit', () => {
    expect(meetingsOf('Am Abend besuchte Tusk in Brüssel die Proteste der Landwirte.')).toEqual([]);
    expect(meetingsOf('Am Abend besuchte Tusk in Brüssel eine Kundgebung.')).toEqual([]);
  });
});

describe('event identity', () => {
  it('keeps a meeting "unabhängig davon" with other guests apart, on the same day and at the same place', () => {
    const meetings = meetingsOf('Am Montag verhandeln Rubio und Vance in Genf mit Araghtschi. Unabhängig davon wollen sich Rubio und Vance auch mit Umerow treffen.');
    expect(meetings).toHaveLength(2);
    expect(meetings[1]).toMatchObject({place: 'Genf', start: '2026-03-09', participants: expect.arrayContaining(['Rustem Umerow'])});
    expect(meetings[0]!.participants).not.toContain('Rustem Umerow');
  });

  it('reads "das Gespräch" right after a call as that call, not as talks of their own', () => {
    expect(meetingsOf('Tusk hat am Sonntag mit Macron telefoniert. Nach Angaben aus Warschau dauerte das Gespräch am Sonntagabend eine Stunde.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-03-01', participants: ['Donald Tusk', 'Emmanuel Macron']}]);
  });
});
