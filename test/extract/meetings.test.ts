import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, title = 'Ukraine-Diplomatie') => extract({title, text, published}).meetings;

describe('meetings in German news text', () => {
  it('finds held talks with place, date and participants', () => {
    const [meeting, ...rest] = meetingsOf('Am Dienstag trafen sich Marco Rubio und Sergej Lawrow in Riad zu Gesprächen über die Ukraine.');
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({place: 'Riad', country: 'Saudi-Arabien', start: '2025-12-16', precision: 'day', status: 'held', kind: 'talks'});
    expect(meeting!.participants).toEqual(expect.arrayContaining(['Marco Rubio', 'Sergej Lawrow']));
  });

  it('dates a call reported as the day\'s news on the publication day', () => {
    const [call] = meetingsOf('US-Präsident Donald Trump telefonierte mit Kremlchef Wladimir Putin. Über Inhalte wurde nichts bekannt.');
    expect(call).toMatchObject({kind: 'call', status: 'held', start: '2025-12-20', precision: 'day', place: null});
    expect(call!.participants).toEqual(['Donald Trump', 'Wladimir Putin']);
  });

  it('keeps two calls with different people apart', () => {
    const text = 'Selenskyj telefonierte am Freitag mit Emmanuel Macron. Zuvor hatte Trump mit Putin telefoniert.';
    expect(meetingsOf(text).map(m => m.participants.sort())).toEqual([
      ['Emmanuel Macron', 'Wolodymyr Selenskyj'],
      ['Donald Trump', 'Wladimir Putin'],
    ]);
  });

  it('keeps a call with European leaders apart from a call with Putin', () => {
    const calls = meetingsOf('Am Freitag telefonierte Merz mit Staats- und Regierungschefs der EU. Nach seinem Telefonat mit Selenskyj lobte Merz den Zusammenhalt.');
    expect(calls.map(call => [...call.participants].sort())).toEqual([['Friedrich Merz'], ['Friedrich Merz', 'Wolodymyr Selenskyj']]);
  });

  it('reads a proposed trilateral meeting and a planned one with its date', () => {
    const meetings = meetingsOf(
      'Die USA schlagen ein trilaterales Treffen in Genf vor. Unabhängig davon soll am kommenden Montag ein Treffen der Außenminister in Brüssel stattfinden.',
    );
    expect(meetings).toMatchObject([
      {place: 'Genf', status: 'proposed', start: null, precision: 'unknown'},
      {place: 'Brüssel', status: 'planned', start: '2025-12-22', precision: 'day'},
    ]);
  });

  it('merges later mentions of the same talks into one meeting with the more definite status', () => {
    const meetings = meetingsOf(
      'In Miami haben am Freitag neue Gespräche begonnen. An den Gesprächen nahmen Rustem Umerow und Steven Witkoff teil. Die Gespräche sollen am Montag fortgesetzt werden.',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Miami', start: '2025-12-19', status: 'ongoing'});
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Rustem Umerow', 'Steven Witkoff']));
  });

  it('takes the place of "dort" from the sentence before', () => {
    const [meeting] = meetingsOf('Selenskyj hat Umerow nach Miami geschickt. Dort trifft er am Samstag auf den Gesandten Witkoff.');
    expect(meeting).toMatchObject({place: 'Miami', start: '2025-12-20', status: 'ongoing'});
  });

  it('reads a cancellation', () => {
    const [meeting] = meetingsOf('Das für Donnerstag geplante Treffen in Budapest wurde abgesagt.');
    expect(meeting).toMatchObject({place: 'Budapest', status: 'cancelled'});
  });

  it('does not take general statements about negotiations for meetings', () => {
    expect(meetingsOf('Russland lehnt Verhandlungen über eine Waffenruhe weiterhin ab. Die Ukraine fordert weitere Gespräche.')).toEqual([]);
    expect(meetingsOf('Selenskyj sagte im Gespräch mit der Zeitung, der Krieg müsse enden.')).toEqual([]);
    expect(meetingsOf('Die Sanktionen treffen Russland hart.')).toEqual([]);
  });

  it('does not take a denied, repeated or merely wished meeting for one', () => {
    expect(meetingsOf('Ein Treffen zwischen Selenskyj und Putin ist derzeit nicht geplant.')).toEqual([]);
    expect(meetingsOf('Es gebe kein Treffen mit Putin, sagte Peskow.')).toEqual([]);
    expect(meetingsOf('Trump hatte zuletzt mehrfach mit Putin telefoniert.')).toEqual([]);
    expect(meetingsOf('Selenskyj will mit Putin verhandeln, aber nur auf Augenhöhe.')).toEqual([]);
  });

  it('gives the people of a call to the call, not to the summit it preceded', () => {
    const [call, ...rest] = meetingsOf('Vor dem Gipfel hatte Trump mit Selenskyj telefoniert.');
    expect(rest).toEqual([]);
    expect(call).toMatchObject({kind: 'call', participants: ['Donald Trump', 'Wolodymyr Selenskyj']});
  });

  it('does not date a meeting by the start of a period ("seit 2022")', () => {
    expect(meetingsOf('Das Treffen in Istanbul im Mai war das erste direkte Gespräch seit 2022.')).toMatchObject([
      {place: 'Istanbul', start: '2025-05-01', precision: 'month', status: 'held'},
    ]);
  });

  it('does not take talks that stopped for a meeting', () => {
    expect(meetingsOf('Russland und die Ukraine verhandeln seit Wochen nicht mehr direkt miteinander.')).toEqual([]);
  });

  it('keeps a meeting introduced by "Zuvor" apart from the one before', () => {
    const meetings = meetingsOf('Trump hat ein Treffen mit Putin in Budapest angekündigt. Zuvor sollen sich Marco Rubio und Sergej Lawrow kommende Woche treffen.');
    expect(meetings).toMatchObject([
      {place: 'Budapest', start: null, status: 'planned'},
      {place: null, start: '2025-12-22', precision: 'month-part', status: 'planned', participants: ['Marco Rubio', 'Sergej Lawrow']},
    ]);
  });

  it('does not take a refused meeting for one', () => {
    expect(meetingsOf('Ein Treffen von Putin und Selenskyj lehnt der Kreml bislang ab.')).toEqual([]);
  });

  it('keeps a day apart from a week it does not fall in', () => {
    const meetings = meetingsOf('Die Außenminister sollen sich kommende Woche treffen. Am Samstag empfängt Trump Selenskyj im Weißen Haus.');
    expect(meetings).toHaveLength(2);
  });

  it('reads travel to a place as a planned visit', () => {
    const [visit] = meetingsOf('Witkoff soll in der kommenden Woche erneut nach Moskau reisen.');
    expect(visit).toMatchObject({kind: 'visit', place: 'Moskau', start: '2025-12-22', precision: 'month-part', status: 'planned'});
  });

  it('reads an agreement on a further meeting as a plan', () => {
    const [meeting] = meetingsOf('Die Delegationen trafen sich am Freitag in Genf. Beide Seiten verständigten sich auf ein weiteres Treffen in Istanbul.');
    expect(meetingsOf('Beide Seiten verständigten sich auf ein weiteres Treffen in Istanbul.')).toMatchObject([{place: 'Istanbul', status: 'planned'}]);
    expect(meeting).toMatchObject({place: 'Genf', status: 'held'});
  });

  it('does not place a meeting where a speaker stood', () => {
    const [meeting] = meetingsOf('"Wir schlagen ein Treffen der Sicherheitsberater vor", sagte Selenskyj vor Journalisten in Kiew. Ein solches Treffen könnte in Miami stattfinden.');
    expect(meeting).toMatchObject({place: 'Miami', status: 'proposed'});
  });

  it('finds a visit by an arrival and keeps it ongoing on the day', () => {
    const [visit] = meetingsOf('Am Samstag traf Kirill Dmitrijew in Miami ein, um dort mit Vertretern der USA zu verhandeln.');
    expect(visit).toMatchObject({kind: 'visit', place: 'Miami', start: '2025-12-20', status: 'ongoing', participants: ['Kirill Dmitrijew']});
  });

  it('reads the date from the headline when only the headline gives it', () => {
    const meetings = extract({
      title: 'Neue Gespräche für Sonntag angekündigt',
      text: 'Einem Sprecher zufolge soll das Treffen abermals in Abu Dhabi stattfinden.',
      published,
    }).meetings;
    expect(meetings).toMatchObject([{place: 'Abu Dhabi', country: 'VAE', start: '2025-12-21', status: 'planned'}]);
  });
});

describe('meetings in sentences the dev corpus does not show', () => {
  it('reads an offer to host as proposed, whatever the infinitive says', () => {
    const [meeting] = meetingsOf('Das Wetter war schlecht. Finnland hat angeboten, die nächste Verhandlungsrunde in Helsinki auszurichten.');
    expect(meeting).toMatchObject({place: 'Helsinki', status: 'proposed'});
  });

  it('reads readiness to travel as a proposal, not a plan', () => {
    const [meeting] = meetingsOf('Das Wetter war schlecht. Er sei bereit, im Februar nach Wien zu reisen, wenn Moskau einlenke.');
    expect(meeting).toMatchObject({place: 'Wien', status: 'proposed', start: '2026-02-01', precision: 'month'});
  });

  it('reads a counted "Runde" as a round of talks', () => {
    const [round] = meetingsOf('Das Wetter war schlecht. Die dritte Runde soll im März in Genf stattfinden.');
    expect(round).toMatchObject({place: 'Genf', status: 'planned', start: '2026-03-01', kind: 'talks'});
    expect(meetingsOf('Das Wetter war schlecht. Der Minister blickte in die Runde in Genf.')).toEqual([]);
  });

  it('reads a "Runde" scheduled or called off ("die für Donnerstag angesetzte Runde") as a round of talks', () => {
    expect(meetingsOf('Das Wetter war schlecht. Die für Donnerstag angesetzte Runde in Genf platzte.')).toMatchObject([{place: 'Genf', status: 'cancelled', kind: 'talks'}]);
    expect(meetingsOf('Das Wetter war schlecht. Die vereinbarte Runde in Istanbul soll am Montag beginnen.')).toMatchObject([{place: 'Istanbul', status: 'planned', kind: 'talks'}]);
  });

  it('reads an invitation to a place as a visit asked for: proposed, planned once it has a day', () => {
    expect(meetingsOf('Das Wetter war schlecht. Merz hat Selenskyj nach Berlin eingeladen.')).toMatchObject([
      {place: 'Berlin', kind: 'visit', status: 'proposed', start: null, participants: ['Friedrich Merz', 'Wolodymyr Selenskyj']},
    ]);
    expect(meetingsOf('Das Wetter war schlecht. Trump lädt Putin für Dienstag nach Washington ein.')).toMatchObject([
      {place: 'Washington', kind: 'visit', status: 'planned', start: '2025-12-23'},
    ]);
    expect(meetingsOf('Das Wetter war schlecht. Russland ist zu den Gesprächen nicht eingeladen.')).toEqual([]);
  });

  it('reads an arrival ahead ("wird in Moskau eintreffen") as a visit of whoever arrives, and no visit of things', () => {
    expect(meetingsOf('Das Wetter war schlecht. Witkoff wird am Montag in Moskau eintreffen.')).toMatchObject([
      {place: 'Moskau', kind: 'visit', status: 'planned', start: '2025-12-22', participants: ['Steven Witkoff']},
    ]);
    expect(meetingsOf('Das Wetter war schlecht. Die Hilfslieferungen sollen am Montag in Kiew eintreffen.')).toEqual([]);
  });

  it('reads "rief … an" as a phone call', () => {
    const [call] = meetingsOf('Das Wetter war schlecht. Am Freitag rief Macron Selenskyj an.');
    expect(call).toMatchObject({kind: 'call', status: 'held', start: '2025-12-19'});
    expect(call!.participants).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Wolodymyr Selenskyj']));
  });

  it('reads a summit held out in prospect as proposed', () => {
    const [summit] = meetingsOf('Das Wetter war schlecht. Trump stellte ein Treffen mit Putin in Budapest in Aussicht.');
    expect(summit).toMatchObject({place: 'Budapest', status: 'proposed'});
  });

  it('leaves meetings of domestic politics out', () => {
    expect(meetingsOf('Das Wetter war schlecht. Das Kabinett will am Mittwoch in Berlin zusammenkommen.')).toEqual([]);
    expect(meetingsOf('Das Wetter war schlecht. Der Koalitionsausschuss trifft sich am Montag im Kanzleramt.')).toEqual([]);
  });

  it('does not count talks someone sees no reason for', () => {
    const meetings = meetingsOf('Am Freitag trafen sich die Unterhändler in Genf. Moskau sehe keinen Grund für direkte Gespräche mit Kiew, sagte der Sprecher.');
    expect(meetings).toMatchObject([{place: 'Genf', status: 'held'}]);
  });

  it('does not cancel a meeting for a fallback that applies only if it fails', () => {
    const [meeting] = meetingsOf('Die Delegationen sollen am Montag in Helsinki verhandeln. Dänemark bot Kopenhagen als Ausweichort an, falls das Treffen in Helsinki nicht zustande komme.');
    expect(meeting).toMatchObject({place: 'Helsinki', status: 'planned', start: '2025-12-22'});
  });

  it('reads a reception told in the perfect and a journey in the pluperfect as over', () => {
    const [reception] = meetingsOf('Macron hat Selenskyj im Élysée-Palast empfangen.');
    expect(reception).toMatchObject({place: 'Paris', status: 'held', start: '2025-12-20'});
    const [journey] = meetingsOf('Das Wetter war schlecht. Selenskyj war am Freitag nach Helsinki gereist, wo er mit Stubb sprach.');
    expect(journey).toMatchObject({place: 'Helsinki', status: 'held', start: '2025-12-19'});
  });

  it('reads a meeting being prepared as planned, apart from talks held the day before', () => {
    const meetings = meetingsOf(
      'Das Wetter war schlecht. Macron hat mit den Vorbereitungen für ein Treffen mit Putin begonnen. Die Beratungen mit Selenskyj hatten gestern in Paris stattgefunden.',
    );
    expect(meetings).toMatchObject([
      {status: 'planned', place: null},
      {status: 'held', place: 'Paris', start: '2025-12-19'},
    ]);
  });

  it('gives the people and the day around "am Ende der Beratungen" to the call that follows', () => {
    const calls = meetingsOf('Das Wetter war schlecht. Macron habe Putin am Ende der Beratungen gestern angerufen, hieß es.').filter(m => m.kind === 'call');
    expect(calls).toMatchObject([{start: '2025-12-19', status: 'held'}]);
    expect(calls[0]!.participants).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Wladimir Putin']));
  });

  it('reads a weekday in the present tense as the coming one', () => {
    const [visit] = meetingsOf('Das Wetter war schlecht. Am Dienstag empfängt Macron Selenskyj im Élysée-Palast.');
    expect(visit).toMatchObject({place: 'Paris', start: '2025-12-23', status: 'planned'});
    const [summit] = meetingsOf('Das Wetter war schlecht. An diesem Samstag beraten die Regierungschefs in Brüssel über die Ukraine.');
    expect(summit).toMatchObject({place: 'Brüssel', start: '2025-12-20'});
  });

  it('reads an announcement to talk on a weekday as a plan for the coming one', () => {
    const [talks] = meetingsOf('Das Wetter war schlecht. Macron kündigte an, am Montag in Berlin mit Merz über die Ukraine zu sprechen.');
    expect(talks).toMatchObject({place: 'Berlin', start: '2025-12-22', status: 'planned'});
  });

  it('takes place, date and status from a relative clause after the meeting noun', () => {
    const [talks] = meetingsOf('Das Wetter war schlecht. Macron hatte am Montag neue Verhandlungen vorgeschlagen, die am 10. Januar in Genf beginnen sollen.');
    expect(talks).toMatchObject({place: 'Genf', start: '2026-01-10', status: 'planned'});
    const [held] = meetingsOf('Das Wetter war schlecht. Nach Gesprächen mit beiden Seiten, die am Montag und Dienstag in Dschidda stattfanden, zeigte sich Rubio zufrieden.');
    expect(held).toMatchObject({place: 'Dschidda', start: '2025-12-15', end: '2025-12-16', status: 'held'});
  });

  it('tells the last round from the next one in the same sentence, and "dort" from the place before', () => {
    const meetings = meetingsOf('Das Wetter war schlecht. Nach der jüngsten Runde in Genf Anfang Dezember sollen sich die Unterhändler in zwei Wochen erneut dort treffen.');
    expect(meetings).toMatchObject([
      {place: 'Genf', start: '2025-12-01', precision: 'month-part', status: 'held'},
      {place: 'Genf', start: '2026-01-03', status: 'planned'},
    ]);
  });

  it('keeps a leader\'s trip apart from a summit of others', () => {
    const meetings = meetingsOf('Vance reist nach Kiew. Trump stellte zudem ein Gipfeltreffen mit Putin und Selenskyj im Frühjahr in Aussicht.');
    expect(meetings).toMatchObject([{place: 'Kiew', kind: 'visit'}, {place: null, kind: 'summit', status: 'proposed', precision: 'season'}]);
  });

  it('reads talks held "auf Einladung" of a host as under way, not as an invitation', () => {
    const [summit] = meetingsOf('Das Wetter war schlecht. Auf Einladung Macrons beraten an diesem Samstag Regierungschefs in Paris über die Ukraine.');
    expect(summit).toMatchObject({place: 'Paris', start: '2025-12-20', status: 'ongoing'});
  });

  it('reads the results of a meeting as a meeting that took place', () => {
    const meetings = meetingsOf('Am Freitag trafen sich die Regierungschefs in Paris. Macron kündigte an, die Ergebnisse des Pariser Treffens in Brüssel vorzustellen.');
    expect(meetings).toMatchObject([{place: 'Paris', status: 'held', start: '2025-12-19'}]);
  });

  it('reads a meeting verb in the present with a weekend as this one, whatever the next clause says', () => {
    // Published on a Saturday: the weekend's talks are under way.
    const [summit] = meetingsOf('Das Wetter war schlecht. In Wien beraten am Wochenende die Außenminister über die Ukraine, Russland ist nicht eingeladen.');
    expect(summit).toMatchObject({place: 'Wien', start: '2025-12-20', end: '2025-12-21', status: 'ongoing'});
  });

  it('reads the call after "nach einem langen Telefonat mit" as held, whatever was announced after it', () => {
    const meetings = meetingsOf('Das Wetter war schlecht. Am Montag hatte Trump nach einem sehr langen zweistündigen Telefonat mit Putin angekündigt, ihn bald zu treffen.');
    expect(meetings.find(m => m.kind === 'call')).toMatchObject({status: 'held'});
  });

  it('cancels a planned meeting when the next sentence says it was postponed', () => {
    const meetings = meetingsOf('Das Wetter war schlecht. Die nächste Runde war für den 5. Januar in Genf angesetzt. Sie wurde aber auf Wunsch Kiews verschoben.');
    expect(meetings).toMatchObject([{place: 'Genf', start: '2026-01-05', status: 'cancelled'}]);
  });

  it('reads a summit named with a digit ("G20-Gipfel") at a regional venue', () => {
    const [summit] = meetingsOf('Kanzler Merz wird Anfang Februar am G20-Gipfel im italienischen Apulien teilnehmen.');
    expect(summit).toMatchObject({place: 'Apulien', country: 'Italien', start: '2026-02-01', status: 'planned', kind: 'summit'});
  });

  it('reads a reconstruction conference as a meeting of governments', () => {
    const [conference] = meetingsOf('Am 3. März beginnt in London die Wiederaufbaukonferenz für die Ukraine.');
    expect(conference).toMatchObject({place: 'London', start: '2026-03-03', status: 'planned', kind: 'summit'});
  });

  it('takes place and time from a relative clause that starts with a noun ("der Ende Januar in Paris …")', () => {
    const [summit] = meetingsOf('Frankreich wirbt für einen Gipfel der Geberländer, der Ende Januar in Paris stattfinden soll.');
    expect(summit).toMatchObject({place: 'Paris', status: 'planned', precision: 'month-part'});
  });

  it('reads a guest expected in a city as a visit, and a forecast as none', () => {
    const [visit, ...rest] = meetingsOf('Der Außenminister wird am Dienstag in Prag erwartet. Experten erwarten, dass die Gespräche in Genf scheitern könnten.');
    expect(visit).toMatchObject({place: 'Prag', start: '2025-12-23', status: 'planned', kind: 'visit'});
    expect(rest.map(m => m.place)).not.toContain('Prag');
  });

  it('places a meeting named after its venue ("der Gipfel von Jalta")', () => {
    const [summit] = meetingsOf('Der Gipfel von Oslo im vergangenen Oktober blieb ohne Ergebnis.');
    expect(summit).toMatchObject({place: 'Oslo', status: 'held'});
  });

  it('reads sitting together, facing each other and sitting down at a table in a city as talks', () => {
    const meetings = meetingsOf(
      'Am 4. November saßen die Außenminister in Kairo zusammen. Mitte Oktober saßen sich in Baku die Delegationen gegenüber. Am Freitag wollen sich die Unterhändler in Oslo an einen Tisch setzen.',
    );
    expect(meetings).toMatchObject([
      {place: 'Kairo', start: '2025-11-04', status: 'held', kind: 'talks'},
      {place: 'Baku', precision: 'month-part', status: 'held'},
      {place: 'Oslo', start: '2025-12-26', status: 'planned'},
    ]);
  });

  it('does not take a figurative table without a place for a meeting', () => {
    expect(meetingsOf('Irgendwann müssen sich beide Seiten an einen Tisch setzen, sagt der Experte.')).toEqual([]);
  });

  it('reads two people who "sprachen miteinander" as talks', () => {
    const [talks] = meetingsOf('Am Donnerstag sprachen die beiden Außenminister in Wien eine Stunde lang miteinander.');
    expect(talks).toMatchObject({place: 'Wien', start: '2025-12-18', status: 'held'});
  });

  it('gives the talks a verb reports to the verb, not to the talks they prepared', () => {
    const meetings = meetingsOf('Am Donnerstag hatte der Außenminister in Kairo mit seinem Amtskollegen über die Vorbereitung der Gespräche beraten.');
    expect(meetings).toMatchObject([{place: 'Kairo', start: '2025-12-18', status: 'held'}]);
  });

  it('does not date an offer to host by a relative clause about the place\'s past', () => {
    const [offer] = meetingsOf('Die Regierung bot an, eine weitere Runde in Doha auszurichten, wo im Sommer bereits ein Abkommen geschlossen worden war.');
    expect(offer).toMatchObject({place: 'Doha', status: 'proposed', start: null});
  });

  it('reads a meeting "nicht auf der Tagesordnung" as none', () => {
    expect(meetingsOf('„Ein Gipfel zwischen Trump und Putin steht derzeit nicht auf der Tagesordnung“, sagte ein Sprecher am Freitag.')).toEqual([]);
  });

  it('lends no participants from a meeting denied in a quotation', () => {
    const text = 'Sybiha trifft am Montag in Warschau den polnischen Außenminister Sikorski. Ein Treffen mit Präsident Nawrocki sei „nicht vorgesehen“, hieß es.';
    const [meeting, ...rest] = meetingsOf(text);
    expect(rest).toEqual([]);
    expect(meeting!.participants).not.toContain('Karol Nawrocki');
  });

  it('reads "die dritte Begegnung" as a count of the meeting just told, not a new one', () => {
    const text = 'Am Montag empfängt Macron den ukrainischen Präsidenten Selenskyj in Paris. Es ist schon das vierte Treffen der beiden in diesem Jahr.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', status: 'planned'}]);
  });

  it('reads talks "die heute Abend … geführt werden" as under way, not planned', () => {
    const text = 'Die Gespräche, die an diesem Samstagabend in Genf zwischen Rubio und Umerow geführt werden, gelten als entscheidend.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Genf', start: '2025-12-20', status: 'ongoing'}]);
  });

  it('reads a meeting someone wants "falls" a condition is met as a proposal', () => {
    const text = 'Erdoğan will kommende Woche in Ankara mit beiden Seiten zusammentreffen, falls in Genf eine Einigung gelingt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Ankara', status: 'proposed'}]);
  });

  it('does not let "die Reihe der Begegnungen" before tonight\'s talks change their status', () => {
    const text = 'Die Gespräche, die an diesem Samstagabend in Genf zwischen Rubio und Umerow geführt werden, folgen auf eine Reihe von Begegnungen, die gescheitert waren.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Genf', status: 'ongoing'}]);
  });

  it('reads the status of a meeting noun from its verb after the relative clauses', () => {
    const text = 'Das in Wien angekündigte Gipfeltreffen, über das der Kanzler tagelang sprach, wurde im November, kaum dass ein Termin feststand, wieder abgesagt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Wien', status: 'cancelled'}]);
  });

  it('reads "hatte … mit den Vermittlern beraten" as talks, "von Beratern beraten" as none', () => {
    const [meeting] = meetingsOf('Die Delegation hatte am Mittwoch in Doha mehrere Stunden mit den Vermittlern beraten.');
    expect(meeting).toMatchObject({place: 'Doha', start: '2025-12-17', status: 'held'});
    expect(meetingsOf('Der Präsident wird in Kiew von Uschakow beraten.')).toEqual([]);
  });

  it('keeps a reception told in the past apart from a later visit planned in the same country', () => {
    const text = 'Trump empfing Putin auf einem Stützpunkt in Alaska mit allen Ehren. Am Sonntag will Trump Selenskyj in Mar-a-Lago empfangen.';
    const meetings = meetingsOf(text);
    expect(meetings.map(m => [m.place, m.status === 'planned'])).toEqual([['USA', false], ['Palm Beach', true]]);
  });
});
