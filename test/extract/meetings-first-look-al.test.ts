import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status of meetings told as ended or going on, widened from what set AL showed, in sentences
// of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a session told as ended', () => {
  it('keeps talks told as ended held and makes their continuation another day a planned meeting of its own', () => {
    const text = 'Die Beratungen zwischen Rubio und Lawrow in Genf sind am Mittwochabend vorerst zu Ende gegangen. Ein Sprecher sagte, man habe vereinbart, die Beratungen am Freitag fortzusetzen.';
    expect(meetingsOf(text)).toMatchObject([
      {place: 'Genf', status: 'held', start: '2026-03-04'},
      {status: 'planned', start: '2026-03-06'},
    ]);
  });

  it('keeps talks told as ended held when a reception joins them to a visit', () => {
    const text = 'Die Beratungen zwischen Kallas und Sikorski in Wien sind am Donnerstagabend vorerst zu Ende gegangen. Außenministerin Meinl-Reisinger hatte die beiden am Nachmittag in Wien empfangen.';
    expect(meetingsOf(text, '2026-03-05T18:00:00+01:00')).toMatchObject([{place: 'Wien', status: 'held', start: '2026-03-05'}]);
  });
});

describe('a meeting nearly over', () => {
  it('reads talks that "scheinen zu Ende zu gehen" or "neigen sich dem Ende zu" as still under way', () => {
    expect(meetingsOf('Das Treffen zwischen Macron und Orbán in Budapest scheint zu Ende zu gehen.', '2026-03-05T18:00:00+01:00')).toMatchObject([{place: 'Budapest', status: 'ongoing'}]);
    expect(meetingsOf('Der Gipfel in Brüssel neigt sich dem Ende zu.', '2026-03-05T18:00:00+01:00')).toMatchObject([{place: 'Brüssel', status: 'ongoing'}]);
  });

  it('keeps talks that went to an end on a past day held', () => {
    expect(meetingsOf('Die Beratungen von Kallas und Sikorski in Wien gingen am Mittwoch zu Ende.')).toMatchObject([{place: 'Wien', status: 'held', start: '2026-03-04'}]);
  });
});

describe('a message handed over', () => {
  it('reads a call in which a message was handed over in the Präteritum as held', () => {
    expect(meetingsOf('Diese Nachricht übermittelte Scholz dem spanischen Ministerpräsidenten Sánchez in einem Telefonat.', '2026-03-05T18:00:00+01:00')).toMatchObject([{kind: 'call', status: 'held', start: '2026-03-05'}]);
  });
});

describe('a proposal with a date', () => {
  it('reads a meeting proposed with a planning relative clause as proposed, one proposed in the pluperfect as planned', () => {
    expect(meetingsOf('Tusk habe Macron und Meloni ein Treffen vorgeschlagen, das Ende April in Rom stattfinden solle.')).toMatchObject([{place: 'Rom', status: 'proposed', start: '2026-04-21', precision: 'month-part'}]);
    expect(meetingsOf('Tusk schlug Macron ein Treffen vor, das Ende April in Rom stattfinden soll.')).toMatchObject([{place: 'Rom', status: 'proposed'}]);
    expect(meetingsOf('Tusk und Macron haben ein Treffen vereinbart, das Ende April in Rom stattfinden soll.')).toMatchObject([{place: 'Rom', status: 'planned'}]);
    expect(meetingsOf('Tusk hatte am Wochenende Gespräche mit Macron vorgeschlagen, die am 20. April in Rom beginnen sollen.')).toMatchObject([{place: 'Rom', status: 'planned'}]);
  });
});

describe('a continuation in a headline', () => {
  it('gives the day after "Fortsetzung" to the next session, not to the talks told as over', () => {
    const meetings = extract({title: 'Beratungen von Kallas und Sikorski in Wien vorerst zu Ende - Fortsetzung am Freitag', text: 'Die Beratungen zwischen Kallas und Sikorski in Wien sind am Donnerstagabend vorerst zu Ende gegangen.', published: '2026-03-05T21:00:00+01:00'}).meetings;
    expect(meetings).toMatchObject([{place: 'Wien', status: 'held', start: '2026-03-05'}]);
  });
});

describe('the agent of a proposal', () => {
  it('takes no venue from the agent after "von" ("die von Polen vorgeschlagenen Gespräche")', () => {
    expect(meetingsOf('Schweden bietet sich als Gastgeber für die von Polen angeregten Gespräche an.')).toMatchObject([{place: 'Schweden', status: 'proposed'}]);
    expect(meetingsOf('Der Gipfel von Anchorage endete am Freitag.')).toMatchObject([{place: 'Anchorage', status: 'held'}]);
  });
});

describe('attendance denied', () => {
  it('adds no one from a relative clause that says who stays away', () => {
    expect(meetingsOf('Am Freitag beginnen in Genf Gespräche zwischen Polen und Litauen, an denen Kallas oder andere EU-Vertreter nicht teilnehmen werden.')[0]!.participants).not.toContain('Kaja Kallas');
    expect(meetingsOf('Am Freitag beginnen in Genf Gespräche zwischen Polen und Litauen, an denen Kallas teilnehmen wird.')[0]!.participants).toContain('Kaja Kallas');
  });
});
