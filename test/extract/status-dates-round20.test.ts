import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and date of found meetings, round 20 (pooled design half: WRONG lines). Sentences of
// our own. Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a programme told in the Präteritum', () => {
  it('reads a meeting that "stand auf dem Programm" as over, one that "steht" on it as not', () => {
    const past = 'Die Reise der Staatssekretärin führt durch das Baltikum. Am Montag stand ein Gespräch mit dem litauischen Außenminister in Vilnius auf dem Programm.';
    expect(meetingsOf(past)).toMatchObject([{place: 'Vilnius', status: 'held', start: '2026-12-07'}]);
    const present = 'Die Reise der Staatssekretärin führt durch das Baltikum. Am Montag steht ein Gespräch mit dem litauischen Außenminister in Vilnius auf dem Programm.';
    expect(meetingsOf(present)).toMatchObject([{place: 'Vilnius', start: '2026-12-07'}]);
    expect(meetingsOf(present).find(m => m.place === 'Vilnius')!.status).not.toBe('held');
  });
});

describe('a meeting being prepared', () => {
  it('reads the meeting someone "bereitet sich auf … vor" or "bereitet … vor" as planned, not under way, and leaves it undated', () => {
    const reflexive = 'Während sich Finnland auf das große Treffen mit Gesandten aus vierzig Ländern in Helsinki vorbereitet, laufen die Gespräche anderswo weiter.';
    expect(meetingsOf(reflexive).find(m => m.place === 'Helsinki')).toMatchObject({status: 'planned', start: null});
    const object = 'Finnlands Regierung bereitet das Treffen mit Gesandten aus vierzig Ländern in Helsinki sorgfältig vor.';
    expect(meetingsOf(object).find(m => m.place === 'Helsinki')).toMatchObject({status: 'planned', start: null});
  });
});

describe('thanks told in the Präteritum', () => {
  it('reads a conference someone "bedankte sich" for as over, like "dankte"', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt. Eine Einigung gilt als fern.\n\nDie Außenministerin bedankte sich bei den Gastgebern für die Ausrichtung der Balkan-Konferenz in Oslo.';
    expect(meetingsOf(text).find(m => m.place === 'Oslo')).toMatchObject({status: 'held'});
  });
});

describe('an arrival told with "inzwischen"', () => {
  it('dates a meeting someone "ist inzwischen … eingetroffen" for, told after the lead, on the day of the report', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt. Eine Einigung gilt als fern.\n\nDer Gesandte Kellogg ist inzwischen zu einem Gespräch mit Tusk in Warschau eingetroffen.';
    expect(meetingsOf(text).find(m => m.place === 'Warschau')).toMatchObject({start: '2026-12-07', precision: 'day'});
  });
});

describe('talks said to go on', () => {
  it('reads talks that someone says "andauerten" (reported speech after "dass") as under way, beside a session told as over', () => {
    const text = 'Sikorski sprach nach Beratungen mit Kallas in Genf von einem guten Ergebnis. Das Treffen sei ertragreich gewesen.\n\nBeide Seiten erklärten, dass die Beratungen in Genf andauerten.';
    expect(meetingsOf(text).find(m => m.place === 'Genf')).toMatchObject({status: 'ongoing', start: '2026-12-07'});
  });

  it('keeps a past length in a relative clause ("die … fünf Stunden andauerten") over', () => {
    const text = 'Die Beratungen mit Kallas in Genf, die am Samstag fünf Stunden andauerten, brachten keine Einigung.';
    expect(meetingsOf(text).find(m => m.place === 'Genf')).toMatchObject({status: 'held'});
  });
});

describe('a stop named as the time before', () => {
  it('reads the visit of "Nach einem Stopp in X, …" as over, not a stay going on', () => {
    const text = 'Nach einem kurzen Stopp in Riga, wo die Außenministerin mit Kollegen sprach, ging die Reise am Montag weiter nach Litauen.';
    expect(meetingsOf(text).find(m => m.place === 'Riga')).toMatchObject({status: 'held'});
  });
});
