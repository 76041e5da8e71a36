import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants named outside the meeting clause, widened from what sets AM, AN and AO showed, in
// sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('who chairs the meeting just told', () => {
  it('adds the chairs a sentence with no meeting word names after "unter dem Vorsitz von"', () => {
    const text = 'Die Außenminister der G7 beraten am Freitag in Rom über die Lage im Nahen Osten. Unter dem Vorsitz von Italiens Außenminister Antonio Tajani und der kanadischen Ministerin Mélanie Joly soll eine gemeinsame Erklärung vorbereitet werden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Rom', start: '2026-03-06', participants: ['Antonio Tajani', 'Mélanie Joly']}]);
  });

  it('adds the chair named after "unter der Leitung von"', () => {
    const text = 'Vertreter von rund zwanzig Staaten kommen am Montag in Oslo zu Gesprächen über den Sudan zusammen. Unter der Leitung von Norwegens Außenminister Espen Barth Eide soll ein Fahrplan erarbeitet werden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', participants: ['Espen Barth Eide']}]);
  });

  it('adds no one but the chair: who approves a delegation "unter der Leitung" of a role stays home', () => {
    const text = 'Kallas und Sikorski beraten am Montag in Warschau über die Ostgrenze. Premier Tusk habe einer Abordnung unter der Leitung des Generalstabschefs die Fahrt erlaubt, hieß es.';
    expect(meetingsOf(text)[0]!.participants).not.toContain('Donald Tusk');
  });
});

describe('the traveller of a long sentence at each stop of the journey', () => {
  it('adds the subject of the main clause to a meeting told in a "wo" clause after "von wo sie … weiterfliegt"', () => {
    const text = 'Kallas reist am Montag nach Amman, von wo sie am Dienstag nach Damaskus weiterfliegt, wo ein Treffen mit Präsident al-Scharaa geplant ist.';
    expect(meetingsOf(text)).toMatchObject([
      {place: 'Amman', participants: ['Kaja Kallas']},
      {place: 'Damaskus', participants: ['Kaja Kallas', 'al-Scharaa']},
    ]);
  });

  it('adds both travellers at a later stop after "und anschließend … weiterreisen"', () => {
    const text = 'Am Montag werden Kallas und Sikorski in Amman sein, von wo sie am Dienstag in Richtung Syrien aufbrechen, wo in Damaskus eine Begegnung mit Präsident al-Scharaa geplant ist, und anschließend am Mittwoch in den Libanon weiterreisen, wo sie in Beirut Präsident Joseph Aoun treffen werden.';
    const beirut = meetingsOf(text).find(m => m.place === 'Beirut');
    expect(beirut?.participants).toEqual(['Kaja Kallas', 'Radosław Sikorski', 'Joseph Aoun']);
  });
});

describe('the head of a delegation "an der Spitze"', () => {
  it('adds the head named in apposition before "an der Spitze" to the talks the delegation travels to', () => {
    const text = 'Eine Delegation mit dem polnischen Außenminister, Radosław Sikorski, an der Spitze reist am Montag für die Verhandlungen nach Kairo, teilte Warschau mit.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Kairo', start: '2026-03-09', participants: ['Radosław Sikorski']}]);
  });
});

describe('co-participants outside the meeting clause', () => {
  it('adds the company named after the meeting clause with "gemeinsam mit"', () => {
    const text = 'Premier Tusk will noch an diesem Sonntag mit Präsident Stubb telefonieren, gemeinsam mit Italiens Regierungschefin Meloni und dem spanischen Premier Sánchez.';
    expect(meetingsOf(text, '2026-03-08')).toMatchObject([{start: '2026-03-08', participants: ['Donald Tusk', 'Alexander Stubb', 'Giorgia Meloni', 'Pedro Sánchez']}]);
  });

  it('gives the meeting of an infinitive clause to the one who announced it', () => {
    const text = 'Premier Tusk will am Sonntag mit Präsident Stubb telefonieren. Macron hatte angekündigt, am Montag mit Sánchez zu sprechen.';
    expect(meetingsOf(text, '2026-03-06').find(m => m.start === '2026-03-09')?.participants).toEqual(['Emmanuel Macron', 'Pedro Sánchez']);
  });

  it('does not give the meeting to one who only offers to mediate', () => {
    const text = 'Der Papst hat erneut angeboten, im Vatikan zwischen Kiew und Moskau zu vermitteln.';
    for (const meeting of meetingsOf(text)) expect(meeting.participants).not.toContain('Leo XIV.');
  });
});
