import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// A talk held by phone: "sprach in einem Telefonat mit X", round 20. Sentences of our own;
// Monday 14.12.2026.
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published: '2026-12-14'}).meetings;

describe('a verb of talking with "in einem Telefonat mit …"', () => {
  it.each([
    'Am Samstag sprach Bundeskanzler Friedrich Merz in einem Telefonat mit Alexander Stubb über die Waffenruhe.',
    'Am Samstag beriet Bundeskanzler Friedrich Merz in einem längeren Telefonat mit Alexander Stubb über die Waffenruhe.',
    'In einem Telefonat mit Alexander Stubb beriet Bundeskanzler Friedrich Merz am Samstag über die Waffenruhe.',
  ])('makes one call of both: %s', text => {
    const meetings = meetingsOf(text);
    expect(meetings).toEqual([expect.objectContaining({kind: 'call', start: '2026-12-12', status: 'held'})]);
    expect([...meetings[0]!.participants].sort()).toEqual(['Alexander Stubb', 'Friedrich Merz']);
  });

  it('leaves talks at a meeting talks ("bei einem Treffen mit …")', () => {
    const text = 'Am Samstag beriet Bundeskanzler Friedrich Merz bei einem Treffen mit Alexander Stubb in Helsinki über die Waffenruhe.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({kind: 'talks', place: 'Helsinki'})]);
  });
});
