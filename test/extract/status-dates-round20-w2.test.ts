import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and date of found meetings, second wave of round 20 (design group AS to AV: the WRONG
// lines, counted by cause). Tested in sentences of our own.
// Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting demanded in a dass-clause', () => {
  it('reads talks "gefordert, dass … wieder aufgenommen werden" as proposed, not planned', () => {
    const text = 'Die Außenministerin hat am Donnerstag in Oslo gefordert, dass die abgebrochenen Beratungen in Wien wieder aufgenommen werden.';
    expect(meetingsOf(text).find(m => m.place === 'Wien')).toMatchObject({status: 'proposed'});
  });

  it('reads a summit "verlangte, dass … stattfinden soll" as proposed', () => {
    const text = 'Die Regierung in Prag verlangte, dass ein Gipfel der Nachbarstaaten noch vor dem Sommer in Wien stattfinden soll.';
    expect(meetingsOf(text).find(m => m.place === 'Wien')).toMatchObject({status: 'proposed'});
  });

  it('keeps a dass-clause after a verb of saying planned ("teilte mit, dass … fortgesetzt werden")', () => {
    const text = 'Der Sprecher teilte mit, dass die Beratungen in Wien am Montag fortgesetzt werden.';
    expect(meetingsOf(text).find(m => m.place === 'Wien')).toMatchObject({status: 'planned'});
  });
});

describe('"würde" of reported speech after a verb of saying', () => {
  it('reads "hatte erklärt, dass … zu Beratungen nach X reisen würden" as planned, not proposed', () => {
    const text = 'Das Außenministerium hatte erklärt, dass die Unterhändler zu neuen Beratungen nach Wien reisen würden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Wien', status: 'planned'}]);
  });

  it('keeps a judgement ("hilfreich sein würde"), a wish ("gern") or a condition ("wenn …") proposed', () => {
    const judged = meetingsOf('Die Regierung erklärte, dass ein Treffen in Wien hilfreich sein würde.');
    const wished = meetingsOf('Der Sprecher sagte, dass Tusk gern mit Fico in Wien sprechen würde.');
    const bound = meetingsOf('Der Sprecher sagte, dass ein Gipfel in Wien stattfinden würde, wenn vorher eine Waffenruhe gelte.');
    for (const meetings of [judged, wished, bound]) expect(meetings).toMatchObject([{place: 'Wien', status: 'proposed'}]);
  });
});

describe('talks whose start is told, going on another day in a relative clause', () => {
  it('reads "bestätigte den Beginn der Beratungen, die am Sonntag fortgesetzt werden sollen" as under way until Sunday', () => {
    const text = 'Das Außenministerium in Oslo bestätigte den Beginn der Beratungen, die am Sonntag fortgesetzt werden sollen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-11', end: '2026-12-13', precision: 'days', status: 'ongoing'}]);
  });

  it('keeps them one meeting with the present-tense news told before ("Erstmals beraten …")', () => {
    const text = 'Erstmals beraten Vertreter Polens und Tschechiens in Oslo direkt über die Grenzfrage. Die Regierung in Oslo bestätigte den Auftakt der Gespräche, die am Sonntag fortgesetzt werden sollen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-11', status: 'ongoing'}]);
  });

  it('keeps talks that only go on later, without their start told, planned for that day', () => {
    const text = 'Das Außenministerium in Oslo bestätigte die Beratungen, die am Sonntag fortgesetzt werden sollen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-13', status: 'planned'}]);
  });
});

describe('a demand told "kurz vor einem Treffen"', () => {
  it('reads a meeting named after "Kurz vor dem mit Sorge erwarteten Treffen" as planned, not proposed by the demand', () => {
    const text = 'Kurz vor dem mit Sorge erwarteten Treffen von Merz mit Tusk in Warschau haben die Bauernverbände ein Festhalten am Abkommen gefordert.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', status: 'planned'}]);
  });

  it('keeps a meeting after "vor" proposed when it is only possible ("vor einem möglichen Treffen")', () => {
    const text = 'Kurz vor einem möglichen Treffen von Merz mit Tusk in Warschau haben die Bauernverbände ein Festhalten am Abkommen gefordert.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', status: 'proposed'}]);
  });

  it('keeps a meeting demanded as the object of the clause proposed ("forderte ein Treffen")', () => {
    expect(meetingsOf('Der Bauernverband forderte ein Treffen von Merz mit Tusk in Warschau.')).toMatchObject([{place: 'Warschau', status: 'proposed'}]);
  });
});

describe('the length of a journey beside talks told in it', () => {
  it('dates talks "Zum Abschluss seiner dreitägigen Polen-Reise" on the report\'s day, not over three days', () => {
    const text = 'Zum Abschluss seiner dreitägigen Polen-Reise ist Merz mit Tusk in Warschau zusammengetroffen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', start: '2026-12-11', end: null, precision: 'day'}]);
  });

  it('still spans the days of talks that have the length themselves ("die dreitägigen Verhandlungen")', () => {
    const text = 'Die dreitägigen Verhandlungen in Oslo sind positiv verlaufen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-09', end: '2026-12-11', precision: 'days'}]);
  });
});
