import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import type {Tense} from '../../source/extract/tense.js';

// Saturday evening, 20 December 2025, Berlin time.
const published = '2025-12-20T21:16:00+01:00';

function first(sentence: string, tense: Tense) {
  const [mention] = findDates(sentence, {published, tense});
  return mention && {text: mention.text, start: mention.start, end: mention.end, precision: mention.precision};
}

describe('findDates: weekdays and nearby days', () => {
  it.each<[string, Tense, string, string, string | null, string]>([
    ['In Miami haben am Freitag Gespräche begonnen.', 'past', 'am Freitag', '2025-12-19', null, 'day'],
    ['Am Freitag sollen die Gespräche weitergehen.', 'future', 'Am Freitag', '2025-12-26', null, 'day'],
    ['Am Samstag traf Dmitrijew in Miami ein.', 'past', 'Am Samstag', '2025-12-20', null, 'day'],
    ['Am Samstag wird verhandelt.', 'future', 'Am Samstag', '2025-12-20', null, 'day'],
    // News tells what is done in the past tense: a weekday in the present is the coming one.
    ['Am Donnerstag beraten die Minister.', 'present', 'Am Donnerstag', '2025-12-25', null, 'day'],
    ['Am Montag beraten die Minister.', 'present', 'Am Montag', '2025-12-22', null, 'day'],
    ['Am kommenden Samstag treffen sie sich.', 'future', 'Am kommenden Samstag', '2025-12-27', null, 'day'],
    ['Sie wollen sich nächsten Dienstag treffen.', 'future', 'nächsten Dienstag', '2025-12-23', null, 'day'],
    ['Am vergangenen Mittwoch trafen sie sich.', 'past', 'Am vergangenen Mittwoch', '2025-12-17', null, 'day'],
    ['Seit Montag verhandeln sie in Genf.', 'present', 'Montag', '2025-12-15', null, 'day'],
    // A hedged span back ("gut", "knapp", "rund") points at the same day as the bare one.
    ['Er war vor gut einer Woche nach Moskau gereist.', 'past', 'vor gut einer Woche', '2025-12-13', null, 'day'],
    ['Sie trafen sich vor knapp zehn Tagen in Genf.', 'past', 'vor knapp zehn Tagen', '2025-12-10', null, 'day'],
    ['Am Sonntagabend telefonierten sie.', 'past', 'Am Sonntagabend', '2025-12-14', null, 'day'],
    ['In der Nacht zum Freitag endeten die Gespräche.', 'past', 'In der Nacht zum Freitag', '2025-12-18', null, 'day'],
    ['Heute beginnen die Gespräche.', 'present', 'Heute', '2025-12-20', null, 'day'],
    ['Gestern sprachen sie lange.', 'past', 'Gestern', '2025-12-19', null, 'day'],
    ['Vorgestern sprachen sie lange.', 'past', 'Vorgestern', '2025-12-18', null, 'day'],
    ['Die Delegation reist morgen ab.', 'future', 'morgen', '2025-12-21', null, 'day'],
    ['Übermorgen geht es weiter.', 'future', 'Übermorgen', '2025-12-22', null, 'day'],
    ['Am Abend trafen sie sich.', 'past', 'Am Abend', '2025-12-20', null, 'day'],
    ['Am Morgen trafen sie sich.', 'past', 'Am Morgen', '2025-12-20', null, 'day'],
    ['Am Wochenende wird verhandelt.', 'future', 'Am Wochenende', '2025-12-20', '2025-12-21', 'days'],
    ['Am kommenden Wochenende wird verhandelt.', 'future', 'Am kommenden Wochenende', '2025-12-27', '2025-12-28', 'days'],
    ['Am vergangenen Wochenende trafen sie sich.', 'past', 'Am vergangenen Wochenende', '2025-12-13', '2025-12-14', 'days'],
    ['Am Sonntag und Montag sind Treffen geplant.', 'future', 'Am Sonntag und Montag', '2025-12-21', '2025-12-22', 'days'],
    ['Sie verhandelten am Freitag und gestern.', 'past', 'am Freitag', '2025-12-19', null, 'day'],
  ])('%s (%s)', (sentence, tense, text, start, end, precision) => {
    expect(first(sentence, tense)).toEqual({text, start, end, precision});
  });

  // chrono's own weekday reading took the comma into its match, outranked ours and was dropped.
  it.each<[string, Tense, string, string]>([
    ['Die Gespräche beginnen am Freitag, teilte das Ministerium mit.', 'future', 'am Freitag', '2025-12-26'],
    ['Am Montag, so hieß es in Kiew, reist die Delegation nach Genf.', 'future', 'Am Montag', '2025-12-22'],
    ['Sie trafen sich am Donnerstag (Ortszeit) in Miami.', 'past', 'am Donnerstag', '2025-12-18'],
  ])('keeps a weekday followed by a comma or a bracket: %s', (sentence, tense, text, start) => {
    expect(first(sentence, tense)).toEqual({text, start, end: null, precision: 'day'});
  });

  it('reads no weekday into "so" and "do"', () => {
    expect(findDates('Das Treffen soll so bald wie möglich stattfinden, so die Sprecherin.', {published, tense: 'future'})).toEqual([]);
  });

  it('keeps a day that a participle marks as over, even in a future sentence', () => {
    const sentence = 'Ein Treffen könnte folgen, sobald die am Freitag aufgenommenen Gespräche gut verlaufen.';
    expect(first(sentence, 'future')?.start).toBe('2025-12-19');
  });

  it('places a day by the tense of its own clause', () => {
    const held = 'Die Gesandten hielten am Freitag eine Runde ab und vereinbarten, bald weiterzureden.';
    expect(first(held, 'future')?.start).toBe('2025-12-19');
    const written = 'Meloni schrieb am Dienstagabend, sie werde mit dem Papst sprechen.';
    expect(first(written, 'future')?.start).toBe('2025-12-16');
  });

  it('dates "am Freitag und gestern" on a Sunday as a two-day span', () => {
    const [span] = findDates('Sie verhandelten am Freitag und gestern.', {published: '2026-01-25', tense: 'past'});
    expect(span).toMatchObject({start: '2026-01-23', end: '2026-01-24', precision: 'days'});
  });

  it('reads the publication day in Berlin time', () => {
    const late = findDates('Heute wird verhandelt.', {published: '2025-12-19T23:30:00Z', tense: 'future'});
    expect(late[0]?.start).toBe('2025-12-20');
  });
});

describe('findDates: days counted from a day the sentence names', () => {
  it.each<[string, Tense, string, string]>([
    ['Am Montag berieten die Außenminister, tags darauf die Staatschefs.', 'past', 'tags darauf', '2025-12-16'],
    ['Am 2. Januar beraten die Gesandten in Rom, zwei Tage später reist der Kanzler nach Warschau.', 'future', 'zwei Tage später', '2026-01-04'],
    ['Die Konferenz tagt vom 8. bis 9. Januar, am Tag danach fliegt die Ministerin nach Kiew.', 'future', 'am Tag danach', '2026-01-10'],
    ['Am Freitag landete der Präsident in Rom, am Vorabend hatte er mit Meloni telefoniert.', 'past', 'am Vorabend', '2025-12-18'],
  ])('%s', (sentence, tense, text, start) => {
    const mention = findDates(sentence, {published, tense}).find((m) => m.text === text);
    expect(mention).toMatchObject({start, end: null, precision: 'day'});
  });

  it('reads "am nächsten Tag" without a day before it from the publication, as before', () => {
    expect(first('Am nächsten Tag reiste er nach Kiew.', 'past')?.start).toBe('2025-12-21');
  });
});

describe('findDates: a date set off by commas', () => {
  it('reads "vergangene Woche" after a comma as the week, as without one', () => {
    const [mention] = findDates('Die Gesandten hatten sich, vergangene Woche, in Riad getroffen.', {published, tense: 'past'});
    expect(mention).toMatchObject({text: 'vergangene Woche', start: '2025-12-08', precision: 'month-part'});
  });
});
