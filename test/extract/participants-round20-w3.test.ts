import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants of found meetings missed in first-look sets AS to AX, round 20 (wave 3), counted by
// cause. Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('who leads a delegation, told in the next sentence', () => {
  it('adds who leads it, the participle first with "vom" ("Angeführt wird die Delegation vom Berater X")', () => {
    const text = 'Am Freitag verhandeln Vertreter Serbiens und des Kosovo in Brüssel. Angeführt wird die serbische Delegation vom langjährigen Präsidentenberater Marko Đurić.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Brüssel', start: '2026-12-11'});
    expect(meetings[0]!.participants).toContain('Marko Đurić');
  });
});

describe('"er" after a sentence of reported speech that names no one', () => {
  const said = 'Der finnische Präsident Alexander Stubb hat sich erneut als Vermittler angeboten, sagte er in Helsinki.';

  it('gives "werde er … telefonieren" the speaker named before the nameless sentence', () => {
    const text = `${said} Es wäre hilfreich, wenn die Gespräche bald weitergingen. Am Montag werde er mit Wladimir Putin telefonieren.`;
    const call = meetingsOf(text).find(m => m.kind === 'call');
    expect(call).toBeDefined();
    expect([...call!.participants].sort()).toEqual(['Alexander Stubb', 'Wladimir Putin']);
  });

  it('does not reach back over a sentence told in the indicative', () => {
    const text = `${said} Die Lage an der Front bleibt angespannt. Am Montag wird er mit Wladimir Putin telefonieren.`;
    const call = meetingsOf(text).find(m => m.kind === 'call');
    expect(call?.participants ?? []).not.toContain('Alexander Stubb');
  });
});

describe('the other side\'s delegation, listed after the first side\'s', () => {
  it('adds who leads the second delegation to the talks the first list joined ("Zur ukrainischen Delegation in B gehören … Die russische Delegation wird von X geleitet")', () => {
    const text = 'Vertreter der Ukraine und Russlands beraten seit Freitag in Istanbul über einen Gefangenenaustausch. Zur ukrainischen Delegation in Istanbul gehören Minister Rustem Umerow und Geheimdienstchef Kyrylo Budanow. Die russische Delegation besteht aus Beamten und wird von Präsidentenberater Wladimir Medinski geleitet.';
    const talks = meetingsOf(text).find(m => m.place === 'Istanbul');
    expect(talks).toBeDefined();
    expect(talks!.participants).toEqual(expect.arrayContaining(['Rustem Umerow', 'Wladimir Medinski']));
  });
});
