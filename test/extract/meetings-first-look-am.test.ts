import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meetings as set AM showed them, widened to the German structures behind its misses, in sentences
// of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05', title = 'Diplomatie') => extract({title, text, published}).meetings;

describe('a summit word in a report without politics', () => {
  it('reads a hobby show or a club outing called "Gipfeltreffen" as no meeting', () => {
    const show = 'Mehr als 400 Traktoren und Unimogs rollten am vergangenen Samstag zum Gipfel des Hesselbergs. Der Landmaschinenclub hatte zum vierten Mal eingeladen, und die Besucher kamen trotz Regen.';
    expect(meetingsOf(show, '2026-03-05', 'Gipfeltreffen der Traktorfreunde')).toEqual([]);
    const outing = 'Das war schon unser achtes Gipfeltreffen. Am Samstag und Sonntag stiegen zwölf Frauen aus der Gemeinde zur Zugspitze hinauf und übernachteten in der Knorrhütte.';
    expect(meetingsOf(outing, '2026-03-09', 'Gipfeltreffen 2026')).toEqual([]);
  });

  it('keeps a summit told in a short article that names an office, a bloc or a venue', () => {
    expect(meetingsOf('Das Gipfeltreffen beginnt am Donnerstag in Brüssel.', '2026-03-05', 'Staats- und Regierungschefs beraten')).toMatchObject([{place: 'Brüssel', kind: 'summit', start: '2026-03-05'}]);
    expect(meetingsOf('Der Gipfel der Nato beginnt am Dienstag.', '2026-03-05', 'Gipfel')).toMatchObject([{kind: 'summit', start: '2026-03-10'}]);
    expect(meetingsOf('Der Gipfel beginnt am Dienstag in Den Haag.', '2026-03-05', 'Gipfel')).toMatchObject([{place: 'Den Haag', kind: 'summit'}]);
  });
});

describe('one meeting named twice in a sentence', () => {
  it('reads "die jüngsten Gespräche" in an apposition on the speaker as the meeting placed in the same sentence', () => {
    const text = 'Auf die Freilassung von 300 Gefangenen habe man sich in Wien geeinigt, schrieb Sergej Lawrow, der russische Delegationsleiter bei den jüngsten direkten Gesprächen zwischen Moskau und Kiew, auf X.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Wien', participants: ['Sergej Lawrow']}]);
  });
});

describe('a sitting told to have lasted until a time', () => {
  it('reads "saßen bis nach Mitternacht zusammen" after a dated meeting as that meeting, not one of the report\'s day', () => {
    const text = 'Das Treffen von Präsident Erdoğan mit den Gesandten Rubio und Vance in Ankara ist in der Nacht zu Donnerstag zu Ende gegangen. Rubio, Vance und Erdoğan saßen bis nach Mitternacht zusammen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Ankara', start: '2026-03-04', status: 'held'}]);
    const late = 'Das Treffen von Präsident Erdoğan mit Rubio in Ankara ist am Mittwoch zu Ende gegangen. Die beiden berieten bis spät in die Nacht.';
    expect(meetingsOf(late)).toHaveLength(1);
  });
});
