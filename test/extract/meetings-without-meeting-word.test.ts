import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, title = 'Ukraine-Diplomatie') => extract({title, text, published}).meetings;

describe('meetings told without a meeting word', () => {
  it('reads people at a seat of government on a chronology line as a meeting held that day', () => {
    const text = 'Chronik\n3. Oktober – Umerow und Witkoff im Weißen Haus\n9. November – Selenskyj bei Trump in Mar-a-Lago';
    expect(meetingsOf(text)).toMatchObject([
      {place: 'Washington', start: '2025-10-03', precision: 'day', status: 'held'},
      {place: 'Palm Beach', start: '2025-11-09', precision: 'day', status: 'held'},
    ]);
  });

  it('does not read a leader at home in a city on a chronology line as a meeting', () => {
    expect(meetingsOf('Chronik\n12. Oktober – Selenskyj in Kiew')).toEqual([]);
  });

  it('reads leaders acting "gemeinsam mit" each other at a seat of government as met, whatever they offered', () => {
    const [meeting, ...rest] = meetingsOf('Merz hat am Dienstag im Élysée-Palast gemeinsam mit Emmanuel Macron neue Hilfen in Aussicht gestellt.');
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Paris', start: '2025-12-16', status: 'held'});
    expect(meeting!.participants).toEqual(expect.arrayContaining(['Friedrich Merz', 'Emmanuel Macron']));
  });

  it('does not read a joint appearance in a city as a meeting', () => {
    expect(meetingsOf('Merz will in Hamburg gemeinsam mit Macron eine Rede halten.')).toEqual([]);
  });

  it('reads talks that "go on" at a place as a meeting, only possible with "womöglich"', () => {
    expect(meetingsOf('Nach Weihnachten soll es weitergehen, diesmal womöglich in Genf.')).toMatchObject([{place: 'Genf', status: 'proposed'}]);
    expect(meetingsOf('Der Krieg wird in Donezk weitergehen.')).toEqual([]);
  });

  it('reads "soll es weitergehen" beside talks as those talks going on, not another meeting', () => {
    const meetings = meetingsOf('Die Gespräche in Miami dauerten bis in die Nacht.', 'Witkoff und Umerow beraten stundenlang in Miami – am Montag soll es weitergehen');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Miami'});
  });

  it('reads sitting at a seat of government, flanked by others, as a meeting there, apart from the one told before', () => {
    const text = 'Trump empfing Putin auf einem Stützpunkt in Alaska. Drei Tage später saß Selenskyj im Weißen Haus, flankiert von Merz und Macron.';
    const meetings = extract({title: 'Rückblick', text, published: '2025-12-20T10:00:00+01:00'}).meetings;
    expect(meetings.map(m => m.place)).toEqual(['USA', 'Washington']);
    expect([...meetings[1]!.participants].sort()).toEqual(['Emmanuel Macron', 'Friedrich Merz', 'Wolodymyr Selenskyj']);
  });

  it('reads several sides talking or discussing at a place as talks there, but not one government speaking', () => {
    const published = '2025-12-20T10:00:00+01:00';
    const text = 'Am Donnerstag wollen Vertreter Ägyptens, Katars und der USA in Kairo die Überwachung besprechen. Im Januar sprachen beide Seiten in Astana über Gefangene.';
    const meetings = extract({title: 'Gaza', text, published}).meetings;
    expect(meetings.map(m => [m.place, m.status])).toEqual([['Kairo', 'planned'], ['Astana', 'held']]);
    expect(extract({title: 'Gaza', text: 'Der Sprecher sprach am Montag in Kairo über die Lage.', published}).meetings).toEqual([]);
  });
});
