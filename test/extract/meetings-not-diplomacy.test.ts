// Meeting words that report no diplomatic meeting: sport, domestic bodies meeting again, denials
// and indirect questions.
import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, title = 'Aktuelles') => extract({title, text, published}).meetings;

describe('meeting words that are no diplomatic meeting', () => {
  it('finds no meetings in a match preview told in club words (Mannschaft, Tabellenführer, Torjäger)', () => {
    const text =
      'Vor dem Spitzentreffen am Sonntag in München bleibt der Coach ruhig. Seine Mannschaft geht als Tabellenführer ins Duell, der Torjäger ist nach der Verletzungspause zurück. Ein Treffen mit dem Berater des Kapitäns ist für Montag geplant.';
    expect(meetingsOf(text)).toEqual([]);
  });

  it('finds no meetings in a match report, where "traf" is a goal and a "Treffen" a match', () => {
    const text =
      'Die Nationalmannschaft gewann das Spiel gegen Schottland mit 2:0. Nach der Halbzeit traf der Stürmer per Kopf, ein Freistoß brachte das zweite Tor. ' +
      'Der Bundestrainer will sich am Montag mit dem Sportdirektor zu einem Gespräch treffen. Das nächste Treffen mit Polen steht im März in Warschau an.';
    expect(meetingsOf(text)).toEqual([]);
  });

  it('still finds a summit in a report that mentions one match in passing', () => {
    const text = 'Am Dienstag trafen sich Macron und Selenskyj in Paris. Abends sahen beide das Spiel im Stadion.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', status: 'held'}]);
  });

  it('takes "ein weiteres Treffen" after a committee meeting as the committee\'s, not diplomacy', () => {
    const text = 'Am Rande der Debatte kamen die Fraktionsvorsitzenden zu einem Gespräch zusammen. Ein weiteres Treffen ist für kommenden Mittwoch angesetzt.';
    expect(meetingsOf(text)).toEqual([]);
  });

  it('reads a denied call in a headline as no meeting', () => {
    expect(meetingsOf('Peskow äußerte sich am Abend.', 'Kreml: Kein Telefonat mit Trump geplant')).toEqual([]);
  });

  it('reads an indirect question whether two sides negotiate as no meeting', () => {
    expect(meetingsOf('Es sei unklar, ob Moskau und Kiew über den Entwurf jemals verhandeln.')).toEqual([]);
  });

  it('reads a statement about whoever talks ("Wer … verhandle") as no meeting', () => {
    expect(meetingsOf('Der Abgeordnete hielt dagegen: Wer jetzt von Gesprächen rede, müsse auch sagen, mit wem.')).toEqual([]);
  });

  it('reads a parliamentary committee meeting as domestic politics', () => {
    expect(meetingsOf('Der Auswärtige Ausschuss kommt am Mittwoch zu einer Sondersitzung zusammen.')).toEqual([]);
  });

  it('reads a meeting the Kremlin "schließt aus" as none, lending no names to the talks before', () => {
    const meetings = meetingsOf('Eine neue Runde ist für kommende Woche in Genf vorgesehen. Ein Treffen zwischen Selenskyj und Putin schließt Moskau vorerst aus.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual([]);
  });

  it('reads a broadcaster speaking with an expert as an interview, not a meeting', () => {
    expect(meetingsOf('Am Montag sprach der Deutschlandfunk in Berlin mit dem Historiker Karl Schlögel.')).toEqual([]);
  });
});
