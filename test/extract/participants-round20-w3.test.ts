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
