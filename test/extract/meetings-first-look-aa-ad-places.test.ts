import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Where a meeting is, as the twelfth round's first-look sets AA to AD (test/fixtures/firstlook-aa
// … -ad) showed talkwatch reading it wrong, in sentences of our own. Thursday 05.03.2026 unless a
// test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a city with its country', () => {
  it('reads "Antalya in der Türkei" and "in Zürich, Schweiz" as the city, one meeting', () => {
    expect(meetingsOf('Ein Sprecher sagte, dass Antalya in der Türkei der Ort für ein neues Treffen sein könnte.')).toMatchObject([{place: 'Antalya', country: 'Türkei'}]);
    expect(meetingsOf('Rubio traf Lawrow am Montag in Zürich, Schweiz.')).toMatchObject([{place: 'Zürich', country: 'Schweiz'}]);
    expect(meetingsOf('Rubio traf Lawrow am Montag in Zürich in der Schweiz.')).toMatchObject([{place: 'Zürich', country: 'Schweiz'}]);
  });
});
