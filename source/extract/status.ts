// A meeting's status from the words around it. Explicit cues win over tense: "haben begonnen"
// is ongoing although it is Perfekt, "könnte stattfinden" is proposed although it is future.
// Cues are checked from the most to the least telling: a cancellation overrides everything,
// a modal ("könnte", "würde") makes any plan a proposal, and only then do plans, running and
// finished meetings count. "wahrscheinlich" or an offer to host ("will … ausrichten") is no
// plan yet.
import type {MeetingStatus} from './types.js';
import {PARTICIPLE as PARTICIPLE_FORM, type Tense, withoutFalsePlans} from './tense.js';
import {words} from './meeting-words.js';
import {mayMatchOf} from './prefilter.js';
import {CAME_TO_NONE_WORDS} from './not-meetings.js';
import {publishedHour} from './dates/berlin-time.js';
import {withoutAdjectiveCommas} from './clauses.js';

/** A cue's pattern and its prefilter, looked up once: the status is asked of every meeting clause. */
type Rule = {pattern: RegExp; mayMatch: (text: string) => boolean};
const rule = (pattern: RegExp): Rule => ({pattern, mayMatch: mayMatchOf(pattern)});

/** A status and whether a word said so (explicit) or only the tense suggests it. */
export type StatusReading = {status: MeetingStatus; explicit: boolean};

// Called off: also a journey "vergeblich" made, and reports of a meeting denied ("dementierte
// Berichte über ein Treffen"). Also one's own meeting with someone dropped, "wird nicht an einem
// Treffen mit Duda in Warschau teilnehmen", "nimmt nun doch nicht an dem Gespräch mit Tusk teil" (not
// "an dem Gipfel nicht teilnehmen": the summit goes on without him), and a journey to a meeting not
// made, "wird nicht nach Prag weiterreisen, um Fiala zu treffen" (the infinitive takes its cue).
const DROPPED = String.raw`nicht\s+(?:mehr\s+|doch\s+|nun\s+)*an\s+(?:einem|einer|dem|der|den)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*[Tt]reffen|\p{L}*[Gg]espräch\p{L}*|Begegnung|Unterredung)\s+mit\s+[^,;:]*\steil(?:nehmen|zunehmen|nimmt|nahm|nahmen)?(?=\s*(?:[.,;:!?"“”]|$))|nicht\s+(?:mehr\s+|doch\s+|nun\s+)*(?:nach|in\s+die|in\s+den)\s+\p{Lu}[\p{L}-]*\s+(?:weiter)?(?:reisen|reist|reiste|reisten|fliegen|fliegt|flog|flogen)`;
const CANCELLED = rule(words(
  `${DROPPED}|${CAME_TO_NONE_WORDS}|` + '(?:hätte|hätten)\\s+[^,;:]*\\s\\p{Ll}+en\\s+sollen|kassiert|kassierte|kassierten|vom\\s+Tisch|auf\\s+Eis|abgesagt|absagen|ausgefallen|geweigert|weigerte|weigerten|verweigert|verweigerte|verweigerten|fällt\\s+(?:\\p{L}+\\s+)?aus|fiel\\s+(?:\\p{L}+\\s+)?aus|(?:sagt|sagte|sagten|sagen)\\s+[^,;:]*\\sab(?=\\s*(?:[.,;:!?"“”]|$))|geplatzt|platzte|platzten|platzen\\s+(?:lassen|ließ|ließen|lässt)|(?:ließ|ließen|lässt|lassen)\\s+(?:[^,;:]*\\s)?platzen|verschoben|verschieben|verschiebe|verschiebt|verschob|trotz\\s+(?:der|seiner|ihrer)\\s+(?:\\p{Ll}+\\s+)?(?:Verschiebung|Absage|Vertagung)(?!\\s+(?:des|der|eines|einer|von|vom)(?![\\p{L}]))|vertagt|gestrichen|abgeblasen|(?:findet|fand|finden|fanden)\\s+(?:\\p{L}+\\s+)?nicht\\s+statt|nicht\\s+stattfinden|nicht\\s+zustande|nicht\\s+zu\\s+(?:einem|einer)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:\\p{L}*[Tt]reffen|\\p{L}*[Gg]espräch|Begegnung|Zusammenkunft)|vergeblich|vermeidet|vermeiden|vermied|vermieden|dementier\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}Berichte?\\s+über',
  'giu',
));
// Proposed: also a meeting someone declares to be ready for ("hat sich zu einem Treffen
// bereiterklärt"), one someone expects ("erwartet bald einen Besuch seines Amtskollegen"), which
// nobody has fixed yet, and one someone is open for, the word quoted or not (Trump sei „offen“ für
// ein Treffen). An offer to host, "dass Österreich als Gastgeber des Gipfels bereitstehe", is one too.
// Talks that go on after a first session: with a held cue in the same clause they are ongoing
// ("hat fünf Stunden gedauert und soll am Montag fortgesetzt werden"), alone they are planned.
const CONTINUED = rule(words('fortgesetzt|fortsetzen|fortzusetzen|weitergehen|weitergeführt|weiterführen|weiterzuführen|wieder\\s+aufzunehmen|wieder\\s+aufnehmen|wiederaufnehmen', 'giu'));
// Asked for: "bat um ein Telefonat mit", "hat um ein Treffen gebeten", "ein Gespräch sei angefragt
// worden": a request nobody has granted yet.
const ASKED_NOUN = String.raw`(?:\p{L}*[Tt]reffen|\p{L}*[Gg]espräch\p{L}*|\p{L}*[Tt]elefonat|Unterredung|Begegnung)`;
const ASKED_FOR = `(?:bat|baten|bittet|bitten|ersuchte|ersuchten)\\s+(?:[^,;:]*\\s)?um\\s+(?:ein|eine|einen)\\s+(?:[\\p{L}-]+\\s+){0,2}?${ASKED_NOUN}|um\\s+(?:ein|eine|einen)\\s+(?:[\\p{L}-]+\\s+){0,2}?${ASKED_NOUN}\\s+(?:[^,;:]*\\s)?(?:gebeten|ersucht)|angefragt|erbeten`;
const PROPOSED = rule(words(
  `${ASKED_FOR}|(?:erwarte|erwartet|erwarten|rechnet|rechne|rechnen)\\s+(?:[\\p{Ll}]+\\s+){0,2}(?:ein|eine|einen)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:\\p{L}*[Tt]reffen|\\p{L}*[Gg]espräch|\\p{L}*[Gg]ipfel\\p{L}*|\\p{L}*[Tt]elefonat|Besuch|Begegnung)|vorschlagen|vorgeschlagen|vorzuschlagen|schlagen\\s+(?:[^,;:]*\\s+)?vor|schlägt\\s+(?:[^,;:]*\\s+)?vor|schlug\\s+(?:[^,;:]*\\s+)?vor|schlugen\\s+(?:[^,;:]*\\s+)?vor|(?<!(?:über|auf|an|mit|zu|zum|um)\\s+(?:[\\p{L}-]+\\s+){0,2})Vorschlag\\p{L}*|drängen\\s+auf|drängt\\s+auf|drängte\\s+auf|drängten\\s+auf|dringt\\s+auf|anbieten|anzubieten|angeboten|bietet\\s+[^,;:]*\\s+an|bieten\\s+[^,;:]*\\s+an|bot\\s+(?:[^,;:]*\\s+)?an|boten\\s+(?:[^,;:]*\\s+)?an|Angebot|könnte|könnten|könne|möglich\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:\\p{L}*[Tt]reffen|\\p{L}*[Gg]espräch\\p{L}*|\\p{L}*[Gg]ipfel\\p{L}*|\\p{L}*[Vv]erhandlung\\p{L}*)|(?:ist|sei|wäre|seien|sind|gilt|gelten|galt)\\s+(?:[^,;:]*\\s+)?möglich|fordern|fordert|forderte|forderten|gefordert|bereit|bereitsteh\\p{L}*|bereitzustehen|bereitstünde\\p{L}*|bereiterklärt|bereiterklärte|bereiterklärten|Bereitschaft|ins\\s+Gespräch|(?:ist|sind|sei|seien|wäre|wären|bleibt|bleiben)\\s+(?:[^,;:]*\\s+)?im\\s+Gespräch(?=\\s*(?:[.,;:!?"“”]|$))|ins\\s+Spiel|würde|würden|wünscht|wünschen|erwägt|erwägen|erwogen|offen["“”»«‘’]?\\s+(?:gezeigt\\s+)?für|sollte|sollten|einladen|einzuladen|eingeladen|Idee|anstreben|angestrebt|plädiert|denkbar|(?<![Aa]uf\\s)Einladung|erwünscht|gewünscht|in\\s+Aussicht|(?:steht|stehen|stand|standen)\\s+(?:[^,;:]*\\s+)?nicht\\s+fest|noch\\s+(?:offen|unklar|ungewiss)|wahrscheinlich|möglicherweise|womöglich|eventuell|vielleicht|(?:will|wollen|möchte|möchten)\\s+[^,;:]*\\s+ausrichten`,
  'gu',
));
// "stehen erneut Gespräche an", "stünden unmittelbar bevor": a meeting due, not yet begun.
const PLANNED = rule(words(
  '(?:steht|stehen|stünde|stünden)\\s+(?:[^,;:]*\\s)?(?:an|bevor)(?=\\s*(?:[.,;:!?"“”]|$))|soll|sollen|solle|folgen(?!\\s+auf)|folgt(?!\\s+auf)|Verabredung|verabredet|verabredete|verabredeten|geplant\\p{L}*|planen|plant|planten|angekündigt\\p{L}*|kündigte\\s+(?:[^,;:]*\\s+)?an|kündigten\\s+(?:[^,;:]*\\s+)?an|vereinbart|vereinbarte|vereinbarten|wird|werden|werde|erwartet|anberaumt|angesetzt|vorgesehen|bevorstehend\\p{L}*|reist|reisen|fliegt|fliegen|schickt|schicken|entsendet|entsenden|um\\s+[^,;:]*\\s+zu\\s+(?:treffen|verhandeln|sprechen|beraten|besprechen|erörtern|reden|telefonieren)',
  'gu',
));
// "Das Gespräch scheint zu Ende zu gehen", "die Beratungen gehen zu Ende", "neigt sich dem Ende zu":
// nearly over is still under way, though "zu Ende" (HELD) is in it.
// "Die Gespräche andauern", "verwiesen darauf, dass die Verhandlungen andauerten": going on; the
// Präteritum "andauerten" only in reported speech after "dass", not "die fünf Stunden andauerten".
const ONGOING = rule(words(
  '(?:geht|gehen)\\s+(?:[^,;:]*\\s)?zu\\s+Ende(?=\\s*(?:[.,;:!?"“”]|$))|zu\\s+Ende\\s+zu\\s+gehen|(?:neigt|neigen)\\s+sich\\s+(?:[^,;:]*\\s)?dem\\s+Ende|begonnen|beginnen|beginnt|begannen|begann|laufen|laufende[nmrs]?\\s+(?:\\p{L}+\\s+)?(?:Gespräch|Verhandlung|Beratung|Runde|Treffen|Gipfel)\\p{L}*|läuft|dauern\\s+[^,;:]*\\s*an|dauert\\s+[^,;:]*\\s*an|andauernd\\p{L}*|andauern|andauert|andauere|dass\\s+[^,;:]*\\sandauerten|aufgenommen\\p{L}*|derzeit|zurzeit|gerade|im\\s+Gange|(?:verhandeln|verhandelt|beraten|berät|sprechen|spricht|tagen|tagt)\\s+(?:[^,;:]*\\s)?weiter(?=\\s*(?:[.,;:!?]|$|über|mit|in|am))',
  'giu',
));
// A length in hours or minutes ("telefonieren fast zwei Stunden"), even told in the present, is
// known once the meeting is over; not a time ahead or since ("in zwei Stunden", "seit drei Stunden",
// "in den vergangenen 24 Stunden") nor one counted from another time ("eine Stunde nach dem Termin").
const LASTED = String.raw`(?<!(?:vergangenen|letzten|nächsten|kommenden|ersten|folgenden|weiteren|seit|in|binnen|innerhalb|für|von|um|bis\s+zu)\s+(?:(?:fast|knapp|gut|rund|etwa|über|mehr\s+als|nur)\s+)?)(?:eine|einer|anderthalb|eineinhalb|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|\d+)\s+(?:Stunden?|Minuten)(?!\s+(?:nach|vor|später|zuvor|früher|bevor|ehe)(?![\p{L}]))`;
// Not the infinitive "beenden": after a modal or "zu" it tells a wish ("will den Streit mit einem
// Gipfeltreffen beenden"), not a meeting done.
const HELD = rule(words(
  `${LASTED}|` + 'trafen|traf|getroffen|empfing|empfingen|besuchte|besuchten|telefonierte|telefonierten|reiste|reisten|flog|flogen|saß|saßen|fand\\s+[^,;:]*\\s*statt|fanden\\s+[^,;:]*\\s*statt|stattgefunden|endeten|endete|beendet|beendeten|beendete|zu\\s*Ende|verhandelten|verhandelte|berieten|beriet|zusammengekommen|zusammengetroffen|zusammentrafen|kamen|zuletzt|damals|teilnahm|teilnahmen|teilgenommen|nahmen\\s+[^,;:]*\\s+teil|nahm\\s+[^,;:]*\\s+teil|vorausgegangen|hielten\\s+[^,;:]*\\s+ab|hielt\\s+[^,;:]*\\s+ab|abgehalten|gedauert|dauerte|dauerten|gewesen|war|waren|geeinigt|einigten|einigte|(?:letzte[nmrs]?|vorige[nmrs]?|jüngste[nmrs]?)\\s+(?:Besuch\\p{L}*|Begegnung|Reise|Visite)|(?:hat|haben|hatte|hatten)\\s+[^,;:]*\\s+(?:beraten|verhandelt|gesprochen|telefoniert|besucht|empfangen)',
  'giu',
));

// "nachdem die Gespräche wieder aufgenommen worden waren", "hatten am Montag begonnen": a start
// or a resumption told in the pluperfect is a step behind the past the text tells, not talks
// under way (the Perfekt "sind fortgesetzt worden", "haben begonnen" still tells the day's news).
const STEP_BEHIND = rule(words(
  '(?:fortgesetzt|weitergeführt|aufgenommen|wiederaufgenommen|begonnen)\\s+worden\\s+(?:war|waren)|(?:hatte|hatten)\\s+(?:[^,;:]*\\s)?(?:begonnen|aufgenommen|wiederaufgenommen|fortgesetzt)(?=\\s*(?:[.,;:!?"“”]|$))',
  'gu',
));

// "hat seine Teilnahme an dem Gipfel in Brüssel abgesagt", "sagt Teilnahme an Nato-Treffen ab": one
// party stays away, the meeting itself goes ahead.
const WITHDRAWN = rule(words('Teilnahme\\s+(?:an|am|beim)\\s+[^,;:]*?\\s(?:abgesagt|absagen|abzusagen|ab|zurückgezogen)(?=\\s*(?:[.,;:!?"“”]|$))', 'gu'));

// "die Gespräche, die heute im Kreml geführt werden": a subordinate clause's present passive tells
// what is being done, not a plan; the date decides.
const EXPECTED_BEFORE = rule(words('(?:hatte|hatten)\\s+(?:[^,;:]*\\s)?(?:gerechnet|erhofft)', 'gu'));

const PLAN_ATTRIBUTE = /(?<![\p{L}])(?:angekündigt|geplant|vereinbart|anberaumt|angesetzt|vorgesehen)(?:e|en|er|es|em)(?![\p{L}])/gu;

// A cancellation only feared or possible.
const AT_RISK = rule(words('könnte|könnten|könne|droht|drohen|drohte|dürfte|dürften|möglicherweise|womöglich|eventuell|befürchtet|Gefahr', 'gu'));

const PRESENT_PASSIVE = /(?<![\p{L}])ge\p{Ll}+(?:t|en)\s+(?:wird|werden)(?=\s*[.,;:!?"“”]|\s*$)/gu;

const GONE_ON = rule(words('wurde|wurden|worden', 'gu'));

// "hat die Außenminister zum 28. April nach Oslo eingeladen": an invitation sent fixes the meeting.
const INVITED = rule(words('(?:hat|haben|hatte|hatten|habe)\\s+[^,;:]*\\s+eingeladen|lud\\s+[^,;:]*\\s+ein|luden\\s+[^,;:]*\\s+ein|lädt\\s+[^,;:]*\\s+ein|laden\\s+[^,;:]*\\s+ein', 'gu'));

// A day, month or time word: an invitation "zum 28. April", "für Montag", "kommende Woche".
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)';
// A weekday, with a part of the day written on ("Mittwochabend"): the day of an invitation, of a
// plan ("sollte am Donnerstagabend …") or since which talks run.
const WEEKDAY_OR_PART = `${WEEKDAY}(?:morgen|vormittag|mittag|nachmittag|abend)?`;
const DATED = new RegExp(String.raw`\d|(?<![\p{L}])(?:${WEEKDAY_OR_PART}|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Woche|Wochenende|morgen|übermorgen|heute|Frühjahr|Sommer|Herbst|Winter)(?![\p{L}])`, 'u');

// "lud Xi zu einem Staatsbesuch Ende 2026 ein": a year, or a part of one, leaves the day open;
// such an invitation is a courtesy, not a meeting convened.
const YEAR_ONLY = /(?<![\p{L}\d.])(?:(?:Anfang|Mitte|Ende)\s+)?(?:19|20)\d{2}(?![\d])/gu;
const datedInvitation = (clause: string) => DATED.test(clause) && DATED.test(clause.replace(YEAR_ONLY, ' '));

const TO_THE_MEETING = /(?<![\p{L}])(?:zum|zur|zu\s+(?:dem|der|den))\s+(?:[\p{L}-]+\s+){0,2}\p{L}*(?:[Gg]ipfel|[Tt]reffen|[Gg]espräch|[Kk]onferenz|[Bb]eratung)\p{L}*/u;

// "ob ein Treffen zustande kommt", "ob der Gipfel stattfindet": whether the meeting happens at all,
// not how talks under way turn out ("ob die Gespräche positiv verlaufen").
const WHETHER = /^\s*[Oo]b\s.*(?<![\p{L}])(?:kommt|kommen|käme|kämen|stattfindet|stattfinden|stattfände|zustande|gibt|geben|trifft|treffen|reist|reisen)(?:\s+(?:wird|werden|würde|würden|kann|können|wird))?\s*[.!?"“]?\s*$/u;

// "seit Montag", "seit vergangenem Dienstag", "seit dem Wochenende": a day that has begun, not a year or an event.
const SINCE_A_DAY = new RegExp(String.raw`(?<![\p{L}])[Ss]eit\s+(?:(?:dem|vergangene[mn]|letzte[mn]|vorige[mn])\s+)?(?:${WEEKDAY_OR_PART}|Wochenende)(?![\p{L}])`, 'u');

const MODAL = rule(words('könnte|könnten|könne|würde|würden|wolle|will|wollen', 'gu'));

const CONDITIONAL = /^\s*(?:falls|wenn|sofern|sollte|sollten|für\s+den\s+Fall)(?![\p{L}])/iu;

const AGREEING = rule(words('verständigt|verständigten|verständigte|geeinigt|einigten|einigte|verabredet|verabredeten|vereinbart|vereinbarten|vereinbarte', 'giu'));

// "ist auf den 12. März verschoben worden", "wurde auf Mitte Januar vertagt": put off to a new
// date, the meeting is planned for that date; "auf unbestimmte Zeit verschoben" is not.
const NEW_DATE = String.raw`(?:den\s+|die\s+|das\s+)?(?:\d{1,2}\.|kommende[nmrs]?\s|nächste[nmrs]?\s|heutigen\s|morgigen\s|Anfang|Mitte|Ende|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter)`;
const RESCHEDULED: Rule[] = [
  rule(new RegExp(String.raw`(?<![\p{L}])auf\s+${NEW_DATE}[^,;:]*?\s(?:verschoben|vertagt|verlegt|zu\s+verschieben|zu\s+vertagen|zu\s+verlegen)(?![\p{L}])`, 'u')),
  rule(new RegExp(String.raw`(?<![\p{L}])(?:verschoben|vertagt|verlegt|verschieben|vertagen|verlegen)\s+(?:\p{Ll}+\s+)?(auf)\s+${NEW_DATE}`, 'u')),
  // "erneut verschoben – jetzt soll es der 12. März sein": the date after "jetzt" is the new one.
  rule(new RegExp(String.raw`(?<![\p{L}])(?:verschoben|vertagt|verlegt)(?![\p{L}])[^.;]*?(?<![\p{L}])(?:jetzt|nun)\s+(?:\p{L}+\s+){0,4}?(${NEW_DATE})`, 'u')),
];

/** Where the new date of a meeting put off to one begins in `clause` ("auf den 12. März"), or null. */
export function newDateAt(clause: string): number | null {
  // Each needs "verschoben", "vertagt" or "verlegt" (or their infinitives): nearly no clause has one.
  for (const {pattern, mayMatch} of RESCHEDULED) {
    const match = mayMatch(clause) ? pattern.exec(clause) : null;
    if (match) return match.index + (match[1] ? match[0].lastIndexOf(match[1]) : match[0].indexOf('auf'));
  }
  return null;
}

const ONCE_PLANNED = /(?<![\p{L}])(?:[Uu]rsprünglich|[Ee]igentlich|[Zz]unächst|[Aa]nfangs)(?![\p{L}])/u;
const WOULD = /(?<![\p{L}])würde(n?)(?![\p{L}])/gu;
const CONDITION_WORD = /(?<![\p{L}])(?:wenn|falls|sofern|ob)(?![\p{L}])/iu;
const WAS_TO = /(?<![\p{L}])sollte(n?)(?![\p{L}])/gu;
const DAY_NAMED = new RegExp(String.raw`(?<![\p{L}\d])(?:am\s+\d{1,2}\.\s*(?:\d{1,2}\.|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)|(?:am|an\s+diesem|kommenden)\s+${WEEKDAY_OR_PART}|heute|übermorgen)(?![\p{L}])`, 'u');

// "Paris habe zugestimmt, die Gespräche am Freitag in Genf abzuhalten", "sie haben beschlossen, sich
// am Montag zu treffen": consent or a decision ending its clause sets the zu-infinitive after it as
// a plan, however far back the consent is told (the day then lies ahead).
const CONSENT_AT_END = /(?<![\p{L}])(?:zugestimmt|eingewilligt|beschlossen|entschieden|zugesagt|(?:stimmte|stimmten|stimmt|willigte|willigten|beschloss|beschlossen|entschied|entschieden)\s(?:[^,;:]*\s)?(?:zu|ein|sich))\s*$/u;
/** Whether a clause ends on consent or a decision that a zu-infinitive after it carries out. */
export const endsOnConsent = (clause: string): boolean =>
  (clause.includes('zu') || clause.includes('ein') || clause.includes('schie') || clause.includes('schloss')) && CONSENT_AT_END.test(clause);

/** The status the words of a clause state, or null when they say nothing. */
export function statusCue(told: string, context: {afterMeeting?: boolean; agreedOn?: boolean} = {}): MeetingStatus | null {
  // "telefoniert haben sollen": an allegation of the past, no plan. "Ursprünglich sollte es am
  // Sonntag ein Treffen geben": the past of a plan ("was to"), not a wish ("should").
  // "kündigte Pläne für ein weiteres, größeres Treffen an": the adjectives' comma ends no cue.
  const alleged = withoutFalsePlans(withoutAdjectiveCommas(told));
  // "sollten am 12. Mai erneut sprechen": with a day named, the plan of reported speech.
  const wasTo = alleged.includes('sollte') && (ONCE_PLANNED.test(alleged) || DAY_NAMED.test(alleged)) ? alleged.replace(WAS_TO, (word, plural: string) => (plural ? 'sollen' : 'soll').padEnd(word.length)) : alleged;
  // "sie würden am Montag erneut miteinander sprechen, fügte er hinzu": "würde" for the "werde" of
  // reported speech, with a day named and no condition, tells a plan, not a wish.
  const clause = wasTo.includes('würde') && DAY_NAMED.test(wasTo) && !CONDITION_WORD.test(wasTo) ? wasTo.replace(WOULD, (word, plural: string) => (plural ? 'werden' : 'wird').padEnd(word.length)) : wasTo;
  // "falls das Treffen nicht zustande komme": a fallback for a cancellation that has not happened.
  if (newDateAt(clause) !== null) return 'planned';
  // "Offen ist, ob in Kiew zudem ein Treffen zustande kommt": an open question, a possibility at most;
  // "ob der Gipfel abgesagt wird" leaves the plan standing.
  if (WHETHER.test(clause)) return test(CANCELLED, clause) ? 'planned' : 'proposed';
  if (clause.includes('Teilnahme') && test(WITHDRAWN, clause)) return 'planned';
  // "Der Termin könnte sich verschieben", "droht zu platzen": only a risk; the plan stands.
  if (test(CANCELLED, clause) && !CONDITIONAL.test(clause)) return test(AT_RISK, clause) ? 'planned' : 'cancelled';
  // "Er hatte mit neuen Verhandlungen Anfang März gerechnet": an expectation told as past was not met.
  if (test(EXPECTED_BEFORE, clause)) return 'cancelled';
  // "nach seinem Telefonat mit Putin …": whatever else the clause says, that call is over.
  if (context.afterMeeting) return 'held';
  // "verständigten sich auf ein weiteres Treffen": the agreement is the plan.
  if (context.agreedOn && test(AGREEING, clause)) return 'planned';
  const held = test(HELD, clause);
  if (test(STEP_BEHIND, clause) && !test(PROPOSED, clause) && !test(PLANNED, clause)) return 'held';
  // "könnten in Istanbul fortgesetzt werden": going on later is only a plan, or only possible.
  // "sind am Sonntag fortgesetzt worden", "die laufenden Verhandlungen … fortgesetzt": going on now.
  if (test(CONTINUED, clause)) return held || test(GONE_ON, clause) || test(ONGOING, clause) ? 'ongoing' : test(PROPOSED, clause) ? 'proposed' : 'planned';
  // "lud ihn zu einem Treffen nach Kiew ein": an invitation without a date is not agreed yet.
  // "hat kurzfristig zu dem Sondergipfel eingeladen": an invitation to a meeting already fixed is sent.
  if (test(INVITED, clause) && !test(MODAL, clause)) return datedInvitation(clause) || TO_THE_MEETING.test(clause) ? 'planned' : 'proposed';
  if (test(PROPOSED, clause)) return 'proposed';
  // "Die angekündigten Verhandlungen fanden statt": a plan told as an attribute is the past's plan.
  if (test(PLANNED, held ? clause.replace(PLAN_ATTRIBUTE, ' ') : withoutPresentPassive(clause))) return 'planned';
  // "verhandeln seit vergangenem Montag in Genf", "Seit Dienstag beraten …": under way since that day.
  if (!held && clause.includes('eit') && SINCE_A_DAY.test(clause)) return 'ongoing';
  if (test(ONGOING, clause)) return 'ongoing';
  return held ? 'held' : null;
}

/** The clause without a subordinate present passive ("geführt werden"), which is no future. */
export function withoutPresentPassive(clause: string): string {
  return clause.replace(PRESENT_PASSIVE, ' ');
}

/** Whether a clause speaks of talks going on after a first session ("sollen fortgesetzt werden"). */
export function isContinuation(clause: string): boolean {
  return test(CONTINUED, clause) && !test(STEP_BEHIND, clause);
}

/** Where a meeting's date lies relative to the publication day. */
export type DateRelation = 'past' | 'today' | 'future' | 'none';

/** The status of a mention from its cue, the sentence's tense and its date. */
export function readStatus(cue: MeetingStatus | null, tense: Tense, when: DateRelation): StatusReading {
  if (cue) {
    // "findet am Freitag statt" and "läuft" read from the date: planned ahead, done behind.
    if (cue === 'ongoing' && when === 'future') return {status: 'planned', explicit: true};
    if (cue === 'held' && when === 'future') return {status: 'planned', explicit: true};
    return {status: cue, explicit: true};
  }
  if (when === 'future' || tense === 'future') return {status: 'planned', explicit: false};
  if (when === 'past' || tense === 'past') return {status: 'held', explicit: false};
  return {status: 'ongoing', explicit: false};
}

/** The tense to resolve a mention's dates with, once its cue is known. */
export function tenseOfCue(cue: MeetingStatus | null, sentenceTense: Tense): Tense {
  if (cue === 'proposed' || cue === 'planned') return 'future';
  if (cue === 'held') return 'past';
  if (cue === 'ongoing') return sentenceTense === 'future' ? 'present' : sentenceTense;
  return sentenceTense;
}

function test({pattern, mayMatch}: Rule, text: string): boolean {
  pattern.lastIndex = 0;
  return mayMatch(text) && pattern.test(text);
}

// ---- The decision -------------------------------------------------------------------------
// One place decides a mention's status from every cue of its clause: the words (statusCue), the
// meeting verb's own tense, the sentence's tense, the date and the time of publication. The
// table in docs/extraction.md lists each rule with its test.

/** A meeting word in its clause, as far as the status needs it. */
export type StatusTrigger = {index: number; end: number; isNoun: boolean; invites?: boolean};

export type StatusContext = {
  /** What the words say (statusCue), or null. */
  cue: MeetingStatus | null;
  tense: Tense;
  when: DateRelation;
  clause: string;
  trigger?: StatusTrigger;
  /** The article's publication time (ISO 8601). */
  published?: string;
  /** The clause an infinitive clause hangs on: "ist in Berlin angekommen, um … zu beraten". */
  before?: string;
  /** The whole sentence: "um 10 Uhr Ortszeit (16 Uhr deutscher Zeit)" gives Berlin's hour in brackets. */
  sentence?: string;
  /** The clause names the publication day itself ("heute", "am heutigen Freitag", "am Montag" on a Monday). */
  namesToday?: boolean;
};

// A finite auxiliary of the Perfekt or Plusquamperfekt, indicative or Konjunktiv ("er habe mit
// Putin telefoniert", "sie hätten sich getroffen", "sei zusammengekommen").
const PERFECT_AUX = /(?<![\p{L}])(?:hat|haben|habe|hatte|hatten|hätte|hätten|ist|sind|sei|seien|war|waren|wäre|wären)(?![\p{L}])/u;
// What makes a Perfekt a plan or a wish after all: "werde … getroffen haben", "soll … gesprochen haben".
const NOT_DONE = /(?<![\p{L}])(?:werde|wird|werden|würde|würden|soll|sollen|solle|sollte|sollten|will|wollen|wolle|könnte|könnten|könne|möchte|möchten|dürfte|dürften|müsse|müssen|um|falls|wenn|sofern|bevor|ehe|nicht|kein|keine|keinen)(?![\p{L}])/u;
const PARTICIPLE = new RegExp(`^${PARTICIPLE_FORM}$`, 'u');

/** "er habe mit Putin telefoniert und vereinbart, …": the meeting verb is a Perfekt participle with its auxiliary. */
export function isPerfectOf(clause: string, trigger: StatusTrigger): boolean {
  if (trigger.isNoun || !PARTICIPLE.test(clause.slice(trigger.index, trigger.end))) return false;
  const before = clause.slice(0, trigger.index);
  return PERFECT_AUX.test(before) && !NOT_DONE.test(before);
}

const ATTRIBUTE_OPENS = /(?:^|\s)(?:die|der|das|den|dem)\s+(?:bei|beim|auf\s+dem|auf\s+der|in\s+den|bei\s+den)\s+(?:[\p{L}-]+\s+)?$/u;
const ATTRIBUTE_CLOSES = /^\p{L}*\s+(?:(?:in|im|am|von|vom|der|des|dem|den|\p{Lu}[\p{L}-]*)\s+){0,4}(?:ge\p{Ll}+|\p{Ll}+iert|\p{Ll}+)(?:ten|enen)\s+\p{Lu}/u;

// "an das gestrige Treffen in Rom anknüpfen": the meeting of yesterday is over, whatever the clause plans.
const YESTERDAYS = /(?<![\p{L}])(?:vor)?gestrige[nmrs]?\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
const isYesterdays = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && clause.includes('gestrig') && YESTERDAYS.test(clause.slice(0, trigger.index));

// "die große Wahrscheinlichkeit eines Treffens": a meeting named as a possibility is proposed, not the
// calls in which that possibility was discussed ("… sei in Telefonaten besprochen worden").
const POSSIBILITY = /(?<![\p{L}])(?:Möglichkeit|Wahrscheinlichkeit)\s+(?:eines|einer|auf\s+(?:ein|eine|einen))\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
const isPossibility = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && clause.includes('lichkeit') && POSSIBILITY.test(clause.slice(0, trigger.index));

// "hatte von einer Zusammenkunft in Rom gesprochen", "wurde über einen Gipfel in Wien geredet", "war
// von einem Treffen in Oslo die Rede": a meeting talked about, with an indefinite article, is an idea
// put forward, not a meeting held on the day of the talk.
// Not "sprach von einem konstruktiven Treffen": only adjectives that leave the meeting still to come.
const TALKED_OF = /(?<![\p{L}])(?:von|über)\s+(?:ein|eine|einen|einem|einer)\s+(?:(?:möglich|neu|weiter|baldig|rasch|persönlich|direkt|erst|zweit)\p{Ll}*\s+){0,2}$/u;
const TALKING = rule(words('sprechen|spricht|sprach|sprachen|gesprochen|reden|redet|redete|redeten|geredet|(?:ist|war|sei|wäre)\\s+(?:[^,;:]*\\s)?die\\s+Rede|die\\s+Rede\\s+(?:ist|war|sei)', 'gu'));
/** Whether noun trigger `trigger` is what the clause talks about ("sprach von einem Treffen"), not a meeting of its own. */
export const isTalkedOf = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && TALKED_OF.test(clause.slice(0, trigger.index)) && test(TALKING, clause);

// "hat sich am Morgen zu den Gesprächen in Genf geäußert", "werde sich in den kommenden Tagen zu
// möglichen Verhandlungen äußern": the meeting is what a statement is about; a time before it is
// the statement's.
const COMMENTED_ON = /(?<![\p{L}])zu[mr]?\s+(?:(?:den|dem|der|einem|einer|diesen|diesem|dieser)\s+)?(?:\p{Ll}+\s+){0,2}$/u;
const COMMENTING = /(?<![\p{L}])(?:äußern|äußert|äußerte|äußerten|geäußert)(?![\p{L}])/u;
/** Whether noun trigger `trigger` is what someone comments on ("äußerte sich zu den Gesprächen"). */
export const isCommentedOn = (clause: string, trigger: StatusTrigger): boolean =>
  trigger.isNoun && clause.includes('äußer') && COMMENTING.test(clause) && / sich /.test(clause) && COMMENTED_ON.test(clause.slice(0, trigger.index));

// "nach der Absage des Gipfels in Oslo", "die Verschiebung des Treffens": the meeting a noun of calling
// off names is called off, whatever the clause tells ("reist trotzdem nach Paris"); not one put off to a
// new date ("die Verschiebung des Gipfels auf den 20. März"), nor "eine inhaltliche Verschiebung der
// Verhandlungen", a shift of what is talked about.
const CALLED_OFF_NOUN = /(?<![\p{L}])(?:die|der)\s+(?:(?:erneut|kurzfristig|überraschend|plötzlich)\p{Ll}*\s+)?(?:Absage|Verschiebung|Vertagung|Streichung)\s+(?:des|der)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
const TO_NEW_DATE = new RegExp(String.raw`(?<![\p{L}])auf\s+${NEW_DATE}`, 'u');
/** Whether noun trigger `trigger` is named as what was called off ("die Absage des Gipfels"). */
export const isCalledOffNoun = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && /Absage|Verschiebung|Vertagung|Streichung/.test(clause) && CALLED_OFF_NOUN.test(clause.slice(0, trigger.index)) && !TO_NEW_DATE.test(clause.slice(trigger.end));

// "Zwei vorherige Gesprächsrunden in Riad hatten nichts gebracht", "bei früheren Treffen": a round
// before the one in the news, background the text leaves undated.
const EARLIER_ONE = /(?<![\p{L}])(?:[Vv]orherig|[Ff]rüher|[Bb]isherig|[Vv]orangegangen|[Vv]orausgegangen)(?:e|en|er|es|em)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** Whether noun trigger `trigger` is named as one of the meetings before ("vorherige Runden"). */
export const isEarlierOne = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && EARLIER_ONE.test(clause.slice(Math.max(0, trigger.index - 40), trigger.index));

// A meeting named as a time before the news is background the text leaves undated (FORMAT.md:
// "Zuletzt hatten sie in Oslo verhandelt" → start null): "Seit dem Gipfel in Oslo ist wenig
// geschehen", and in the pluperfect, which sets it before another past, "Vor dem Treffen in Rom
// hatten alle gehofft …", "Beim Gipfel in Oslo hatte Lula Ruto getroffen". Not "seit Beginn der
// Gespräche": talks under way since then are the news.
const SINCE_THE_MEETING = /(?:^|\s)[Ss]eit\s+(?:de[mnr]|seine[mnr]|ihre[mnr])\s+(?!(?:Beginn|Auftakt|Start)(?![\p{L}]))(?:\p{L}[\p{L}-]*\s+){0,2}$/u;
const BEFORE_OR_AT_THE_MEETING = /(?:^|\s)(?:[Vv]or|[Bb]ei)\s+(?:de[mnr]|eine[mr]|seine[mnr]|ihre[mnr])\s+(?!(?:Beginn|Auftakt|Start)(?![\p{L}]))(?:\p{L}[\p{L}-]*\s+){0,2}$|(?:^|\s)[Bb]eim\s+(?:\p{L}[\p{L}-]*\s+){0,2}$/u;
const HAD = /(?<![\p{L}])(?:hatte|hatten)(?![\p{L}])/u;
/** Whether noun trigger `trigger` names a past meeting only as the time of what the clause tells ("seit dem Gipfel"). */
export function isTimeOfBackground(clause: string, trigger: StatusTrigger): boolean {
  if (!trigger.isNoun) return false;
  const before = clause.slice(Math.max(0, trigger.index - 50), trigger.index);
  if (before.includes('eit ') && SINCE_THE_MEETING.test(before)) return true;
  return (before.includes('or ') || before.includes('ei')) && BEFORE_OR_AT_THE_MEETING.test(before) && HAD.test(clause);
}

// "Vor einem Treffen mit Tusk hat Merz betont …", "kurz vor Beginn der Gespräche": the meeting named
// after "vor" comes later than what the clause tells, so the clause's past or present is not its own.
const BEFORE_IT = /(?<![\p{L}])[Vv]or\s+(?:(?:Beginn|Auftakt)\s+)?(?:de[mnrs]|eine[mr]|seine[mnr]|ihre[mnr])\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
// The pluperfect sets that act before another past ("Vor dem Gipfel hatten die Europäer gehofft"):
// the meeting may be over by now.
const PLUPERFECT = /(?<![\p{L}])(?:hatte|hatten|hätte|hätten|war|waren)(?![\p{L}])/u;
const isAheadOfClause = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && /[Vv]or\s/.test(clause) && BEFORE_IT.test(clause.slice(0, trigger.index)) && !PLUPERFECT.test(clause);

// "Vor dem Hintergrund möglicher Gespräche über einen Gefangenenaustausch hat das Treffen begonnen": "möglich"
// qualifies the other meeting noun it stands before, not the meeting of the trigger.
const POSSIBLE_MEETING = /(?<![\p{L}])möglich\p{L}*\s+(?:\p{L}+\s+)?\p{L}*(?:[Tt]reffen|[Gg]espräch|[Gg]ipfel|[Vv]erhandlung)\p{L}*/gu;

/** The cue of the clause without the possibility told of another meeting noun than the trigger's, or `cue` when there is none. */
function withoutOthersPossibility(cue: MeetingStatus | null, clause: string, trigger: StatusTrigger): MeetingStatus | null {
  if (cue !== 'proposed' || !clause.includes('möglich')) return cue;
  let others = false;
  const blanked = clause.replace(POSSIBLE_MEETING, (phrase, at: number) => {
    if (at <= trigger.index && trigger.index < at + phrase.length) return phrase;
    others = true;
    return ' '.repeat(phrase.length);
  });
  return others && statusCue(clause) === 'proposed' ? statusCue(blanked) : cue;
}

// "sagte Merz am Freitag bei einem Treffen mit Tusk", "betonte sie beim Gespräch mit Tusk": an encounter
// that is only the frame of a statement told in the past took place when it was said, whatever the
// quoted words plan ("wir werden helfen"). Not "während eines Besuchs": a stay that may still go on.
const SAID_AT_SOURCE = String.raw`(?<![\p{L}])(?:sagte|sagten|erklärte|erklärten|betonte|betonten|warnte|warnten|räumte|räumten|bekräftigte|bekräftigten|versicherte|versicherten|kündigte|kündigten)\s(?:[^,;:]*\s)?(?:bei|beim)\s+(?:(?:einem|einer|eines|dem|der|des|seinem|seiner|seines|ihrem|ihrer|ihres)\s+)?(?:\p{Ll}+\s+){0,2}`;
const SAID_AT = new RegExp(`${SAID_AT_SOURCE}$`, 'u');
// The same frame with its meeting noun, anywhere in a sentence: the meeting is the day's news when
// the statement is (an undated statement is the report's).
const SAID_AT_MEETING = new RegExp(String.raw`${SAID_AT_SOURCE}\p{L}*(?:[Tt]reffen|[Gg]espräch|[Gg]esprächen|[Gg]ipfel|[Gg]ipfeltreffen|[Bb]esuch|Begegnung|Unterredung|Empfang|Pressekonferenz)(?![\p{L}])`, 'u');
/** Whether `sentence` tells a statement made at a meeting ("sagte Merz bei einem Treffen mit Tusk"). */
export const isStatementAtMeeting = (sentence: string): boolean => sentence.includes('bei') && SAID_AT_MEETING.test(sentence);
/** Whether noun trigger `trigger` is the occasion of a statement made in the past ("sagte … bei einem Treffen mit …"). */
export const isSaidAt = (clause: string, trigger: StatusTrigger): boolean => trigger.isNoun && clause.includes('bei') && SAID_AT.test(clause.slice(0, trigger.index));

// "will bei den Gesprächen in Genf eine Waffenruhe vorschlagen": what is put forward at a meeting is the
// meeting's matter, not a proposal of the meeting; the plan or wish to be there decides ("will").
const PROPOSES_MATTER = rule(words('vorschlagen|vorzuschlagen|vorgeschlagen|Vorschlag\\p{L}*|fordern|fordert|forderte|forderten|gefordert|anbieten|anzubieten|angeboten|Angebot', 'gu'));
/** The status cue of a clause whose meeting is the occasion ("bei den Gesprächen"), given the clause's own `cue`. */
export function occasionCue(clause: string, cue: MeetingStatus | null): MeetingStatus | null {
  return cue === 'proposed' && test(PROPOSES_MATTER, clause) ? statusCue(clause.replace(PROPOSES_MATTER.pattern, word => ' '.repeat(word.length))) : cue;
}

/** "die beim Gipfel erörterten Garantien": the meeting is named by what it produced. */
export function isProducer(clause: string, trigger: StatusTrigger): boolean {
  return trigger.isNoun && ATTRIBUTE_OPENS.test(clause.slice(0, trigger.index)) && ATTRIBUTE_CLOSES.test(clause.slice(trigger.end));
}

// Arrived or gathered, told in the present perfect: on the day of the report they are still
// there ("ist in Berlin eingetroffen", "sind in London zusammengekommen").
const ARRIVED = rule(words('(?:ist|sind|sei|seien)\\s+(?:[^,;:]*\\s)?(?:eingetroffen|angekommen|angereist|zusammengekommen|zusammengetreten|gelandet)', 'gu'));
// "sind am Samstag in Baku zusammengekommen" on that Saturday: gathered on a day named is a meeting
// told as done, not a stay begun (arriving, "ist am Samstag eingetroffen", still is one).
const ARRIVED_ONLY = rule(words('(?:ist|sind|sei|seien)\\s+(?:[^,;:]*\\s)?(?:eingetroffen|angekommen|angereist|gelandet)', 'gu'));
// "hält sich für Gespräche in Kiew auf", "weilt in Kiew": there now, in the present.
const STAYING = rule(words('(?:hält|halten)\\s+sich\\s+(?:[^,;:]*\\s)?auf|weilt|weilen', 'gu'));
// "zum Auftakt des Gipfels", "der Gipfel ist unterbrochen worden": under way. Also talks taken up
// on the report's day ("nahmen … zum fünften Mal Gespräche auf"); taken up on a past day they may be over.
const UNDER_WAY = rule(words('(?:nahm|nahmen)\\s+[^,;:]*\\s+auf(?=\\s*(?:[.,;:!?]|$))|[Zz]um\\s+Auftakt|zu\\s+Beginn\\s+(?:des|der)\\s+(?:Gipfel|Treffen|Gespräch|Verhandlung|Beratung|Runde|Konferenz)\\p{L}*|unterbrochen', 'gu'));
const OVER_NOW = rule(words('beendet|zu\\s+Ende|endete|endeten|abgeschlossen|nach\\s+(?:dem|der|den)\\s+(?:Treffen|Gespräch|Gesprächen|Verhandlungen|Beratungen|Gipfel)', 'gu'));

const BEGINS = rule(words('beginnt|beginnen', 'gu'));

const CONTINUED_TODAY = rule(words('(?:wird|werden)\\s+(?:[^,;:]*\\s)?(?:fortgesetzt|weitergeführt)(?!\\s+werden)', 'gu'));

// A time of day on the report's day: "am Mittag", "heute Abend", "um 13.00 Uhr" (hours, Berlin time).
const DAY_TIMES: Array<[Rule, number]> = [
  [rule(words('(?:am|heute|diesen)\\s+(?:frühen\\s+)?Morgen', 'u')), 8],
  [rule(words('(?:am|heute)\\s+Vormittag', 'u')), 10],
  [rule(words('(?:am|heute)\\s+Mittag', 'u')), 12],
  [rule(words('(?:am|heute)\\s+(?:frühen\\s+|späten\\s+)?Nachmittag', 'u')), 15],
  [rule(words('(?:am|heute)\\s+(?:frühen\\s+|späten\\s+)?Abend', 'u')), 19],
  // "am Donnerstagabend", "abends": on the report's day (the date decides that it is today).
  [rule(words(`${WEEKDAY}morgen`, 'u')), 8],
  [rule(words(`${WEEKDAY}vormittag`, 'u')), 10],
  [rule(words(`${WEEKDAY}mittag`, 'u')), 12],
  [rule(words(`${WEEKDAY}nachmittag`, 'u')), 15],
  [rule(words(`${WEEKDAY}abend|abends`, 'u')), 19],
];
const CLOCK = /(?<![\p{L}\d])um\s+(\d{1,2})(?:[.:](\d{2}))?\s*Uhr(?!\s*(?:\(?Ortszeit|Ortszeit))/u;

const BERLIN_CLOCK = /(?<![\p{L}\d])(\d{1,2})(?:[.:](\d{2}))?\s*Uhr\s+(?:deutscher|mitteleuropäischer|MEZ|MESZ)(?:\s+(?:Zeit|Sommerzeit))?(?![\p{L}])/u;

const LOCAL_CLOCK = /Uhr\s+Ortszeit/u;

function berlinHourIn(sentence: string): number | null {
  const berlin = BERLIN_CLOCK.exec(sentence);
  return berlin ? Number(berlin[1]) + Number(berlin[2] ?? 0) / 60 : null;
}

/** The hour a clause names for its meeting on the report's day, or null. */
export function hourOf(clause: string): number | null {
  // "um 10 Uhr Ortszeit (16 Uhr deutscher Zeit)": the hour in Berlin is given beside it.
  const berlin = berlinHourIn(clause);
  if (berlin !== null) return berlin;
  const clock = CLOCK.exec(clause);
  if (clock && !/Ortszeit/u.test(clause.slice(clock.index, clock.index + 40))) return Number(clock[1]) + Number(clock[2] ?? 0) / 60;
  for (const [pattern, hour] of DAY_TIMES) if (test(pattern, clause)) return hour;
  return null;
}

/**
 * Whether the clause names an hour of the report's day later than the report was written. Not
 * for a clause told in the past ("wurden am Abend fortgesetzt"): what was done at that hour is
 * no plan, whatever the clock of the report says.
 */
function aheadOfReport({clause, published, sentence, tense}: StatusContext): boolean {
  if (!published || tense === 'past') return false;
  const hour = hourOf(clause) ?? (sentence && LOCAL_CLOCK.test(clause) ? berlinHourIn(sentence) : null);
  const now = hour === null ? null : publishedHour(published);
  return hour !== null && now !== null && hour > now + 0.5;
}

/** A mention's status from all cues of its clause. */
export function decideStatus(context: StatusContext): StatusReading {
  const {clause, trigger, when} = context;
  let cue = context.cue;
  // "die beim Treffen in Paris besprochenen Zusagen": what a meeting produced, told as an
  // attribute, shows the meeting is over, whatever the clause plans.
  if (trigger && cue !== 'cancelled' && (isProducer(clause, trigger) || isYesterdays(clause, trigger))) cue = 'held';
  // "Frühere Treffen in Riad blieben ohne Ergebnis": the rounds before are over.
  if (trigger && (cue === null || cue === 'ongoing') && isEarlierOne(clause, trigger)) cue = 'held';
  if (trigger && (cue === null || cue === 'ongoing' || cue === 'planned') && isSaidAt(clause, trigger)) cue = 'held';
  if (trigger && cue !== 'cancelled' && (isPossibility(clause, trigger) || isTalkedOf(clause, trigger))) cue = 'proposed';
  else if (trigger) cue = withoutOthersPossibility(cue, clause, trigger);
  // The meeting verb's own Perfekt outweighs a plan told beside it in the clause; an invitation
  // made ("hat … nach Berlin eingeladen") is not the visit made.
  if (trigger && cue !== 'cancelled' && cue !== 'ongoing' && newDateAt(clause) === null && isPerfectOf(clause, trigger) && !trigger.invites) cue = 'held';
  const today = when === 'today' || when === 'none';
  const arrived = test(context.namesToday ? ARRIVED_ONLY : ARRIVED, clause) || test(STAYING, clause) || (context.before !== undefined && test(ARRIVED, context.before));
  if (today && cue !== 'cancelled' && cue !== 'proposed' && !test(OVER_NOW, clause) && (arrived || test(UNDER_WAY, clause))) return {status: 'ongoing', explicit: true};
  // "Die Gespräche werden heute in Berlin fortgesetzt": going on today is under way, unless the
  // report was written before the hour it names ("werden am Abend fortgesetzt" at 10 o'clock).
  if (when === 'today' && cue === 'planned' && test(CONTINUED_TODAY, clause)) return {status: aheadOfReport(context) ? 'planned' : 'ongoing', explicit: true};
  // "Der Gipfel beginnt am Abend" in a report without an hour: the start it announces is ahead.
  if (when === 'today' && cue === 'ongoing' && context.published && publishedHour(context.published) === null && test(BEGINS, clause) && hourOf(clause) !== null) return {status: 'planned', explicit: true};
  // "Vor einem Treffen mit Tusk hat Merz betont": on the report's day, the meeting is still ahead.
  if (today && trigger && (cue === null || cue === 'held' || cue === 'ongoing') && isAheadOfClause(clause, trigger)) return {status: 'planned', explicit: false};
  const reading = readStatus(cue, context.tense, when);
  // A report written before the hour the meeting is set for: still ahead. ("treffen sich am
  // Mittag" in a report of 9 o'clock.)
  if (today && (reading.status === 'ongoing' || (reading.status === 'held' && !reading.explicit)) && aheadOfReport(context)) return {status: 'planned', explicit: true};
  // "Der Kanzler empfängt am Donnerstag Duda", "beraten heute in Oslo": the present with the
  // report's own day named is the news announcing the day's meeting, unless the report was written
  // in the afternoon or later, when it may well be under way.
  if (context.namesToday && reading.status === 'ongoing' && !reading.explicit && context.tense === 'present' && !(context.published && (publishedHour(context.published) ?? 0) >= LATE_REPORT)) return {status: 'planned', explicit: false};
  return reading;
}

// From this hour (Berlin time) a report of the day's meeting may be written while it runs.
const LATE_REPORT = 13;
