// Which way a German news sentence points in time, so that "am Freitag" or "im Juni" can be
// resolved to the right side of the publication date. A heuristic over word cues, not a grammar:
// each cue adds weight to past or future, the heavier side wins, no cue at all means present.
//
// - Past: Perfekt/Plusquamperfekt auxiliaries ("haben … begonnen", "hatten sich … getroffen"),
//   a list of Präteritum verbs of meeting and of narration ("trafen", "fand statt", "folgte",
//   "saßen", of arranging a meeting: "organisierten", "vermittelte", and of handing over in one:
//   "überbrachte … in einem Telefonat"), and time words ("gestern",
//   "zuletzt", "damals", "vergangene Woche") which weigh double.
// - Future: werden/sollen/wollen/planen/können (also Konjunktiv "könne", "würde"), announcements
//   ("angekündigt", "geplant") and time words ("morgen", "kommende Woche", "bald"), double.
// - Verbs of saying ("sagte", "erklärte", "teilte … mit") are ignored: the past tense of the
//   report says nothing about when the reported meeting happens.

import {words} from './dates/german-words.js';
import {mayMatchAnyOf, mayMatchOf} from './prefilter.js';

export type Tense = 'past' | 'present' | 'future';

type Cue = {pattern: RegExp; weight: number; mayMatch?: (text: string) => boolean};
// Cues with their prefilters looked up once (tense is asked of every meeting clause and
// sentence), and one look first whether any of them may be there at all.
type Weighed = {cues: (Cue & {mayMatch: (text: string) => boolean})[]; mayAny: (text: string) => boolean};
// A cue with a look of its own (`mayMatch`) is asked apart: the shared look needs a literal of every pattern.
const weighed = (cues: Cue[]): Weighed => {
  const mayLiteral = mayMatchAnyOf(cues.filter(cue => !cue.mayMatch).map(cue => cue.pattern));
  const own = cues.flatMap(cue => (cue.mayMatch ? [cue.mayMatch] : []));
  return {
    cues: cues.map(({pattern, weight, mayMatch}) => ({pattern, weight, mayMatch: mayMatch ?? mayMatchOf(pattern)})),
    mayAny: own.length ? (text: string) => mayLiteral(text) || own.some(may => may(text)) : mayLiteral,
  };
};

const WEAK_PAST_ENDING = /te[n]?\s+(?:er|sie|es|man|wir|sich)(?![\p{L}\d])/u;

const PAST_CUES: Cue[] = [
  {pattern: words(`(?:gestern|vorgestern|zuletzt|damals|kürzlich|jüngst|neulich|seinerzeit)`, 'gi'), weight: 2},
  // Not after "seit": "verhandeln seit vergangenem Montag" tells talks still under way.
  {pattern: words(`(?<![Ss]eit\\s)(?:vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?)\\s+(?:Woche|Wochenende|Monat|Jahr|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)`, 'g'), weight: 2},
  // "nach der jüngsten Runde": a meeting that is over, whatever is planned next.
  {pattern: words(`(?:jüngste[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|vergangene[nmrs]?)\\s+(?:Runde|Gesprächsrunde|Verhandlungsrunde|Treffen|Gespräche[n]?|Verhandlungen|Gipfel|Gipfeltreffen|Telefonat)`, 'g'), weight: 2},
  {pattern: words(`im\\s+Vorjahr|vor\\s+(?:kurzem|\\d+|einer?|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|wenigen|einigen|mehreren)\\s+(?:Tagen?|Wochen?|Monaten?|Jahren?)`, 'gi'), weight: 2},
  {pattern: words(`(?:hat|haben|hatte|hatten|hätten|habe|war|waren|wäre|wären|wurde|wurden|worden|gewesen)`, 'gi'), weight: 1},
  // "sagten der Ukraine weitere Hilfe zu": pledged, in the past; "sagte das Treffen ab": called off.
  {pattern: words(`(?:sagte|sagten)\\s+[^,;:.]*\\s(?:zu|ab)(?=\\s*(?:[,;:.!?]|$))`, 'gi'), weight: 1},
  {pattern: words(`(?:ist|sind|seien|sei)(?![\\p{L}])[^.;:]*(?:ge\\p{L}+(?:en|t)|\\p{L}+iert|\\p{L}+(?:ge)?(?:troffen|kommen|reist|flogen)|verlaufen)`, 'gi'), weight: 1},
  {
    pattern:
      words(`(?:traf|trafen|fand|fanden|kam|kamen|sprach|sprachen|telefonierte|telefonierten|verhandelte|verhandelten|empfing|empfingen|reiste|reisten|hielt|hielten|führte|führten|einigte|einigten|vereinbarte|vereinbarten|endete|endeten|begann|begannen|beriet|berieten|tagte|tagten|besuchte|besuchten|ging|gingen|gab|gaben|brachte|brachten|flog|flogen|landete|landeten|unterzeichnete|unterzeichneten|scheiterte|scheiterten|rief|riefen|dauerte|dauerten|begrüßte|begrüßten|unterstützte|unterstützten|folgte|folgten|saß|saßen|zusammensaß|zusammensaßen|zusammenkam|zusammenkamen|zusammentraf|zusammentrafen|aufeinandertraf|aufeinandertrafen|setzte|setzten|lud|luden|eröffnete|eröffneten|dankte|dankten|bedankte|bedankten|lobte|lobten|kritisierte|kritisierten|versprach|versprachen|sicherte|sicherten|bat|baten|warf|warfen|lief|liefen|verlief|verliefen|versammelte|versammelten|organisierte|organisierten|vermittelte|vermittelten|moderierte|moderierten|initiierte|initiierten|arrangierte|arrangierten|überbrachte|überbrachten|übermittelte|übermittelten|überreichte|überreichten|übergab|übergaben)`, 'gi'),
    weight: 1,
  },
  // "Am Samstag stand ein Treffen in Kairo auf dem Programm": the Präteritum of "stehen", lower-case
  // only, so that the noun "Stand" ("der Stand der Gespräche") is none.
  {pattern: words(`(?:stand|standen)`, 'g'), weight: 1},
  // A weak Präteritum in inverted or reflexive order: "tauschte sich … aus", "bereiteten sie
  // … vor". The lists above cannot hold every verb; the "-te(n)" before a pronoun can.
  // Not the modals ("könnte sich", "wollten sich … treffen"), which plan rather than tell, nor a
  // stance ("zeigten sich zuversichtlich", "äußerte sich"), which is said, like "sagte".
  // Its word class is tried at every position: the "te" and pronoun are looked for first (6× less).
  {
    pattern: words(`(?!(?:könn|möch|soll|dürf|müss|hät|woll|zeig|äußer)ten?\\s)\\p{Ll}{2,}te[n]?\\s+(?:er|sie|es|man|wir|sich)`, 'g'),
    weight: 1,
    mayMatch: (text: string) => WEAK_PAST_ENDING.test(text),
  },
];

const FUTURE_CUES: Cue[] = [
  {pattern: words(`(?:übermorgen|demnächst|künftig|baldig\\p{L}*|bald|in\\s+Kürze|zeitnah)`, 'gi'), weight: 2},
  // "morgen" as tomorrow, not "am Morgen" / "heute Morgen" / "Sonntagmorgen".
  {pattern: words(`(?<!(?:am|heute|gestern|jeden|diesen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\s)morgen`, 'g'), weight: 2},
  {pattern: words(`(?:kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?)\\s+(?:Woche|Wochenende|Monat|Jahr|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Tagen|Wochen|Monaten)`, 'gi'), weight: 2},
  {pattern: words(`in\\s+(?:\\d+|einer?|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenigen|einigen)\\s+(?:Tagen|Wochen?|Monaten?|Jahren?)`, 'gi'), weight: 2},
  {pattern: words(`(?:wird|werden|werde|würde|würden|soll|sollen|solle|sollte|sollten|will|wollen|wolle|plant|planen|plane|könnte|könnten|könne|kann|können|dürfte|dürften|möchte|möchten)`, 'gi'), weight: 1},
  // "ist auf den 12. März verschoben worden": the new date lies ahead, whatever the auxiliary says.
  {pattern: words(`(?:(?:verschoben|vertagt|verlegt)\\s+auf|auf\\s+[^;:,]{1,30}?\\s(?:verschoben|vertagt|verlegt))`, 'gi'), weight: 3},
  {pattern: words(`(?:geplant\\p{L}*|angekündigt\\p{L}*|vorgesehen\\p{L}*|anberaumt\\p{L}*|angesetzt\\p{L}*|erwartet\\p{L}*|vereinbart\\p{L}*\\s+(?:für|am))`, 'gi'), weight: 1},
];

// Verbs of saying and reporting, removed before counting so "sagte Selenskyj" does not date
// the meeting he talks about. "sagten … Hilfe zu" (pledged) is no saying: it stays, a past verb;
// nor is "sagt … ab" (calls off), which tells no time.
const REPORTING =
  words(`(?:sagten?(?![^,;:.]*\\s(?:zu|ab)\\s*(?:[,;:.!?]|$))|erklärte|erklärten|betonte|betonten|teilte|teilten|berichtete|berichteten|meldete|meldeten|schrieb|schrieben|warnte|warnten|forderte|forderten|hieß|bestätigte|bestätigten|sagt(?![^,;:.]*\\sab\\s*(?:[,;:.!?]|$))|erklärt|betont)`, 'gi');

const mayReport = mayMatchOf(REPORTING);

// "Beide Seiten haben ein zweites Treffen bestätigt": the Perfekt of a verb of saying, auxiliary and
// all, says when it was said, not when the meeting it names is.
// Looked for first: most sentences hold none of these participles.
const REPORTED_PARTICIPLE = /bestätigt|angekündigt|mitgeteilt|erklärt|gemeldet|berichtet/;
const REPORTED_PERFECT = /(?<![\p{L}])(?:hat|haben|hatte|hatten)\s(?:[^,;:.!?]*\s)?(?:bestätigt|angekündigt|mitgeteilt|erklärt|gemeldet|berichtet)(?![\p{L}])/gu;

// "wonach sie am Donnerstag telefoniert haben sollen", "Putin soll mit Trump gesprochen haben": the
// "sollen" of an allegation reports something said to have happened, no plan.
/** A past participle's shape ("getroffen", "telefoniert", "besprochen"); status.ts reads the Perfekt with it too. */
export const PARTICIPLE = String.raw`(?:\p{L}*ge\p{Ll}+(?:t|en)|\p{L}+iert|(?:be|emp|er|ver|zer|über|unter)\p{Ll}+(?:t|en))`;
const ALLEGATION = new RegExp(
  String.raw`(?<=(?<![\p{L}])${PARTICIPLE}\s+(?:haben|sein)\s+)(?:soll|sollen|solle)(?![\p{L}])|(?<![\p{L}])(?:soll|sollen|solle)(?=\s[^,;:.!?]*?\s${PARTICIPLE}\s+(?:haben|sein)(?![\p{L}]))`,
  'gu',
);

// "Dennoch wird am Golf über ein Kriegsende verhandelt": "wird" with a participle at the clause's end is
// the present passive, not the future ("wird … verhandeln"); "beraten" may be either and is left.
const MAIN_PRESENT_PASSIVE = /(?<![\p{L}])(?:wird|werden)(?=\s(?:[^,;:.!?"„“”]*\s)?(?:ge\p{Ll}+(?:t|en)|\p{Ll}+iert|(?:be|er|ver|zer)\p{Ll}+t)\s*(?:[.,;:!?"“”]|$))/gu;

/** The text with the "wird" of a present passive in a main clause blanked out, offsets kept. */
function withoutMainPassive(text: string): string {
  return text.includes('wird') || text.includes('werden') ? text.replace(MAIN_PRESENT_PASSIVE, word => ' '.repeat(word.length)) : text;
}

/** The text with the "sollen" of an allegation ("telefoniert haben sollen") blanked out, offsets kept. */
function withoutAllegation(text: string): string {
  return text.includes('soll') && (text.includes('haben') || text.includes('sein')) ? text.replace(ALLEGATION, word => ' '.repeat(word.length)) : text;
}

/**
 * The text without the words that look like a plan and are none: the "wird" of a present passive
 * and the "sollen" of an allegation. Tense and status read it the same way; offsets kept.
 */
export function withoutFalsePlans(text: string): string {
  return withoutOtherPlans(withoutMainPassive(withoutAllegation(text)));
}

// "brachte nicht den oft angekündigten Durchbruch", "die geplante Reform": a plan told as the
// attribute of a noun that names no meeting is the plan of that thing, not of a meeting.
const PLAN_BEFORE_NOUN = /(?<![\p{L}])(?:angekündigt|geplant|vereinbart|anberaumt|angesetzt|vorgesehen)(?:e|en|er|es|em)\s+(\p{Lu}[\p{L}-]*)/gu;
/** The stems of nouns that name a meeting, in lower case ("Gesprächsrunde", "Friedensgipfel"). */
export const MEETING_STEM = /gespräch|verhandlung|treffen|gipfel|konferenz|beratung|telefonat|besuch|runde|begegnung|reise|visite|schalte|sitzung|termin|zusammenkunft|unterredung|empfang|dialog/;
const mayPlanBefore = (text: string) => text.includes('ngekündigt') || text.includes('geplant') || text.includes('vereinbart') || text.includes('anberaumt') || text.includes('angesetzt') || text.includes('vorgesehen');

/** The text with plan attributes before a noun naming no meeting ("angekündigten Durchbruch") blanked, offsets kept. */
function withoutOtherPlans(text: string): string {
  if (!mayPlanBefore(text)) return text;
  return text.replace(PLAN_BEFORE_NOUN, (phrase: string, noun: string) =>
    MEETING_STEM.test(noun.toLowerCase()) ? phrase : ' '.repeat(phrase.length - noun.length) + noun);
}

function weigh(sentence: string, {cues, mayAny}: Weighed): number {
  if (!mayAny(sentence)) return 0;
  let sum = 0;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (cue.mayMatch(sentence)) sum += (sentence.match(cue.pattern)?.length ?? 0) * cue.weight;
  }
  return sum;
}

const PAST = weighed(PAST_CUES);
const FUTURE = weighed(FUTURE_CUES);

/** The tense a sentence reports its events in: 'past', 'future', or 'present' when nothing tells. */
export function sentenceTense(sentence: string): Tense {
  const alleged = withoutFalsePlans(sentence);
  const plain = REPORTED_PARTICIPLE.test(alleged) ? alleged.replace(REPORTED_PERFECT, ' ') : alleged;
  const text = mayReport(plain) ? plain.replace(REPORTING, ' ') : plain;
  const past = weigh(text, PAST);
  const future = weigh(text, FUTURE);
  if (past === 0 && future === 0) return 'present';
  return future >= past ? 'future' : 'past';
}

// Clause edges: punctuation, quotes and the conjunctions that start a new clause.
const CLAUSE_EDGE =
  /[,;:–—()„“"«»]|\s(?:und|oder|sowie|aber|doch|sondern|während|nachdem|bevor|weil|da|wenn|als|sobald|ob|dass|damit)\s/gu;

const REPORTED_PAST: Cue = {pattern: REPORTING, weight: 1};

// "…, das am Mittwoch endet, stand im Zeichen …": a present-tense verb of beginning or ending
// gives its clause a day that is today or ahead, inside a report told in the past. Only the
// clause's dates follow it; the meeting's status still goes by the sentence.
const BOUNDS_AHEAD: Cue = {
  pattern: words(`(?:beginnt|beginnen|endet|enden|(?:dauert|dauern|läuft|laufen)\\s+(?:noch\\s+)?bis)`, 'gi'),
  weight: 1,
};

const PAST_IN_CLAUSE = weighed([...PAST_CUES, REPORTED_PAST]);
const FUTURE_IN_CLAUSE = weighed([...FUTURE_CUES, BOUNDS_AHEAD]);

/**
 * The tense of the clause around `index`, or null when that clause has no cue of its own. Here a
 * verb of saying does count: in "Meloni schrieb am Dienstagabend, sie habe … gesprochen" the day
 * is when she wrote, whatever the rest of the sentence says.
 */
export function clauseTense(sentence: string, index: number): Tense | null {
  let start = 0;
  let end = sentence.length;
  for (const edge of sentence.matchAll(CLAUSE_EDGE)) {
    const at = edge.index ?? 0;
    if (at + edge[0].length <= index) start = at + edge[0].length;
    else if (at >= index) {
      end = at;
      break;
    }
  }
  const clause = sentence.slice(start, end);
  const past = weigh(clause, PAST_IN_CLAUSE);
  const future = weigh(clause, FUTURE_IN_CLAUSE);
  if (past === future) return null;
  return future > past ? 'future' : 'past';
}
