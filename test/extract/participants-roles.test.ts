import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

const published = '2025-12-20T21:16:00+01:00';
const peopleOf = (text: string) => extract({title: 'Diplomatie', text, published}).meetings.map(m => [...m.participants].sort());

describe('who takes part, and who only tells or is named beside', () => {
  it('takes the speaker of "hat mitgeteilt, er habe … telefoniert" as a party to the call', () => {
    expect(peopleOf('Premierminister Keir Starmer hat am späten Mittwoch mitgeteilt, er habe mit Regierungschef Donald Tusk aus Polen telefoniert.')).toEqual([
      ['Donald Tusk', 'Keir Starmer'],
    ]);
  });

  it('does not count the source of "laut …" or "… zufolge" as a participant', () => {
    expect(peopleOf('Laut Rubio dürften an einem Treffen in Riad auch Berater aus Europa teilnehmen.')).toEqual([[]]);
    expect(peopleOf('Peskow zufolge trifft Putin den Gesandten Witkoff am Montag im Kreml.')).toEqual([['Steven Witkoff', 'Wladimir Putin']]);
  });

  it('does not count the person a relation points to ("Schwiegersohn von …")', () => {
    expect(peopleOf('In Miami sprach Andrij Jermak am Freitag mit dem Schwiegersohn von Donald Trump.')).toEqual([['Andrij Jermak']]);
  });

  it('reads "der 78-Jährige" as the person the sentence before named', () => {
    expect(peopleOf('Donald Trump äußerte sich zufrieden. Der 79-Jährige will kommende Woche nach Katar reisen.')).toEqual([['Donald Trump']]);
  });
});

describe('who comments on a meeting', () => {
  it('does not count who speaks about talks named as a noun', () => {
    expect(peopleOf('Nach den Beratungen in Istanbul am Freitag erklärte Außenminister Sergej Lawrow in Moskau, jetzt komme es auf Washington an.')).toEqual([[]]);
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
      text: 'Selenskyj hat am Donnerstag in Kiew Außenminister Marco Rubio empfangen. Zu dem Besuch kam auch Dan Driscoll. Beide waren zuvor an Gesprächen in Riad beteiligt.',
      published,
    }).meetings;
    expect([...meetings.find(m => m.place === 'Riad')!.participants].sort()).toEqual(['Dan Driscoll', 'Marco Rubio']);
  });

  it('counts who meets their counterpart ("mit Witkoffs Amtskollegen")', () => {
    expect(peopleOf('In Rom soll am Donnerstag ein Treffen mit Rubios Amtskollegen aus Italien stattfinden.')).toEqual([['Marco Rubio']]);
  });
});

describe('the subject before an apposition', () => {
  it('takes the people before the commas of an apposition as the subject of a clause that begins with its verb', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'In Riad verhandeln am Donnerstag erneut die Delegationen beider Länder. Außenminister Marco Rubio und Steve Witkoff, der Sondergesandte des Präsidenten Donald Trump, vermitteln zwischen beiden Seiten.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect([...meetings[0]!.participants].sort()).toEqual(['Marco Rubio', 'Steven Witkoff']);
  });
});

describe('who presses for a meeting or quarrels elsewhere', () => {
  it('does not count who presses ("unter dem Druck von …")', () => {
    expect(peopleOf('Unter dem Druck von Donald Trump verhandeln seit Mittwoch in Baku Armenien und Aserbaidschan.')).toEqual([[]]);
  });

  it('does not count the people of a "zwischen" that belongs to another noun', () => {
    expect(peopleOf('Wegen des Zerwürfnisses zwischen Merz und Orbán kommen die EU-Partner am Freitag in Brüssel zusammen.')).toEqual([[]]);
    expect(peopleOf('Im Mittelpunkt steht das Treffen zwischen Trump und Selenskyj in Washington.')).toEqual([['Donald Trump', 'Wolodymyr Selenskyj']]);
  });
});

describe('delegations', () => {
  it('adds the head of a delegation and its members to the talks just told', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'In Istanbul sind am Donnerstag Unterhändler Moskaus und Kiews zu Verhandlungen zusammengekommen. Dies bestätigte der ukrainische Verhandlungsführer Andrij Jermak. Zur Delegation gehören neben ihm auch Denys Schmyhal und Andrij Hnatow.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Andrij Jermak', 'Denys Schmyhal', 'Andrij Hnatow']));
  });
});

describe('the phrase of an earlier meeting', () => {
  it('keeps a longer list after "nach Gesprächen mit …" with that meeting', () => {
    const meetings = extract({title: 'Diplomatie', text: 'Nach Gesprächen mit den Beratern Juri Uschakow und Kirill Dmitrijew in Riad flog Witkoff am Freitag nach Washington.', published}).meetings;
    expect([...meetings.find(m => m.place === 'Riad')!.participants].sort()).toEqual(['Juri Uschakow', 'Kirill Dmitrijew']);
  });

  it('counts the head of a delegation who tells of his own talks', () => {
    expect(peopleOf('Im Mittelpunkt der dritten Verhandlungsrunde in Istanbul stand nach Angaben von Moskaus Chefunterhändler Wladimir Medinski der Gefangenenaustausch.')).toEqual([['Wladimir Medinski']]);
  });
});

describe('joining across an apposition, and a compound that names its guest', () => {
  it('adds people who "nahmen … teil" even past an apposition\'s commas', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'Macron empfing am Donnerstag Starmer und Kanzler Merz im Élysée-Palast in Paris. An dem Gespräch nahmen auch Jonathan Powell sowie der Generalinspekteur der Bundeswehr, der General Carsten Breuer, teil.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Jonathan Powell']));
  });
});

describe('"Darin", "Dabei": the meeting just told, seen from inside', () => {
  it('adds the people of "Darin spricht X mit Y" to the call just told', () => {
    const meetings = extract({
      title: 'Diplomatie',
      text: 'Eine Zeitung zitierte aus der Abschrift eines Telefonats vom 3. September. Darin spricht Dmitrijew mit Jared Kushner über einen Zeitplan.',
      published,
    }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({kind: 'call', start: '2025-09-03', status: 'held'});
    expect([...meetings[0]!.participants].sort()).toEqual(['Jared Kushner', 'Kirill Dmitrijew']);
  });
});
