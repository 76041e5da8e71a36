import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// The fourteenth round: a meeting's facts told across sentences (its people and its venue), and
// the people a meeting clause names only as context, in sentences of our own. Thursday
// 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('company told in the sentences after the meeting', () => {
  it('adds "Mit dabei ist X" to the meeting just told', () => {
    expect(meetingsOf('Kanzler Friedrich Merz empfängt am Freitag den polnischen Regierungschef Donald Tusk in Berlin. Mit dabei ist auch Außenminister Johann Wadephul.')).toMatchObject([{place: 'Berlin', participants: expect.arrayContaining(['Friedrich Merz', 'Donald Tusk', 'Johann Wadephul'])}]);
  });

  it('adds the delegations told one after the other ("besteht aus …", "wird von X geleitet"), not their source', () => {
    const [talks] = meetingsOf('In Genf sollen am Montag Gespräche zwischen den USA und Russland beginnen. Die russische Delegation besteht nach Angaben von Kremlsprecher Dmitri Peskow aus Kirill Dmitrijew und Juri Uschakow. Peskow selbst bleibt in Moskau.\n\nDie US-Delegation wird von Steve Witkoff geleitet.');
    expect(talks).toMatchObject({place: 'Genf', participants: expect.arrayContaining(['Kirill Dmitrijew', 'Juri Uschakow', 'Steven Witkoff'])});
    expect(talks!.participants).not.toContain('Dmitri Peskow');
  });

  it('does not add the one quoted on the delegation, nor a delegation of a side the meeting lacks', () => {
    const [talks] = meetingsOf('In Riad beginnen am Dienstag Gespräche zwischen den USA und der Ukraine. Die ukrainische Delegation werde von Rustem Umerow geleitet, zitierten Agenturen Außenminister Andrij Sybiha.');
    expect(talks!.participants).toContain('Rustem Umerow');
    expect(talks!.participants).not.toContain('Andrij Sybiha');
    expect(meetingsOf('In Riad beginnen am Dienstag Gespräche zwischen den USA und der Ukraine. Die russische Delegation wird von Wladimir Medinski geleitet.')[0]!.participants).not.toContain('Wladimir Medinski');
  });
});
