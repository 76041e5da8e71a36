import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// "im Bundeskanzleramt" in an Austrian article, round 20. Sentences of our own; Monday 16.06.2025.
const meetingsOf = (text: string) => extract({title: 'Besuch', text, published: '2025-06-16T16:54:00+02:00'}).meetings;

describe('the chancellery of the chancellor the article names', () => {
  it('is in Wien when the article names Austria\'s chancellor, no German one and never Berlin', () => {
    const text = 'Bundeskanzler Christian Stocker hat am Montag die moldauische Präsidentin im Bundeskanzleramt zu einem Arbeitsgespräch empfangen.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({place: 'Wien', country: 'Österreich', start: '2025-06-16'})]);
  });

  it('stays in Berlin when the German chancellor is named, or Berlin is', () => {
    expect(meetingsOf('Bundeskanzler Friedrich Merz hat am Montag die moldauische Präsidentin im Bundeskanzleramt zu einem Arbeitsgespräch empfangen.')[0]).toMatchObject({place: 'Berlin'});
    expect(meetingsOf('Der österreichische Bundeskanzler Christian Stocker wurde am Montag in Berlin im Bundeskanzleramt zu einem Arbeitsgespräch empfangen.')[0]).toMatchObject({place: 'Berlin'});
  });
});
