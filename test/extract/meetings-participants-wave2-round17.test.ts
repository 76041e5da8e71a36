import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants, second wave of round 17: structures of German reporting found in the misreadings
// of first-look set AQ (and recurring in older sets). Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('the speaker of a meeting "mit X"', () => {
  it('takes the speaker of "A sagte, dass beim Treffen mit B …" as a participant', () => {
    const meetings = meetingsOf('Kanzler Karl Nehammer sagte am Dienstag, dass beim Treffen mit Präsident Emmanuel Macron in Paris auch die Energiepreise eine Rolle gespielt hätten.');
    expect(meetings).toMatchObject([{place: 'Paris', participants: ['Karl Nehammer', 'Emmanuel Macron']}]);
  });

  it('takes the speaker of "A sagte, beim Gespräch mit B sei …" as a participant', () => {
    const meetings = meetingsOf('Kanzler Karl Nehammer sagte, beim Gespräch mit Präsident Emmanuel Macron in Paris sei es vor allem um Gas gegangen.');
    expect(meetings).toMatchObject([{place: 'Paris', participants: ['Karl Nehammer', 'Emmanuel Macron']}]);
  });

  it('takes the speaker of "A sagte nach dem Treffen mit B, …" as a participant', () => {
    const meetings = meetingsOf('Kanzler Karl Nehammer sagte nach dem Treffen mit Präsident Emmanuel Macron in Paris, beide Länder stünden eng beieinander.');
    expect(meetings).toMatchObject([{place: 'Paris', participants: ['Karl Nehammer', 'Emmanuel Macron']}]);
  });

  it('still leaves out a spokesman who tells of such a meeting ("Kremlsprecher X sagte, beim Treffen mit Y …")', () => {
    const meetings = meetingsOf('Kremlsprecher Dmitri Peskow sagte, beim Treffen mit dem Sondergesandten Steve Witkoff in Moskau sei es um Sanktionen gegangen.');
    expect(meetings[0]!.participants).not.toContain('Dmitri Peskow');
  });

  it('still leaves out who speaks after a meeting of others ("A sagte nach dem Treffen von B mit C")', () => {
    const meetings = meetingsOf('Kanzler Karl Nehammer sagte nach dem Treffen von Präsident Emmanuel Macron mit Premier Keir Starmer in Paris, Europa stehe zusammen.');
    expect(meetings[0]!.participants).not.toContain('Karl Nehammer');
  });
});

describe('the one a tomb or monument honours', () => {
  it('leaves out the one whose mausoleum a visitor goes to ("Besuch am Mausoleum des Staatsgründers X")', () => {
    const meetings = meetingsOf('Präsident Emmanuel Macron begann den Staatsbesuch in Ankara am Montag mit einem Besuch am Mausoleum des Staatsgründers Mustafa Kemal Atatürk.');
    expect(meetings).toMatchObject([{place: 'Ankara', participants: ['Emmanuel Macron']}]);
  });
});

describe('who points to a meeting', () => {
  it('leaves out who has pointed to talks ahead ("hatte auf anstehende Gespräche mit X hingewiesen")', () => {
    const meetings = meetingsOf('Präsident Emmanuel Macron hatte bereits auf anstehende Gespräche mit chinesischen Vertretern in Paris hingewiesen.');
    expect(meetings).toMatchObject([{place: 'Paris', participants: []}]);
  });

  it('leaves out who refers to talks ("verwies am Montag auf die Gespräche in Genf")', () => {
    expect(meetingsOf('Kanzler Friedrich Merz verwies am Montag auf die Gespräche in Genf.')).toMatchObject([{place: 'Genf', participants: []}]);
  });

  it('keeps who refers to a meeting of his own ("verwies auf sein Treffen mit X")', () => {
    expect(meetingsOf('Kanzler Friedrich Merz verwies auf sein Treffen mit Präsident Emmanuel Macron in Genf.')[0]!.participants).toEqual(['Friedrich Merz', 'Emmanuel Macron']);
  });
});

describe('the leads of a delegation told in the next sentence', () => {
  it('adds who leads it, the participle first ("Angeführt wird sie von X")', () => {
    const text = 'Eine litauische Delegation reist kommende Woche zu Gesprächen mit Außenminister Marco Rubio nach Washington. Angeführt wird sie von Gabrielius Landsbergis.';
    expect(meetingsOf(text)[0]!.participants).toEqual(['Marco Rubio', 'Gabrielius Landsbergis']);
  });

  it('adds both leads of "Geleitet wird die Delegation von X und Y", told in the next paragraph', () => {
    const text = 'Eine polnische Delegation reist kommende Woche zu Gesprächen mit Außenminister Marco Rubio nach Washington.\n\nGeleitet wird die polnische Delegation von Radosław Sikorski und Donald Tusk.';
    expect(meetingsOf(text)[0]!.participants).toEqual(['Marco Rubio', 'Radosław Sikorski', 'Donald Tusk']);
  });
});
