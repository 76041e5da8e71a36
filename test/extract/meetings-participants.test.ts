import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Ukraine-Diplomatie', text, published}).meetings;

describe('who takes part in a meeting', () => {
  it('counts the person a relative clause hangs on: "Witkoff, der Putin … getroffen hatte"', () => {
    const [meeting, ...rest] = meetingsOf('Das sei ein gutes Zeichen, sagte Steve Witkoff, der Putin am Dienstag in Moskau getroffen hatte.');
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Moskau', start: '2025-12-16', status: 'held'});
    expect([...meeting!.participants].sort()).toEqual(['Steven Witkoff', 'Wladimir Putin']);
  });

  it('does not make the speaker a participant when the relative clause hangs on someone else', () => {
    const [meeting] = meetingsOf('Merz lobte den Einsatz von Rubio, der am Montag in Genf mit Umerow verhandelt hatte.');
    expect(meeting!.participants).not.toContain('Friedrich Merz');
    expect([...meeting!.participants].sort()).toEqual(['Marco Rubio', 'Rustem Umerow']);
  });

  it('places a meeting in a "wo" clause at the town just named, with the people of both clauses', () => {
    const meetings = meetingsOf('Selenskyj fliegt am Montag nach Ankara, wo er mit dem türkischen Präsidenten Erdoğan zusammentrifft.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Ankara', start: '2025-12-22', status: 'planned'});
    expect([...meetings[0]!.participants].sort()).toEqual(['Recep Tayyip Erdoğan', 'Wolodymyr Selenskyj']);
  });

  it('reads joined verb forms at the end of a subordinate clause and in a zu-infinitive', () => {
    const [held] = meetingsOf('Bekannt wurde erst jetzt, dass Witkoff am Dienstag in Moskau mit Uschakow zusammenkam.');
    expect(held).toMatchObject({place: 'Moskau', start: '2025-12-16', status: 'held'});
    expect([...held!.participants].sort()).toEqual(['Juri Uschakow', 'Steven Witkoff']);
    const [planned] = meetingsOf('Rubio kündigte an, am Montag in Riad mit Lawrow zusammenzutreffen.');
    expect(planned).toMatchObject({place: 'Riad', start: '2025-12-22', status: 'planned'});
  });

  it('keeps a list of leaders together when an item starts with an article and a role', () => {
    const [trip] = meetingsOf('Am Dienstag waren Merz, der französische Präsident Macron und Polens Regierungschef Tusk gemeinsam nach Kiew gereist.');
    expect(trip).toMatchObject({place: 'Kiew', start: '2025-12-16'});
    expect([...trip!.participants].sort()).toEqual(['Donald Tusk', 'Emmanuel Macron', 'Friedrich Merz']);
  });

  it('takes "er" who meets to be the person the sentence before began with', () => {
    const [visit] = meetingsOf('Ungarns Regierungschef Viktor Orbán gab sich zuversichtlich. In Budapest empfing er am Montag den ukrainischen Außenminister Sybiha.');
    expect(visit).toMatchObject({place: 'Budapest', start: '2025-12-15'});
    expect([...visit!.participants].sort()).toEqual(['Andrij Sybiha', 'Viktor Orbán']);
  });

  it('reads a sentence that begins by asking whether they meet as no meeting', () => {
    expect(meetingsOf('Ob Witkoff dabei auch mit Putin zusammentrifft, ist offen.')).toEqual([]);
  });

  it('does not count the one talks are held for ("für US-Präsident X") as a participant', () => {
    const [meeting] = meetingsOf('Am Freitag kam Witkoff in Doha mit Rustem Umerow zusammen. Witkoff, der für US-Präsident Donald Trump die Gespräche führt, will danach weiterreisen.');
    expect(meeting!.participants).not.toContain('Donald Trump');
    expect(meeting!.participants).toEqual(expect.arrayContaining(['Steven Witkoff', 'Rustem Umerow']));
  });

  it('reads "Die beiden" who met as the two people the sentence before named', () => {
    const text = 'Die Fäden laufen bei Rustem Umerow und seinem Gegenüber Wladimir Medinski zusammen. Die beiden hatten sich zuletzt im November in Istanbul getroffen.';
    const [meeting] = meetingsOf(text);
    expect(meeting).toMatchObject({place: 'Istanbul', status: 'held'});
    expect([...meeting!.participants].sort()).toEqual(['Rustem Umerow', 'Wladimir Medinski']);
  });

  it('does not count the one who stays away from the meeting', () => {
    const text = 'Am Montag treffen sich Rubio und Sybiha in Genf. Lawrow bleibt dem Treffen fern.';
    const [meeting, ...rest] = meetingsOf(text);
    expect(rest).toEqual([]);
    expect(meeting!.participants).not.toContain('Sergej Lawrow');
  });

  it('reads two leaders signing together at a place as a meeting', () => {
    const [meeting] = meetingsOf('Im Mai unterzeichneten Selenskyj und Merz in Straßburg ein Abkommen.');
    expect(meeting).toMatchObject({place: 'Straßburg', status: 'held'});
    expect([...meeting!.participants].sort()).toEqual(['Friedrich Merz', 'Wolodymyr Selenskyj']);
  });

  it('does not read one signature as a meeting', () => {
    expect(meetingsOf('Am Montag unterschrieb Selenskyj in Kiew ein Gesetz.')).toEqual([]);
  });

  it('shares place and date across a semicolon with "ihm gegenüber saßen …", the pronoun taking part', () => {
    const [meeting, ...rest] = meetingsOf('In Genf führte am Dienstag Umerow die Delegation; ihm gegenüber saßen Witkoff und Kushner.');
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Genf', start: '2025-12-16', status: 'held'});
    expect([...meeting!.participants].sort()).toEqual(['Jared Kushner', 'Rustem Umerow', 'Steven Witkoff']);
  });

  it('reads "ich" in an interview answer as the person who labels it, and not the interviewer who asks', () => {
    const text = [
      'Der Minister war zu Gast im Studio. Das Gespräch führte Markus Preiß.',
      'Preiß: Herr Wadephul, fahren Sie bald nach Warschau?',
      'Wadephul: Ich werde am Montag nach Warschau reisen und dort Radosław Sikorski treffen.',
    ].join('\n\n');
    const [meeting, ...rest] = meetingsOf(text);
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Warschau', status: 'planned'});
    expect([...meeting!.participants].sort()).toEqual(['Johann Wadephul', 'Radosław Sikorski']);
  });

  it('takes the person a relative "den ich … treffen werde" hangs on as a participant', () => {
    const text = 'Wadephul: Wir reden auch mit dem Außenminister Rubio, den ich im Februar am Rande der Sicherheitskonferenz in München treffen werde.';
    const [meeting] = meetingsOf(text);
    expect(meeting).toMatchObject({place: 'München', start: '2026-02-01', status: 'planned'});
    expect([...meeting!.participants].sort()).toEqual(['Johann Wadephul', 'Marco Rubio']);
  });

  it('takes the leaders of "Gespräche …, die, geleitet von X und Y, …" as participants', () => {
    const [meeting] = meetingsOf('Im Juni folgten Gespräche in Istanbul, die, geleitet von Umerow und Medinski, nach einer Stunde endeten.');
    expect(meeting).toMatchObject({place: 'Istanbul', status: 'held'});
    expect([...meeting!.participants].sort()).toEqual(['Rustem Umerow', 'Wladimir Medinski']);
  });

  it('takes the people of a relative clause with "zwischen" or a handshake as participants', () => {
    const [talks] = meetingsOf('Man blickt auf die Gespräche, die am Montag in Genf zwischen Rubio und Umerow geführt wurden.');
    expect([...talks!.participants].sort()).toEqual(['Marco Rubio', 'Rustem Umerow']);
    const [summit] = meetingsOf('Der Gipfel in Anchorage im August, bei dem Trump Putin die Hand reichte, gilt als Wendepunkt.');
    expect([...summit!.participants].sort()).toEqual(['Donald Trump', 'Wladimir Putin']);
  });

  it('adds who takes part, leads or is sent to the meeting just told, without opening another', () => {
    const text = 'Am Donnerstag treffen sich die Außenminister der OSZE in Wien. Den Vorsitz führt Elina Valtonen. Für Deutschland nimmt Johann Wadephul teil, die Ukraine vertritt Andrij Sybiha.';
    const [meeting, ...rest] = meetingsOf(text);
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Wien', status: 'planned'});
    expect([...meeting!.participants].sort()).toEqual(['Andrij Sybiha', 'Elina Valtonen', 'Johann Wadephul']);
  });

  it('does not read taking part without a meeting told before as a meeting', () => {
    expect(meetingsOf('Für Deutschland nimmt Johann Wadephul teil.')).toEqual([]);
  });

  it('does not count the author of the plan discussed as a participant', () => {
    const [meeting] = meetingsOf('In Genf verhandeln am Montag Umerow und Witkoff über den Friedensplan von US-Präsident Trump.');
    expect([...meeting!.participants].sort()).toEqual(['Rustem Umerow', 'Steven Witkoff']);
  });
});
