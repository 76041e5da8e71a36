// Meetings at a summit: the summit of many, and the meetings of two on its sidelines.
import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Sunday 22.06.2025, Berlin time.
const published = '2025-06-22T10:00:00+02:00';
const meetingsOf = (text: string) => extract({title: 'Vor dem Gipfel', text, published}).meetings;

describe('meetings on the sidelines of a summit', () => {
  it('reads "ein Treffen … am Rande des Gipfels" as its own meeting at the summit\'s place and time', () => {
    const text = 'Die Staats- und Regierungschefs der EU kommen am Donnerstag und Freitag in Brüssel zusammen. Ein Treffen mit Emmanuel Macron am Rande des Gipfels gilt als möglich.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings[1]).toMatchObject({place: 'Brüssel', start: '2025-06-26', status: 'proposed'});
    expect(meetings[1]!.participants).toContain('Emmanuel Macron');
  });

  it('keeps two ministers meeting at an alliance summit apart from the summit', () => {
    const text = 'Wenn sich die Staats- und Regierungschefs der Nato am Dienstag und Mittwoch in Den Haag treffen, geht es um Geld. Rustem Umerow will in Den Haag Pete Hegseth treffen.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings[0]!.participants).toEqual([]);
    expect([...meetings[1]!.participants].sort()).toEqual(['Pete Hegseth', 'Rustem Umerow']);
  });

  it('reads a meeting "am Vorabend des Gipfels" as its own, the day before the summit', () => {
    const text = 'Die Staats- und Regierungschefs der EU kommen am Donnerstag in Brüssel zu ihrem Gipfel zusammen. Am Vorabend des Gipfels wollen Merz, Macron und Tusk in Brüssel zusammenkommen.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings[1]).toMatchObject({place: 'Brüssel', start: '2025-06-25', status: 'planned'});
  });
});
