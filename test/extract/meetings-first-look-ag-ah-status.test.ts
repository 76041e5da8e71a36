import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// First-look sets AG and AH: a meeting's status from the time of the report (tense, what lies ahead
// of the reported act, one party's withdrawal), in sentences of our own. Thursday 05.03.2026
// unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting still ahead', () => {
  it('reads talks that "stehen … an" as due, not under way', () => {
    expect(meetingsOf('Im Streit um die Fischereirechte stehen erneut schwierige Gespräche in Oslo an.', '2026-03-05T06:40:00+01:00')).toMatchObject([{place: 'Oslo', status: 'planned'}]);
    expect(meetingsOf('Die Verhandlungen zwischen Polen und Litauen in Riga stünden „unmittelbar“ bevor.')).toMatchObject([{place: 'Riga', status: 'planned'}]);
  });
});

describe('a meeting named after "vor"', () => {
  it('reads the meeting after "Vor einem Treffen" as still ahead of what the clause tells', () => {
    expect(meetingsOf('Vor dem Treffen mit Viktor Orbán in Wien hat Karl Nehammer die Bedeutung der Zusammenarbeit betont.')).toMatchObject([{place: 'Wien', status: 'planned'}]);
    expect(meetingsOf('Kurz vor Beginn der Gespräche in Genf hat Moskau neue Forderungen gestellt.')).toMatchObject([{place: 'Genf', status: 'planned'}]);
  });

  it('leaves it to the tense when the clause is told in the pluperfect or on a past day', () => {
    expect(meetingsOf('Vor dem Gipfel in Oslo hatten die Europäer noch gehofft.')).toMatchObject([{place: 'Oslo', status: 'held'}]);
    expect(meetingsOf('Vor dem Treffen mit Viktor Orbán in Wien hat Karl Nehammer am Montag die Bedeutung der Zusammenarbeit betont.')).toMatchObject([{place: 'Wien', status: 'held'}]);
  });
});

describe('a possibility of another meeting', () => {
  it('reads "möglich" of another meeting noun as no proposal of the meeting begun', () => {
    expect(meetingsOf('Vor dem Hintergrund möglicher Gespräche über einen Gefangenenaustausch hat in Genf das Treffen der EU-Außenminister begonnen.')).toMatchObject([{place: 'Genf', status: 'ongoing'}]);
    // Its own "möglich" still makes a meeting proposed.
    expect(meetingsOf('Ein mögliches Treffen in Genf wurde von beiden Seiten erörtert.')).toMatchObject([{place: 'Genf', status: 'proposed'}]);
  });
});

describe('one party stays away', () => {
  it('reads attendance called off ("hat seine Teilnahme an … abgesagt") as the meeting still planned', () => {
    expect(meetingsOf('Außenminister Radosław Sikorski hat seine Teilnahme an einem lange geplanten EU-Treffen in Tallinn abgesagt.')).toMatchObject([{place: 'Tallinn', status: 'planned'}]);
    expect(meetingsOf('Sikorski sagt Teilnahme an Gipfel in Tallinn am Montag ab.')).toMatchObject([{place: 'Tallinn', status: 'planned', start: '2026-03-09'}]);
    // The meeting itself called off stays cancelled.
    expect(meetingsOf('Sikorski hat das Treffen in Tallinn abgesagt.')).toMatchObject([{place: 'Tallinn', status: 'cancelled'}]);
    // "sagte … ab" with words between: the separable verb calls off.
    expect(meetingsOf('Sikorski sagte das Treffen mit Kallas in Tallinn überraschend ab.')).toMatchObject([{place: 'Tallinn', status: 'cancelled'}]);
  });
});

describe('a meeting told as done by the act around it', () => {
  it('reads a video conference someone "initiierte" as held, not under way', () => {
    expect(meetingsOf('Polens Premier Donald Tusk initiierte rasch eine Videokonferenz der Europäer mit Trump.')).toMatchObject([{status: 'held', participants: expect.arrayContaining(['Donald Tusk'])}]);
  });

  it('reads a meeting named after "im Anschluss an" as over, whatever the clause demands', () => {
    expect(meetingsOf('Im Anschluss an das Gespräch mit Tusk in Oslo forderte Frederiksen einen sofortigen Waffenstillstand.')).toMatchObject([{place: 'Oslo', status: 'held'}]);
  });
});

describe('a visit told in the Präteritum', () => {
  it('reads a reception or visit told in the Präteritum as over, an arrival as a stay begun', () => {
    // Published on Saturday: Friday's reception is over; Friday's arrival leaves the visitor there.
    expect(meetingsOf('Der Kanzler empfing die dänische Regierungschefin Mette Frederiksen am Freitag in Berlin.', '2026-03-07T09:00:00+01:00')).toMatchObject([{place: 'Berlin', start: '2026-03-06', status: 'held'}]);
    expect(meetingsOf('Die Außenministerin besuchte am Freitag Vilnius.', '2026-03-07T09:00:00+01:00')).toMatchObject([{place: 'Vilnius', start: '2026-03-06', status: 'held'}]);
    expect(meetingsOf('Die Außenministerin traf am Freitag in Vilnius ein.', '2026-03-07T09:00:00+01:00')).toMatchObject([{place: 'Vilnius', status: 'ongoing'}]);
  });
});
