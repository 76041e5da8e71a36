import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// What the twelfth round's first-look sets AA to AD (test/fixtures/firstlook-aa … -ad) showed
// talkwatch reading wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives
// another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a guest', () => {
  it('reads "zu Gast" at a place as a visit', () => {
    expect(meetingsOf('Macron war bereits im Mai 2019 in Lissabon zu Gast.')).toMatchObject([{kind: 'visit', place: 'Lissabon', status: 'held', start: '2019-05-01', precision: 'month'}]);
    expect(meetingsOf('Am Montag ist Tusk bei Merz im Kanzleramt zu Gast.')).toMatchObject([{kind: 'visit', status: 'planned', start: '2026-03-09', participants: expect.arrayContaining(['Donald Tusk', 'Friedrich Merz'])}]);
  });

  it('does not read a guest of a talk show as a visit', () => {
    expect(meetingsOf('Merz war am Sonntag bei Caren Miosga zu Gast.')).toEqual([]);
    expect(meetingsOf('Wadephul war am Sonntag im Studio in Berlin zu Gast.')).toEqual([]);
  });
});
