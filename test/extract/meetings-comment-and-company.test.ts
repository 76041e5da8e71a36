import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Who only comments on a meeting, and who joins one in the sentence after it: found in the
// dashboard's own demo articles (source/demo); two Europeans as two parties (set AM). Tested in
// sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting someone comments on', () => {
  it('leaves out who has commented on talks ("hat sich zu den Gesprächen geäußert"), and the time of the comment', () => {
    const meetings = meetingsOf('Außenminister Sergej Lawrow hat sich am Morgen skeptisch zu den angekündigten Verhandlungen in Wien geäußert.');
    expect(meetings).toMatchObject([{place: 'Wien', participants: []}]);
    expect(meetings[0]!.start).toBeNull();
  });

  it('finds no meeting in a statement still to come about possible talks ("werde sich … zu möglichen Verhandlungen äußern")', () => {
    expect(meetingsOf('Recep Tayyip Erdoğan werde sich in der kommenden Woche zu möglichen Verhandlungen äußern, sagte ein Sprecher.')).toEqual([]);
  });

  it("keeps the day the talks' own phrase gives (\"zu den für Donnerstag geplanten Gesprächen\")", () => {
    expect(meetingsOf('Lawrow hat sich zu den für Donnerstag geplanten Gesprächen in Wien geäußert.')).toMatchObject([{place: 'Wien', status: 'planned', start: '2026-12-10', participants: []}]);
  });
});

describe('company told in the sentence after a meeting', () => {
  it('adds who travels in for it ("Für Kiew reist …, X, an")', () => {
    const text = 'Diplomaten Polens und der Ukraine wollen am Freitag in Oslo über Gefangenenaustausche beraten. Für Polen reist der Außenminister, Radosław Sikorski, an.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-11', participants: ['Radosław Sikorski']}]);
  });

  it('adds who is joined by video ("soll per Video zugeschaltet werden")', () => {
    const text = 'Keir Starmer und Giorgia Meloni wollen am Mittwoch in Rom über Hilfen für Kiew beraten. Wolodymyr Selenskyj soll per Video zugeschaltet werden.';
    expect(meetingsOf(text)[0]!.participants).toEqual(['Keir Starmer', 'Giorgia Meloni', 'Wolodymyr Selenskyj']);
  });
});

describe('Europeans as parties', () => {
  it('reads a call of two European leaders with no place or day as a meeting of two parties', () => {
    expect(meetingsOf('Sánchez und Tusk führten ein Telefonat.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-12-07', participants: ['Pedro Sánchez', 'Donald Tusk']}]);
  });
});
