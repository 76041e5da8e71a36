import {describe, expect, it} from 'vitest';
import {readStatus, statusCue} from '../../source/extract/status.js';

describe('statusCue', () => {
  it.each([
    ['Die USA schlagen ein Treffen vor', 'proposed'],
    ['Kiew hat ein Treffen vorgeschlagen', 'proposed'],
    ['Die USA drängen auf ein Dreiertreffen', 'proposed'],
    ['Moskau bietet Gespräche in Istanbul an', 'proposed'],
    ['Ein solches Treffen könnte im Januar stattfinden', 'proposed'],
    ['ein mögliches Treffen der Präsidenten', 'proposed'],
    ['Selenskyj fordert ein Treffen mit Putin', 'proposed'],
    ['Ankara hat Istanbul als Ort für ein Treffen ins Spiel gebracht', 'proposed'],
    ['Putin sei zu Gesprächen bereit', 'proposed'],
    ['Ein Dreiergipfel mit Trump, Putin und Selenskyj ist im Gespräch.', 'proposed'],
    ['Der Termin für das Treffen in Genf steht noch nicht fest', 'proposed'],
    ['Beide Seiten vereinbarten ein weiteres Treffen in Istanbul', 'planned'],
    ['Die Präsidenten verabredeten ein Treffen in Budapest', 'planned'],
    ['Ob die Gespräche in Genf stattfinden, ist noch offen', 'proposed'],
    ['Als Ort für ein Treffen sei Genf weiter im Gespräch', 'proposed'],
    ['Er werde wahrscheinlich am Freitag mit Macron telefonieren', 'proposed'],
    ['Finnland will die nächste Runde in Helsinki ausrichten', 'proposed'],
    ['Das Treffen soll am Montag stattfinden', 'planned'],
    // A proposal that is the topic of talks or of an agreement says nothing about the talks' status.
    ['Die Unterhändler hatten lange über einen französischen Vorschlag beraten', 'held'],
    ['Die Minister einigten sich in Rom auf den Vorschlag der Kommission', 'held'],
    ['Der Präsident empfing den Gast auf einem Stützpunkt in Alaska', 'held'],
    ['um erneut Gespräche in Wien anzubieten', 'proposed'],
    ['Im Herbst hatten Unterhändler dort über einen deutsch-französischen Vorschlag beraten', 'held'],
    // "vor laufenden Kameras" is no meeting under way; "die laufenden Gespräche" are.
    ['Merz hatte Macron in Paris besucht und ihn vor laufenden Kameras umarmt', 'held'],
    ['die laufenden Gespräche in Istanbul', 'ongoing'],
    // An invitation sent fixes the meeting; one only intended is still an offer.
    ['Der Kanzler hat die Regierungschefs für den 3. Mai nach Berlin eingeladen', 'planned'],
    ['Der Kanzler will die Regierungschefs nach Berlin einladen', 'proposed'],
    ['das geplante Gespräch zwischen den Ministern', 'planned'],
    ['Gespräche für Sonntag angekündigt', 'planned'],
    ['Ein Treffen ist für Dienstag vereinbart', 'planned'],
    ['Die Gesandten werden am Montag mit Selenskyj zusammentreffen', 'planned'],
    ['In Miami haben am Freitag neue Gespräche begonnen', 'ongoing'],
    ['die am Freitag aufgenommenen Gespräche', 'ongoing'],
    ['Die Verhandlungen dauern an', 'ongoing'],
    ['Die Delegationen trafen sich in Genf', 'held'],
    ['Das Treffen fand im Kreml statt', 'held'],
    ['Die Gespräche endeten ohne Ergebnis', 'held'],
    ['Die Unterhändler waren in Riad zusammengekommen', 'held'],
    ['Putin hatte mit den Gesandten im Kreml verhandelt', 'held'],
    ['Das Treffen wurde abgesagt', 'cancelled'],
    ['Der Gipfel ist geplatzt', 'cancelled'],
    // Put off to a new date, the meeting is planned for it; put off for an unknown time, it is off.
    ['Die Gespräche wurden auf März verschoben', 'planned'],
    ['Die Gespräche wurden auf unbestimmte Zeit verschoben', 'cancelled'],
    // An invitation with a date fixes the meeting; one without is not agreed yet.
    ['Selenskyj lud ihn zu einem Treffen nach Kiew ein', 'proposed'],
    // Talks that went on today are under way; talks to go on later are a plan.
    ['Die Verhandlungen sind am Sonntag in Kairo fortgesetzt worden', 'ongoing'],
    ['Die Verhandlungen sollen am Montag in Kairo fortgesetzt werden', 'planned'],
    ['Norwegen hat die Delegationen zum 3. Februar nach Oslo eingeladen', 'planned'],
  ])('%s → %s', (clause, status) => {
    expect(statusCue(clause)).toBe(status);
  });

  it('reads talks that lasted and go on as ongoing, a continuation alone as planned', () => {
    expect(statusCue('die Beratung habe drei Stunden gedauert und solle am Freitag fortgesetzt werden')).toBe('ongoing');
    expect(statusCue('Die Verhandlungen sollen kommende Woche fortgesetzt werden')).toBe('planned');
  });

  it('reads a meeting after "nach" as over, whatever else the clause proposes', () => {
    expect(statusCue('Trump hatte nach seinem Telefonat den Vatikan ins Gespräch gebracht', {afterMeeting: true})).toBe('held');
  });

  it('does not read "möglich" about something else as a proposal', () => {
    expect(statusCue('Diplomaten haben über einen möglichen Gefangenenaustausch beraten')).toBe('held');
  });

  it('says nothing without a cue', () => {
    expect(statusCue('Die Gespräche in Genf')).toBeNull();
  });
});

describe('statusCue: "im Gespräch"', () => {
  it('reads a meeting that is "im Gespräch" as proposed, not one who is in conversation with someone', () => {
    expect(statusCue('Ein Dreiergipfel ist im Gespräch')).toBe('proposed');
    expect(statusCue('Merz ist im Gespräch mit Macron über ein Treffen in Paris')).toBeNull();
  });
});

describe('readStatus', () => {
  it('falls back on the tense and the date when no word tells', () => {
    expect(readStatus(null, 'past', 'none')).toEqual({status: 'held', explicit: false});
    expect(readStatus(null, 'future', 'none')).toEqual({status: 'planned', explicit: false});
    expect(readStatus(null, 'present', 'future')).toEqual({status: 'planned', explicit: false});
    expect(readStatus(null, 'present', 'today')).toEqual({status: 'ongoing', explicit: false});
  });

  it('reads "findet am Freitag statt" ahead of the publication as planned', () => {
    expect(readStatus('ongoing', 'present', 'future')).toEqual({status: 'planned', explicit: true});
  });
});
