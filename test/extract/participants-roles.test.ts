import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

const published = '2025-12-20T21:16:00+01:00';
const peopleOf = (text: string) => extract({title: 'Diplomatie', text, published}).meetings.map(m => [...m.participants].sort());

describe('who takes part, and who only tells or is named beside', () => {
  it('takes the speaker of "hat mitgeteilt, er habe … telefoniert" as a party to the call', () => {
    expect(peopleOf('Bundeskanzler Friedrich Merz hat am Freitag mitgeteilt, er habe mit dem französischen Präsidenten Emmanuel Macron telefoniert.')).toEqual([
      ['Emmanuel Macron', 'Friedrich Merz'],
    ]);
  });

  it('does not count the source of "laut …" or "… zufolge" as a participant', () => {
    expect(peopleOf('Laut Selenskyj könnten bei einem Treffen in Genf auch europäische Vertreter dabei sein.')).toEqual([[]]);
    expect(peopleOf('Peskow zufolge trifft Putin den Gesandten Witkoff am Montag im Kreml.')).toEqual([['Steven Witkoff', 'Wladimir Putin']]);
  });

  it('does not count the person a relation points to ("Schwiegersohn von …")', () => {
    expect(peopleOf('Rustem Umerow traf in Genf den Schwiegersohn von US-Präsident Donald Trump.')).toEqual([['Rustem Umerow']]);
  });

  it('reads "der 78-Jährige" as the person the sentence before named', () => {
    expect(peopleOf('Donald Trump äußerte sich zufrieden. Der 79-Jährige will kommende Woche nach Katar reisen.')).toEqual([['Donald Trump']]);
  });
});

describe('who comments on a meeting', () => {
  it('does not count who speaks about talks named as a noun', () => {
    expect(peopleOf('Nach den Beratungen in Genf am Donnerstag erklärte Präsident Wolodymyr Selenskyj in Kiew, nun gehe es um die Einzelheiten.')).toEqual([[]]);
    expect(peopleOf('Selenskyj stellt den Zeitplan der Gespräche in Genf infrage.')).toEqual([[]]);
  });

  it('still counts who speaks during a visit as its guest', () => {
    expect(peopleOf('Das sagte Trump am Donnerstag während eines Besuchs in Katar.')).toEqual([['Donald Trump']]);
  });
});

describe('who is meant by "beide" and "seinem Amtskollegen"', () => {
  it('takes the last two people named over two sentences for "Beide … an Gesprächen beteiligt"', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'Putin hat am Dienstag in Moskau den Gesandten Steve Witkoff empfangen. An der Beratung nimmt auch Jared Kushner teil. Beide waren zuvor an Gesprächen in Genf beteiligt.',
      published,
    }).meetings;
    expect([...meetings.find(m => m.place === 'Genf')!.participants].sort()).toEqual(['Jared Kushner', 'Steven Witkoff']);
  });

  it('counts who meets their counterpart ("mit Witkoffs Amtskollegen")', () => {
    expect(peopleOf('Für Montag ist in Berlin ein Treffen mit Witkoffs Amtskollegen aus Frankreich geplant.')).toEqual([['Steven Witkoff']]);
  });
});

describe('the subject before an apposition', () => {
  it('takes the people before the commas of an apposition as the subject of a clause that begins with its verb', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'In Genf verhandeln am Dienstag die Delegationen beider Länder. Der Gesandte Steve Witkoff und Jared Kushner, der Schwiegersohn von US-Präsident Donald Trump, vermitteln zwischen beiden Seiten.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect([...meetings[0]!.participants].sort()).toEqual(['Jared Kushner', 'Steven Witkoff']);
  });
});

describe('who presses for a meeting or quarrels elsewhere', () => {
  it('does not count who presses ("unter dem Druck von …")', () => {
    expect(peopleOf('Unter dem Druck von US-Präsident Donald Trump haben in Kairo Gespräche zwischen Israel und der Hamas begonnen.')).toEqual([[]]);
  });

  it('does not count the people of a "zwischen" that belongs to another noun', () => {
    expect(peopleOf('Nach dem Streit zwischen Trump und Selenskyj treffen sich die Verbündeten der Ukraine in London.')).toEqual([[]]);
    expect(peopleOf('Im Mittelpunkt steht das Treffen zwischen Trump und Selenskyj in Washington.')).toEqual([['Donald Trump', 'Wolodymyr Selenskyj']]);
  });
});

describe('delegations', () => {
  it('adds the head of a delegation and its members to the talks just told', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'Am Dienstag haben Unterhändler Kiews und Moskaus in Genf mit Verhandlungen begonnen. Das sagte der ukrainische Verhandlungsführer Rustem Umerow. Zur Delegation gehören neben ihm auch Kyrylo Budanow und Serhij Kyslyzja.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Rustem Umerow', 'Kyrylo Budanow', 'Serhij Kyslyzja']));
  });
});

describe('the phrase of an earlier meeting', () => {
  it('keeps a longer list after "nach Gesprächen mit …" with that meeting', () => {
    const meetings = extract({title: 'Diplomatie', text: 'Nach Gesprächen mit den Sondergesandten Steve Witkoff und Jared Kushner in Genf flog Umerow am Montag nach Kiew.', published}).meetings;
    expect([...meetings.find(m => m.place === 'Genf')!.participants].sort()).toEqual(['Jared Kushner', 'Steven Witkoff']);
  });

  it('counts the head of a delegation who tells of his own talks', () => {
    expect(peopleOf('Bei der zweiten Runde der Gespräche in Genf ging es nach Angaben von Kiews Chefunterhändler Rustem Umerow um eine Waffenruhe.')).toEqual([['Rustem Umerow']]);
  });
});

describe('joining across an apposition, and a compound that names its guest', () => {
  it('adds people who "nahmen … teil" even past an apposition\'s commas', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'Merz empfing am Sonntag Selenskyj und den Gesandten Witkoff im Kanzleramt in Berlin. An dem Gespräch nahmen auch Rustem Umerow sowie der Oberbefehlshaber der Nato-Truppen, der General Alexus Grynkewich, teil.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Rustem Umerow']));
  });
});

describe('"Darin", "Dabei": the meeting just told, seen from inside', () => {
  it('adds the people of "Darin spricht X mit Y" to the call just told', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'Der Sender veröffentlichte den Mitschnitt eines Telefonats vom 14. Oktober. Darin spricht Witkoff mit Juri Uschakow über einen Gipfel.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({kind: 'call', start: '2025-10-14', status: 'held'});
    expect([...meetings[0]!.participants].sort()).toEqual(['Juri Uschakow', 'Steven Witkoff']);
  });
});
