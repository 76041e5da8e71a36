import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Who is at a meeting when the sentence names others beside them: a name inside an apposition
// to the subject, who withdraws in the sentence after the meeting, and a subject named only by
// nationality or party (set AP). Tested in
// sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a name inside an apposition to the subject', () => {
  it('leaves out the one the apposition names ("X, eine enge Verbündete von Kanzlerin Y, reist …")', () => {
    expect(meetingsOf('Anna Probe, eine enge Verbündete von Kanzlerin Eva Test, reist am Freitag nach Oslo.')).toMatchObject([{place: 'Oslo', start: '2026-12-11', participants: ['Anna Probe']}]);
  });
});

describe('a subject before an apposition that describes it', () => {
  it('keeps the subject when a clause of its own follows before the meeting verb ("X, ein Vertrauter von Y, packt … und reist")', () => {
    const text = 'Erik Muster, ein alter Vertrauter von Kanzlerin Eva Test, packt seine Koffer und reist am Freitag nach Minsk.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Minsk', start: '2026-12-11', participants: ['Erik Muster']}]);
  });

  it('reads "sagte … ab" as a verb of its own, not as a report ("X, eine Verbündete von Y, sagte ihre Teilnahme ab und fliegt")', () => {
    const text = 'Anna Probe, eine enge Verbündete von Kanzlerin Eva Test, sagte ihre Teilnahme ab und fliegt stattdessen nach Minsk.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Minsk', participants: ['Anna Probe']}]);
  });
});

describe('who withdraws from a meeting', () => {
  it('leaves out who "hat seine Teilnahme … abgesagt" in the sentence after the meeting', () => {
    const text = 'Am Freitag wollen sich die Regierungschefs in Rom treffen. Pedro Sánchez hat seine Teilnahme an dem Treffen abgesagt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Rom', start: '2026-12-11', participants: []}]);
  });
});

describe('a subject named by nationality or party', () => {
  it('reads "Der Republikaner" as the person named before ("er")', () => {
    const text = 'Steve Witkoff hat den Kreml mehrfach besucht. Der Republikaner reist am Freitag nach Minsk.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Minsk', start: '2026-12-11', participants: ['Steven Witkoff']}]);
  });

  it('keeps the name that follows the epithet ("der Amerikaner X")', () => {
    const text = 'Steve Witkoff hat den Kreml mehrfach besucht. Am Freitag reist der Amerikaner Marco Rubio nach Minsk.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Minsk', participants: ['Marco Rubio']}]);
  });
});
