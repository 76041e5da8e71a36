// Live tickers: "+++ HH:MM +++ Headline" starts an entry; each entry is the day's news.
import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Thursday 11.12.2025, evening, Berlin time.
const published = '2025-12-11T20:00:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Der Tag im Liveticker', text, published}).meetings;

describe('meetings in a live ticker', () => {
  it('dates an entry\'s talks on the ticker\'s day and keeps an earlier meeting in the same city apart', () => {
    const text =
      '+++ 19:05 +++ Gespräche beendet\nDie Verhandlungen der Delegationen aus Kiew und Washington in Riad sind zu Ende gegangen.\n\n' +
      '+++ 12:30 +++ Selenskyj in Riad\nSelenskyj war schon am Dienstag in Riad mit dem Kronprinzen Mohammed bin Salman zusammengetroffen.';
    const meetings = meetingsOf(text);
    expect(meetings.map(m => [m.place, m.start, m.status])).toEqual([
      ['Riad', '2025-12-11', 'held'],
      ['Riad', '2025-12-09', 'held'],
    ]);
  });

  it('reads an entry\'s headline and text as one meeting, and the clock time as no date', () => {
    const text =
      '+++ 15:40 +++ Macron lädt zur Videoschalte am Sonntag\nMacron will am Sonntag mit den Regierungschefs der EU per Video über die Lage beraten.\n\n' +
      '+++ 10:15 +++ Witkoff soll kommende Woche nach Moskau reisen\nDer US-Gesandte Witkoff wird kommende Woche in Moskau erwartet.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings[0]).toMatchObject({place: null, start: '2025-12-14', precision: 'day', status: 'planned'});
    expect(meetings[1]).toMatchObject({place: 'Moskau', start: '2025-12-15', status: 'planned'});
  });

  it('reads the ticker\'s own headline as the entry that tells the same call', () => {
    const text =
      '+++ 19:30 +++ Merz will am Abend telefonieren\nBundeskanzler Friedrich Merz will nach eigenen Angaben am Abend mit dem französischen Präsidenten telefonieren.\n\n' +
      '+++ 12:00 +++ Witkoff in Moskau erwartet\nDer US-Gesandte Witkoff wird kommende Woche in Moskau erwartet.';
    const calls = extract({title: 'Liveblog: ++ Merz will heute Abend mit Paris telefonieren ++', text, published}).meetings.filter(m => m.kind === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.participants).toEqual(expect.arrayContaining(['Friedrich Merz', 'Emmanuel Macron']));
  });
});
