import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Dates, undated background meetings and who took part, widened from what set AK showed, in
// sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a weekday with its week in the genitive', () => {
  it('dates "am Sonntag vergangener Woche" told on a Sunday a week back, not today', () => {
    expect(meetingsOf('Die Außenminister Sikorski und Wadephul hatten am Sonntag vergangener Woche in Oslo verhandelt.', '2026-03-08')).toMatchObject([{place: 'Oslo', start: '2026-03-01', precision: 'day'}]);
  });

  it('reads "vergangener Woche" told on a Sunday as the week ending that day, for the days before it', () => {
    expect(meetingsOf('Tusk, der Sánchez am Dienstag vergangener Woche in Warschau empfangen hatte, reiste weiter.', '2026-03-08')).toMatchObject([{place: 'Warschau', start: '2026-03-03', precision: 'day'}]);
  });

  it('dates "am Dienstag der Vorwoche" to that Tuesday, and "Montag kommender Woche" to the next week\'s', () => {
    expect(meetingsOf('Tusk und Sánchez hatten sich am Dienstag der Vorwoche in Madrid getroffen.')).toMatchObject([{place: 'Madrid', start: '2026-02-24', precision: 'day'}]);
    expect(meetingsOf('Tusk und Sánchez wollen sich am Montag kommender Woche in Madrid treffen.', '2026-03-08')).toMatchObject([{place: 'Madrid', start: '2026-03-09', precision: 'day'}]);
  });
});

describe('a meeting that followed a past time told before', () => {
  it('leaves a call "danach" after a past week undated, not on the publication day', () => {
    expect(meetingsOf('Vergangene Woche hatte Merz in Paris mit Macron gesprochen. Auch Sikorski und Wadephul telefonierten danach.')).toMatchObject([
      {place: 'Paris', start: '2026-02-23'},
      {kind: 'call', participants: ['Radosław Sikorski', 'Johann Wadephul'], start: null, precision: 'unknown'},
    ]);
  });

  it('keeps a call "danach" after the day\'s meeting on the day', () => {
    expect(meetingsOf('Merz traf Macron heute in Paris. Danach telefonierte er mit Tusk.')).toMatchObject([
      {place: 'Paris', start: '2026-03-05'},
      {kind: 'call', start: '2026-03-05'},
    ]);
  });
});

describe('a meeting called off beside the occasion told before', () => {
  it('does not give a meeting called off "zudem" the place and day of the meeting still on', () => {
    expect(meetingsOf('Sikorski trifft am Samstag in Genf den Gesandten Kellogg. Merz hat zudem ein Treffen mit Tusk abgesagt.')).toMatchObject([
      {place: 'Genf', start: '2026-03-07', status: 'planned'},
      {participants: ['Friedrich Merz', 'Donald Tusk'], place: null, start: null, status: 'cancelled'},
    ]);
  });
});

describe('a meeting named after "nach" before a plan', () => {
  it('leaves the summit of "Nach dem Gipfel in Rom wollen sich … treffen" undated, background to the plan', () => {
    expect(meetingsOf('Nach dem Gipfel in Rom wollen sich die Außenminister der Nato-Staaten bald erneut treffen.')).toMatchObject([{place: 'Rom', status: 'held', start: null, precision: 'unknown'}]);
  });

  it('keeps the meeting of "Nach dem Treffen im Kanzleramt sagte X" the day\'s news', () => {
    expect(meetingsOf('Nach dem Treffen im Kanzleramt sagte Merz, man sei sich nähergekommen.')).toMatchObject([{place: 'Berlin', start: '2026-03-05'}]);
  });
});

describe('who acts before a meeting', () => {
  it('does not count the subject of "X plant vor dem Gipfel in Rom …" at the summit', () => {
    expect(meetingsOf('Ein Gipfeltreffen zwischen Tusk und Meloni steht an. Merz plant vor dem Gipfel in Rom, der am Freitag beginnt, eine Regierungserklärung.')).toMatchObject([{place: 'Rom', start: '2026-03-06', participants: ['Donald Tusk', 'Giorgia Meloni']}]);
  });

  it('keeps who stands in the meeting\'s own "mit …" phrase after "vor"', () => {
    expect(meetingsOf('Kurz vor dem Treffen mit Tusk in Warschau am Freitag äußerte sich Merz zuversichtlich.')).toMatchObject([{place: 'Warschau', participants: expect.arrayContaining(['Donald Tusk'])}]);
  });
});

describe('who is named to tell the time', () => {
  it('does not count the one whose taking office sets the time ("seit dem Amtsantritt von X")', () => {
    expect(meetingsOf('Merz landete am Montag in Warschau. Die deutsch-polnischen Gespräche finden vor dem Hintergrund eines Streits seit dem Amtsantritt von Präsident Karol Nawrocki statt.')).toMatchObject([{place: 'Warschau', participants: ['Friedrich Merz']}]);
  });
});

describe('a headline told in the present over a meeting days before', () => {
  it('does not give the headline\'s people to talks dated a week back', () => {
    const meetings = extract({title: 'Sikorski und Wadephul treffen spanische Delegation', text: 'Die Delegation hatte am Sonntag vergangener Woche in Oslo mit Vertretern Norwegens verhandelt. Zur Delegation gehörte damals Außenminister José Manuel Albares.', published: '2026-03-08'}).meetings;
    expect(meetings.find(m => m.place === 'Oslo')?.participants).not.toContain('Radosław Sikorski');
  });
});
