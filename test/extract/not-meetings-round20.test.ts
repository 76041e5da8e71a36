import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// A meeting the text holds unlikely is none to show, as one "nicht absehbar", round 20.
// Sentences of our own; Monday 14.12.2026.
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published: '2026-12-14'}).meetings;

describe('a meeting held unlikely', () => {
  it.each([
    'Ein Gipfel von Trump und Putin noch vor Weihnachten gilt in Moskau als unwahrscheinlich.',
    'Peskow sagte, es sei unwahrscheinlich, dass Trump und Putin sich schon kommende Woche treffen.',
    'Es sei aber kaum zu erwarten, dass es in der kommenden Woche ein Treffen von Trump und Putin gebe.',
    'Ein Treffen der Außenminister Rubio und Lawrow am Freitag sei nicht zu erwarten, hieß es in Washington.',
  ])('is no meeting: %s', text => {
    expect(meetingsOf(text)).toEqual([]);
  });

  it('keeps the meeting when what is unlikely is its outcome', () => {
    const text = 'Bei dem Treffen von Trump und Putin am Freitag in Budapest gilt ein Durchbruch als unwahrscheinlich.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({place: 'Budapest', start: '2026-12-18', status: 'planned'})]);
  });
});
