import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, title = 'Ukraine-Diplomatie') => extract({title, text, published}).meetings;

describe('where "wo" and "dort" place a meeting', () => {
  it('places a "wo" clause at the city the clause before ends on, even without a preposition', () => {
    const [meeting, ...rest] = meetingsOf('Erst Genf, dann Istanbul, vor zwei Wochen schließlich Riad, wo Marco Rubio und Sergej Lawrow einander gegenübersaßen.');
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Riad', status: 'held', start: '2025-12-06'});
    expect(meeting!.participants).toEqual(expect.arrayContaining(['Marco Rubio', 'Sergej Lawrow']));
  });

  it('does not take the place of an earlier sentence for "wo"', () => {
    const text = 'Der Vizepräsident hielt vor einem Jahr in München eine Rede. Im Frühjahr sehen wir vielleicht Bilder aus Astana, wo Kassym-Schomart Tokajew einen Gipfel angeboten hat.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Astana', country: 'Kasachstan', status: 'proposed'}]);
  });

  it('places "dort" at the destination the same sentence just named', () => {
    const text = 'Burns war am Freitag in Kairo. Er will morgen nach Doha weiterreisen, um dort Mohammed bin Abdulrahman Al Thani zu treffen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Doha', start: '2025-12-21', status: 'planned'}]);
  });

  it('names a small summit venue itself, with its country', () => {
    expect(meetingsOf('Am Donnerstag trafen sich Biden und Selenskyj am Rande des G7-Gipfels im italienischen Borgo Egnazia.')[0]).toMatchObject({place: 'Borgo Egnazia', country: 'Italien'});
  });

  it('does not place talks at the city whose round they discuss the results of', () => {
    const text = 'Witkoff wird am Montag in Moskau erwartet. Er solle dort mit Putin über die Ergebnisse der Genfer Runde sprechen.';
    expect(meetingsOf(text).map(m => m.place)).toEqual(['Moskau']);
  });

  it('places a meeting "im belarussischen Grenzgebiet" in Belarus', () => {
    expect(meetingsOf('Die Unterhändler hatten sich im Oktober im belarussischen Grenzgebiet getroffen.')).toMatchObject([{place: 'Belarus', country: 'Belarus'}]);
  });

  it('reads ministers gathering at a venue, named with a short aside in brackets, as a summit there', () => {
    const text = 'Wenn sich am Montag die Außenminister der Europäischen Union (EU) in der Brüsseler Innenstadt versammeln, geht es um Geld.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Brüssel', start: '2025-12-22', status: 'planned', kind: 'summit'}]);
  });

  it('places a journey onward at its destination, not at the meeting it is counted from', () => {
    const text = 'Am Montag beraten die Außenminister in Genf. Sybiha will zwei Tage nach dem Treffen in Genf nach Berlin weiterreisen.';
    const meetings = meetingsOf(text);
    expect(meetings.map(m => [m.place, m.status])).toEqual([['Genf', 'planned'], ['Berlin', 'planned']]);
    expect(meetings[1]!.participants).toEqual(['Andrij Sybiha']);
  });

  it('places a meeting "am selben Ort" where the text met last, and reads "ein zweites Mal" as no arrival', () => {
    const text = 'Am Montag verhandelten Rubio und Umerow in Dschidda. Am Donnerstag trafen sich die beiden am selben Ort ein zweites Mal.';
    const meetings = meetingsOf(text);
    expect(meetings.map(m => [m.place, m.start, m.kind])).toEqual([['Dschidda', '2025-12-15', 'talks'], ['Dschidda', '2025-12-18', 'talks']]);
  });

  it('reads travel "in die Ukraine" as a visit there', () => {
    expect(meetingsOf('Baerbock kündigte an, noch im Frühjahr in die Ukraine zu reisen.')).toMatchObject([{place: 'Ukraine', status: 'planned', kind: 'visit'}]);
  });

  it('joins a trip to the country of a summit\'s town to that summit', () => {
    const text = 'Auf dem Bürgenstock beginnt am Montag eine Konferenz über den Frieden in der Ukraine. Dass Kamala Harris nun in die Schweiz reist, zeigt, wie ernst Washington sie nimmt.';
    const [summit, ...rest] = meetingsOf(text);
    expect(rest).toEqual([]);
    expect(summit).toMatchObject({place: 'Bürgenstock'});
    expect(summit!.participants).toContain('Kamala Harris');
  });
});
