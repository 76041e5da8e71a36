import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and date of found meetings, second wave of round 19 (pooled design group, SWAP=1: the
// WRONG lines). Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a part of the day without a weekday', () => {
  it('dates talks awaited "im Laufe des Nachmittags" on the day of the report', () => {
    const text = 'Im Laufe des Nachmittags werden in Oslo neue Beratungen zwischen Kallas und Støre über die Grenzfrage erwartet.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-07', precision: 'day'}]);
  });

  it('dates a call "im Verlauf des Abends" on the day of the report', () => {
    const text = 'Tusk will im Verlauf des Abends mit Fico telefonieren, teilte sein Sprecher mit.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', start: '2026-12-07', precision: 'day'}]);
  });
});

describe('a start or a resumption told as a step behind the report', () => {
  it('reads talks resumed in the pluperfect passive ("wieder aufgenommen worden waren") as held', () => {
    const text = 'Der Gesandte Støre hielt sich am Freitag in Oslo auf, nachdem die abgebrochenen Beratungen mit Kallas wieder aufgenommen worden waren.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-04', status: 'held'}]);
  });

  it('reads a meeting whose talks "hatten am Dienstag begonnen" in the pluperfect as held', () => {
    const text = 'Støre reiste am Freitag aus Oslo ab. Die Beratungen mit Kallas in Oslo hatten am Dienstag begonnen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-01', status: 'held'}]);
  });

  it('still reads talks "sind fortgesetzt worden" in the Perfekt as under way', () => {
    const text = 'Die Gespräche zwischen Tusk und Fico in Oslo sind heute fortgesetzt worden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'ongoing'}]);
  });
});
