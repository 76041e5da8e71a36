import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meeting words and the merge of one article's mentions, from first-look set AQ's diagnosis
// (round 17, second wave): an arrival beside the meeting it begins; a meeting word after a quoted
// judgement. Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('an arrival beside the meeting it begins', () => {
  it('folds an arrival the evening before into the visit at that town ("war bereits am Sonntagabend in X eingetroffen")', () => {
    const text = 'Ministerpräsident Donald Tusk hat Bundeskanzler Friedrich Merz am Montag in Warschau mit militärischen Ehren empfangen. Merz war bereits am Sonntagabend in Warschau eingetroffen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', start: '2026-12-07', kind: 'visit', participants: ['Donald Tusk', 'Friedrich Merz']}]);
  });

  it('folds a landing in the country into the summit in its town ("landete am Montagmorgen in Litauen")', () => {
    const text = 'Der Nato-Gipfel in Vilnius beginnt am Montag. Italiens Regierungschefin Giorgia Meloni landete am Montagmorgen in Litauen.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Vilnius', kind: 'summit', start: '2026-12-07'});
    expect(meetings[0]!.participants).toContain('Giorgia Meloni');
  });

  it('keeps talks ahead planned when the delegation for them has arrived ("ist dafür am Morgen in X eingetroffen")', () => {
    const text = 'Polen und Litauen wollen in Prag eine neue Runde der Gespräche über Energie abhalten. Eine Delegation unter Leitung von Außenminister Radosław Sikorski ist dafür am Morgen in Tschechien eingetroffen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Prag', kind: 'talks', status: 'planned', participants: ['Radosław Sikorski']}]);
  });

  it('keeps apart an arrival that tells whom the guest met that day ("war eingetroffen und hatte dort X getroffen")', () => {
    const text = 'Der EU-Gipfel in Warschau beginnt am Montag. Selenskyj war bereits am Sonntag in Warschau eingetroffen und hatte dort Ministerpräsident Donald Tusk getroffen.';
    expect(meetingsOf(text)).toHaveLength(2);
  });
});

describe('a meeting word after a quoted judgement of a few words', () => {
  it('reads "sehr gute und offene" Telefonate as calls in their clause, with who told of them', () => {
    const text = 'Er habe "sehr gute und offene" Telefonate mit Präsident Emmanuel Macron geführt, sagte Tusk.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', status: 'held', participants: ['Emmanuel Macron', 'Donald Tusk']}]);
  });

  it('keeps the day and the subject of talks called „sehr gute“ in the clause', () => {
    const text = 'Tusk hat am Freitag „sehr gute“ Gespräche mit Macron in Paris geführt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', start: '2026-12-04', participants: ['Donald Tusk', 'Emmanuel Macron']}]);
  });
});
