import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import {extract} from '../../source/extract/index.js';
import {statusCue} from '../../source/extract/status.js';

// Wednesday 14.01.2026.
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published: '2026-01-14'}).meetings;

describe('dates that are not the meeting’s', () => {
  it('reads "frühestens in drei Wochen" as a lower bound, not a date', () => {
    const [meeting] = meetingsOf('Nach Angaben aus Warschau könnte ein Gipfel von Tusk und Sybiha in Helsinki frühestens in drei Wochen stattfinden.');
    expect(meeting).toMatchObject({place: 'Helsinki', start: null, precision: 'unknown'});
    expect(meetingsOf('Ein Gipfel von Tusk und Sybiha in Helsinki könnte in drei Wochen stattfinden.')[0]).toMatchObject({start: '2026-02-04'});
  });

  it('leaves the date of "die erste Begegnung seit dem Amtsantritt im Mai" to the other event', () => {
    const meetings = meetingsOf('Heute treffen sich Tusk und Sybiha in Helsinki. Es ist die erste Begegnung der beiden seit Tusks Amtsantritt im Mai 2025.');
    expect(meetings.filter(m => m.start === '2025-05-01')).toEqual([]);
  });
});

describe('the day of the report', () => {
  it('dates an undated meeting told with "parallel" on the day of the report, like "unterdessen"', () => {
    const text = 'Die Außenminister berieten heute in Oslo.\n\nDer Kanzler reiste parallel nach Vilnius und traf dort Präsident Gitanas Nausėda.';
    expect(meetingsOf(text).find(m => m.place === 'Vilnius')).toMatchObject({start: '2026-01-14', precision: 'day'});
  });
});

describe('venues', () => {
  it('places a meeting in the town a clause names as the place "an dem" it could happen', () => {
    expect(meetingsOf('Tusk meinte, Helsinki sei ein geeigneter Ort, an dem sich Sybiha und Lawrow treffen könnten.')[0]).toMatchObject({place: 'Helsinki'});
    expect(meetingsOf('Tusk sagte, Helsinki sei eine schöne Stadt, in der er gern lebe, und lobte den Präsidenten Alexander Stubb.')).toEqual([]);
  });
});

describe('the visit before', () => {
  it('keeps "der letzte Besuch" apart from the visit ahead, held and undated', () => {
    const text = 'Der letzte Besuch der moldauischen Präsidentin Maia Sandu in Berlin endete im Streit.\n\nSandu reist am Montag nach Berlin zu Bundeskanzler Friedrich Merz.';
    const meetings = meetingsOf(text).filter(m => m.place === 'Berlin');
    expect(meetings).toHaveLength(2);
    expect(meetings).toEqual(expect.arrayContaining([expect.objectContaining({start: null, status: 'held'}), expect.objectContaining({start: '2026-01-19', status: 'planned'})]));
  });
});

describe('a meeting prepared', () => {
  it('gives the date of "haben am Montag zur Planung eines lange erwogenen Gipfels telefoniert" to the call', () => {
    const meetings = meetingsOf('Sybiha und Sikorski haben am Montag zur Planung eines lange erwogenen Gipfels in Helsinki telefoniert.');
    expect(meetings).toMatchObject([{kind: 'call', start: '2026-01-12', status: 'held'}]);
  });
});

describe('a meeting dated by its adjective of the day', () => {
  it('reads "des heutigen Treffens", "beim gestrigen Telefonat" as that day', () => {
    expect(findDates('Sie lobte den Verlauf des heutigen Treffens.', {published: '2026-01-14', tense: 'present'})).toMatchObject([{text: 'heutigen', start: '2026-01-14', precision: 'day'}]);
    expect(findDates('Beim gestrigen Telefonat ging es um Gefangene.', {published: '2026-01-14', tense: 'past'})).toMatchObject([{start: '2026-01-13'}]);
    expect(findDates('Die heutige Lage ist ernst.', {published: '2026-01-14', tense: 'present'})).toEqual([]);
  });

  it('dates talks told earlier by "den Ausgang der heutigen Beratungen" on the day of the report', () => {
    const text = 'Die Unterhändler hatten zuvor in Helsinki über einen Gefangenenaustausch verhandelt. Sybiha lobte den Ausgang der heutigen Beratungen.';
    expect(meetingsOf(text).find(m => m.start === '2026-01-14')).toMatchObject({status: 'held'});
  });
});

describe('a meeting someone expects', () => {
  it('reads "erwartet bald einen Besuch" as proposed, unlike "wird … erwartet"', () => {
    expect(statusCue('Der Minister erwartet bald einen Besuch seines Amtskollegen in Oslo')).toBe('proposed');
    expect(statusCue('Selenskyj wird am Montag in Helsinki erwartet')).toBe('planned');
  });
});

describe('the day of a journey denied', () => {
  it('gives the talks the day of "reist am Mittwoch nicht zu den Gesprächen nach Helsinki"', () => {
    const [meeting] = meetingsOf('Der Außenminister Lawrow reist am Mittwoch nicht zu den Gesprächen über Gefangene nach Helsinki.');
    expect(meeting).toMatchObject({place: 'Helsinki', start: '2026-01-14'});
    expect(meeting!.participants).not.toContain('Sergej Lawrow');
  });
});

describe('the day and the traveller of a journey to a meeting', () => {
  it('gives "reist am Montag zu Gesprächen nach Washington" the journey\'s day and traveller', () => {
    expect(meetingsOf('Selenskyj reist am Montag zu Gesprächen mit Trump nach Washington.')).toMatchObject([
      {place: 'Washington', start: '2026-01-19', precision: 'day', status: 'planned', kind: 'talks', participants: ['Wolodymyr Selenskyj', 'Donald Trump']},
    ]);
  });

  it('does so for "fliegt zum Gipfel" too, with the day before the traveller', () => {
    expect(meetingsOf('Am Montag fliegt Merz zum Gipfel nach Brüssel.')).toMatchObject([{place: 'Brüssel', start: '2026-01-19', kind: 'summit', participants: ['Friedrich Merz']}]);
  });
});
