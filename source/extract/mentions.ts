// One mention per meeting word: its place, date, status and participants, read from the clause
// it stands in. meetings.ts merges the mentions of one article into meetings.
import type {ActorHit} from './actors.js';
import type {Clause} from './clauses.js';
import {type CarriedSide, carriedInto, clockTimeCarried, followsPastTimeTold} from './carried-dates.js';
import {spanEndingOn} from './dates/duration-span.js';
import {type DateMention, findDates} from './dates.js';
import {type SideName, findDelegations, headsFor, sideName} from './delegations.js';
import {type MeetingTrigger, presenceOnDatedLine, STAGE_OF} from './meeting-words.js';
import {isActOfTreffen, isAnyone, isCount, isDenied, isGeneric, isHeldUnlikely, isManyOccasions, isNegatedVerb, isQuestioned, isSeries} from './not-meetings.js';
import {describedTownCountry, findPlaces, placeAtEnd, type PlaceHit, stationsAfter, subjectPlaces} from './places.js';
import type {Sentence} from './sentences.js';
import {secondMonthOf, seriesAfter} from './series.js';
import {type DateRelation, decideStatus, endsOnConsent, isCalledOffNoun, isCommentedOn, isContinuation, isEarlierOne, isProducer, isTimeOfBackground, isTalkedOf, newDateAt, occasionCue, statusCue, tenseOfCue, withoutPresentPassive} from './status.js';
import {MEETING_STEM, sentenceTense, type Tense} from './tense.js';
import {endsWithSubject, predicateSpan} from './subject-predicate.js';
import {demandedBefore, fromStartOn, goesOnAfterStart, isDemanded, reportedFutureCue} from './clause-status.js';
import {antecedent, appositionsAfter, beforeApposition, borrow, companyTold, group, guests, pairOfNoun, listedBefore, partakersAfter, referent, sayer, sayerAfter, speaker, traveller} from './mention-people.js';
import {ArticleReading, combine, cueOf, type DateSpan, domestic, forgetAnswers, journeyFor, NOW, SentenceReading, tenseOf} from './mention-reading.js';
import {isCommenter, isHonoured, type Person, peopleIn} from './participants.js';
import {attachedTo, dateOwner, inPhraseOf, ownerOf, personOwner, sharesSubject, sidelineOf} from './trigger-owners.js';
import type {Meeting, MeetingStatus, Side} from './types.js';

export type MeetingMention = Meeting & {
  isCity: boolean;
  /** The region named or a city's region, where known (places.ts): "in Alaska" and "im Weißen Haus" are two venues. */
  area?: string | null;
  /** The status was stated by a word, not only implied by the tense. */
  explicit: boolean;
  sides: SideName[];
  /** Place, date or distinct parties: enough to be a meeting on its own. */
  standalone: boolean;
  /** "Nach den Gesprächen in Berlin …" beside another meeting: an earlier event, not the news. */
  earlier: boolean;
  /** "Die Gespräche sollen am Montag fortgesetzt werden": more of a meeting already under way. */
  continues: boolean;
  /** "ist auf den 12. März verschoben worden": the date is new and replaces the one set before. */
  rescheduled: boolean;
  /** "Ein Treffen mit Trump am Rande des Gipfels": a meeting of its own at the summit's place and time. */
  sideline: boolean;
  /** "Zuvor …", "Danach …": a meeting other than the one just told, unless place or date say it is. */
  another: boolean;
  /** "die beim Gipfel erörterten Garantien", "vorherige Gesprächsrunden": named by what it produced or as one before, background and not the day's news. */
  background?: boolean;
  /** "Nach getrennten Treffen mit X und Y": one of separate meetings, not the meeting of all of them. */
  separate?: boolean;
  /** "nimmt X teil", "vertritt X": who joins the meeting just told. */
  joins?: boolean;
  paragraph: number;
  /** The ticker entry the mention stands in; 0 outside tickers. */
  entry: number;
  order: number;
};

export type MentionSource = {
  /** The text the sentences and hits point into. */
  text: string;
  sentences: Sentence[];
  hits: ActorHit[];
  published: string;
  today: string;
  sideOf: (id: string) => Side | null;
  /** Paragraphs before this one are kicker and title: short, read as one clause each. */
  leadParagraph: number;
  /**
   * A live ticker's entries, by the offset where each begins: every entry is the day's news, so
   * what happens undated happens that day, and each entry tells its own story.
   */
  entries?: number[];
};

// "dort", "am selben Ort": the place told last. So is "am Tagungsort" (the venue already named)
// and "im dortigen Museum" (a building in the place just named).
const THERE = /(?<![\p{L}])(?:[Dd]ort|[Dd]ortige[nmrs]?|am\s+(?:selben|gleichen|selbigen)\s+Ort|am\s+(?:Tagungsort|Verhandlungsort|Konferenzort|Gipfelort)|an\s+(?:derselben|gleicher)\s+Stelle)(?![\p{L}])/u;
const WHERE = /^\s*(?:wo|an\s+dem|in\s+dem)(?![\p{L}])/u;
// "Helsinki sei ein geeigneter Ort, an dem …": the place the clause names as the venue.
const VENUE_NAMED = /(?<![\p{L}])(?:sei|ist|wäre|war|gilt\s+als)\s+(?:der|ein|als)\s+(?:[\p{L}-]+\s+)?(?:Ort|Austragungsort|Tagungsort|Verhandlungsort|Schauplatz)(?![\p{L}])/u;
// "will weiter nach Berlin zu einem Treffen mit Scholz reisen": "nach" a place and on "zu" the
// meeting is where the journey leads, not a meeting it follows.
const TOWARDS_THE_MEETING = /(?:^|\s)nach\s+\p{Lu}[\p{L}-]*\s+(?:zu|zum|zur)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// "nach den Gesprächen in Berlin", not "seit Montag in Genf Expertengespräche": after a time word
// the meeting is the subject, not the time.
const AFTER = /(?:^|\s)(?:[Nn]ach|[Ss]eit|[Ii]m\s+Anschluss\s+an)\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|vorgestern|heute|(?:(?:\p{Ll}+|\d+)\s+)?(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten)|Langem|Kurzem|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}]))(?:[\p{L}-]+\s+){0,4}$/u;
// "Nach dem Beginn der ersten direkten Gespräche": the meeting in a genitive after "nach" (STAGE_OF).
const AFTER_STAGE_OF = new RegExp(String.raw`(?:^|\s)(?:[Nn]ach|[Ss]eit)${STAGE_OF}`, 'u');
// "Auf das Treffen im Kreml folgen Gespräche in Doha": what something follows on is over,
// and what follows lies ahead.
const FOLLOWED_ON = /(?:^|\s)[Aa]uf\s+(?:das|den|die|dem)\s+(?:[\p{L}-]+\s+)?$/u;
const FOLLOWS = /(?<![\p{L}])(?:folgen|folgt|folgte|folgten)(?![\p{L}])/u;
// "Das Treffen folgt auf Gespräche mit der Ukraine": those talks came first.
const FOLLOWS_ON = /(?<![\p{L}])(?:folgen|folgt|folgte|folgten)\s+auf\s+(?:[\p{L}-]+\s+){0,2}$/u;
const AND_ANOTHER = /(?:^|\s)(?:sowie|und)\s+(?:(?:ein|eine|einem|einer|einen|den|dem|der|die|das|des)\s+)?(?:[\p{L}-]+\s+)?$/u;
const FOLLOWS_ON_ANYWHERE = /(?<![\p{L}])(?:folgen|folgt|folgte|folgten)\s+auf(?![\p{L}])/u;
// "die Ergebnisse des Pariser Treffens": a meeting that has taken place, whatever comes of it.
const RESULT_OF = /(?:^|\s)(?:Ergebnis|Ergebnisse|Ergebnissen|Ausgang|Bilanz|Scheitern)\s+(?:des|der)\s+(?:[\p{L}-]+\s+)?$/u;
const AGREED_ON = /(?:^|\s)auf\s+(?:(?:ein|eine|einen|weitere[nmrs]?|neue[nmrs]?|erneute[nmrs]?|direkte[nmrs]?|baldige[nmrs]?)\s+)+$/u;
// "mit den Vorbereitungen für ein Treffen begonnen": what has begun is the preparation.
// "zur Planung eines lange erwogenen Gipfels": lower-case attributes between.
const PREPARING = /(?:^|\s)(?:Vorbereitung(?:en)?|Planung(?:en)?)\s+(?:für|auf|eines|einer|des|der)\s+(?:(?:\p{Ll}[\p{L}-]*|Aussicht)\s+){0,4}$/u;
// "bereitet sich auf das Treffen in Genf vor", "während sich die Schweiz auf den Gipfel vorbereitet",
// "die Minister bereiten den Gipfel vor": the meeting prepared, the object of the verb, lies ahead.
// Not its subject at the head of the clause ("Das Treffen bereitet den Gipfel vor").
const PREPARE_VERB = /(?<![\p{L}])(?:vorbereit\p{L}*|(?:bereite|bereitet|bereiten|bereitete|bereiteten)\s(?:[^,;:]*\s)?vor(?=\s*(?:[.,;:!?"“”]|$)))/u;
const PREPARED_OBJECT = /\S\s+(?:auf\s+)?(?:de[mnr]|das|die|eine[mnrs]?|ein|seine[mnrs]?|ihre[mnrs]?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;
const isPreparedByVerb = (clause: string, beforeTrigger: string): boolean => clause.includes('bereit') && PREPARE_VERB.test(clause) && PREPARED_OBJECT.test(beforeTrigger);
// "trafen sich", "sprachen miteinander": the verb names its own company.
const SELF = /(?<![\p{L}])(?:sich|miteinander|einander)(?![\p{L}])/u;
// "…, Gespräche im Vatikan auszurichten": an infinitive clause takes the cue of the one before.
const INFINITIVE = /(?:\szu\s+\p{Ll}+|\p{Ll}+zu\p{Ll}+)(?:en|n)(?![\p{L}])/u;
// Both of its forms hold "zu": most clauses lack it, and the pattern, tried at every lower-case
// letter, cost several times what the look for "zu" costs.
const isInfinitive = (text: string) => text.includes('zu') && INFINITIVE.test(text);
// "telefonierten mit europäischen Regierungschefs, darunter Merz und von der Leyen"; "treffen
// sich in Genf, ebenso NATO-Chef Rutte" (a bare "ebenso" before a name, not "ebenso wichtig").
const LIST_GOES_ON = /^\s*(?:darunter|unter ihnen|etwa|sowie|neben|ebenso\s+wie|genauso\s+wie|wie\s+auch|ebenso(?=\s+\p{Lu}))(?![\p{L}])/u;

// "Zuvor sollen sich die Außenminister treffen", "Drei Tage später saß …": another meeting than the one before.
// "Beide hatten sich zu Beginn der Gespräche Mitte Januar optimistisch gezeigt. Nach dem jüngsten
// Treffen in Oslo …": the latest meeting is another occasion than the one told before it.
const LATEST = /(?<![\p{L}])jüngste[nmrs]?\s+(?:[\p{L}-]+\s+)?$/u;
const SEQUENCE = /^\s*(?:Zuvor|Vorher|Davor|Danach|Anschließend|Später|Im\s+Anschluss|(?:\p{L}+\s+)?(?:Tage|Tag|Wochen|Woche|Monate|Monat|Stunden)\s+(?:später|danach|darauf|zuvor))(?![\p{L}])/u;
// "das erste Gespräch seit 2022": a date after "seit" bounds a time, it does not date the meeting.
const SINCE = /(?<![\p{L}])seit\s+$/u;
const SINCE_EVENT = /(?<![\p{L}])seit\s+(?:[\p{L}-]+\s+){1,3}$/u;
// "seit dem Beginn des Kriegs vor zwei Wochen", "Seit Trumps
// Amtsantritt im Januar …": a longer event after "seit", before the meeting word too. Only nouns,
// articles, prepositions and adjectives, so "seit Tagen wollen beide am Montag …" keeps its date.
// Possessives and "dessen" belong to it too: "seit Beginn dessen neuer Amtszeit im Januar",
// "seit dem Beginn seiner zweiten Amtszeit im Januar".
const SINCE_NOUN_PHRASE = /(?<![\p{L}])seit\s+(?:\p{Lu}[\p{L}-]*|des|der|dem|den|die|das|eines|einer|einem|seines|seiner|seinem|ihres|ihrer|ihrem)\s+(?:(?:\p{Lu}[\p{L}-]*|des|der|dem|den|die|das|eines|einer|einem|(?:sein|ihr)e[nmrs]?|dessen|deren|gegen|von|vom|in|im|mit|(?:neu|erst|zweit|dritt|letzt|jüngst)e[nmrs]?|\p{Ll}+(?:ischen|ischer|lichen|licher|igen|iger|sten|ten))\s+){0,6}$/u;
// "das erste Aufeinandertreffen der beiden seit der Wahl des Papstes im Mai": a first meeting
// after an event is counted from it; the date is the event's.
const FIRST_OF = /(?<![\p{L}])(?:erste|ersten|erstes)\s+(?:\p{Ll}+\s+){0,2}$/u;
// The event may name its actors and target: "nach den Angriffen Russlands und Belarus' auf die
// Kraftwerke des Landes im Mai".
const AFTER_NOUN_PHRASE = /(?<![\p{L}])nach\s+(?:\p{Lu}[\p{L}'’-]*|des|der|dem|den|die|das|eines|einer|einem|seines|seiner|seinem|ihres|ihrer|ihrem)\s+(?:(?:\p{Lu}[\p{L}'’-]*|des|der|dem|den|die|das|eines|einer|einem|zum|zur|gegen|von|vom|in|im|mit|auf|und|[\p{Ll}-]+(?:ischen|ischer|lichen|licher|igen|iger|sten|ten))\s+){0,12}$/u;
const JUST_AFTER = /^\s+nach\s+(?:de[mnr]|eine[mr]|seine[mnr]|ihre[mnr])\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
const BOUND = /(?<![\p{L}])(?:frühestens|nicht\s+vor)\s+$/u;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines)\s+$/u;
const ATTRIBUTE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}?\p{Ll}+(?:te|ten|tes|ter|tem|ene|enen|enes|ener)\s+\p{Lu}/u;
// Between the auxiliary and the participle of calling off: "wurde am Sonntag … abgesagt".
const CALLING_OFF_BEFORE = /^\s+(?:wurde|wurden|ist|sind|war|waren|hat|hatte|haben|hatten)\s+(?:[^,;:]*\s)?$/u;
const CALLING_OFF_AFTER = /^[^,;:]*\s(?:abgesagt|verschoben|gestrichen|abgeblasen|vertagt)(?![\p{L}])/u;
// "seine Ankündigung aus der vergangenen Woche", "die Erklärung vom Montag": the date of what was
// said, not of the meeting it speaks of.
const OF_A_STATEMENT = /(?<![\p{L}])(?:Ankündigung|Aussage|Äußerung|Erklärung|Mitteilung|Interview|Rede|Beschluss|Entscheidung|Zusage|Drohung|Forderung|Bericht)(?:en)?\s+(?:aus\s+(?:der|dem)|vom|von)\s+(?:de[mnr]\s+)?$/u;
// "trifft sich zum dritten Mal in diesem Jahr mit …": the time after the count frames the
// counting, it does not date this meeting.
// "das vierte Treffen mit Lawrow in diesem Jahr" likewise.
const IN_PHRASE = /(?:^|\s)(?:in|im)\s+$|^(?:in|im)\s/;
const COUNT_FRAME = /(?<![\p{L}])(?:zum\s+(?:\p{L}+|\d+\.)\s+Mal|(?:die|das|der)\s+(?:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|\d+\.)[nrs]?\s+\p{Lu}\p{L}+(?:\s+mit\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\s+(?:(?:in|im)\s+)?$/u;
// "Am Dienstag kündigte sie an, die nächste Runde werde bald stattfinden": a date inside the
// frame of saying (up to its comma) is the announcement's, when what is announced lies ahead.
const SPEECH_FRAME = /(?<![\p{L}])(?:kündigt\p{L}*\s+[^,;:]*?an|teilt\p{L}*\s+[^,;:]*?mit|sagt\p{L}*|erklärt\p{L}*|bestätigt\p{L}*|betont\p{L}*|versichert\p{L}*|verkündet\p{L}*)(?![\p{L}])[^,;:]*,\s*(?:dass\s)?/u;
const AHEAD = /(?<![\p{L}])(?:werde|werden|würde|würden|solle|sollen|soll|bald|demnächst|zeitnah)(?![\p{L}])/u;
const POSTPONED_BY_PRONOUN = /^\s*(?:Sie|Es|Er|Dies|Diese[rs]?)\s+(?:wurde|wurden|ist|sind|war|waren|sei|musste|mussten)(?![\p{L}])/u;
// How many sentences after a meeting one may still name its company (a delegation's list, then its head).
const COMPANY_REACH = 2;
// "Eigentlich waren am Dienstag Gespräche in Luanda geplant. Doch die Rebellen sagten kurzfristig ab.":
// a "doch" that calls off with no meeting word of its own calls off the meeting just told.
const BUT_CALLED_OFF = /^\s*(?:Doch|Aber|Jedoch|Allerdings)(?![\p{L}])/u;

/** What every meeting word of one clause shares. */
type ClauseReading = {
  reading: SentenceReading;
  c: number;
  clause: Clause;
  places: PlaceHit[];
  /** The clause's number among the article's. */
  g: number;
  pointedTo: PlaceHit | null;
  triggers: MeetingTrigger[];
  /** The clause's text before each trigger, which many rules read: sliced once. */
  before: string[];
  /** For each noun trigger, the travel verb whose journey leads to it (journeyTo), else -1: its day and traveller are the meeting's. */
  journeys: number[];
  /** The journey an um-zu clause is the purpose of (journeyBefore), else null. */
  purposeOf: Journey | null;
  cueBefore: MeetingStatus | null;
  people: Person[];
  listed: Person[];
  leadIn: Clause | null;
  delegations: SideName[];
  clauseTense: Tense;
};

/**
 * Every meeting mention in the sentences, in text order. The reading is split into one function
 * per sentence, clause and meeting word, not one long function: V8 optimises a function as a
 * whole and again after every deoptimisation, and when all of this was one function, each of its
 * 6–8 compilations per run took 0.5–0.7 s of a core (docs/benchmarks.md).
 */
export function findMentions(source: MentionSource, prepared = prepareMentions(source)): MeetingMention[] {
  forgetAnswers();
  const {article, readings} = prepared;
  for (let s = 0; s < readings.length; s++) readSentence(article, s, readings[s]!);
  return article.mentions;
}

/** An article's sentences split into clauses, and every clause's meeting words: what needs no sentence before it. */
export type PreparedMentions = {article: ArticleReading; readings: SentenceReading[]};

/**
 * The part of findMentions that depends on nothing read before: extractBatch does it for all its
 * articles in one pass, where the meeting words' patterns stay in the CPU's caches.
 */
export function prepareMentions(source: MentionSource): PreparedMentions {
  const article = new ArticleReading(source);
  const readings = source.sentences.map((sentence, s) => new SentenceReading(article, s, sentence));
  // Every clause is asked for its meeting words when its sentence is read.
  for (const reading of readings) for (let c = 0; c < reading.clauses.length; c++) reading.triggersIn(c);
  return {article, readings};
}

function readSentence(article: ArticleReading, s: number, reading: SentenceReading): void {
  const {mentions} = article;
  const {sentence, found} = reading;
  for (let c = 0; c < reading.clauses.length; c++) {
    const k = readClause(reading, c);
    if (k) for (let i = 0; i < k.triggers.length; i++) readTrigger(k, i);
  }
  // "… war für den 24. Februar angesetzt. Sie wurde jedoch verschoben.": the next sentence
  // cancels the meeting just told through a pronoun.
  const latest = mentions.at(-1);
  if (!found.length && latest && article.mentionSentence === s - 1 && (POSTPONED_BY_PRONOUN.test(sentence.text) || BUT_CALLED_OFF.test(sentence.text)) && cueOf(sentence.text) === 'cancelled') {
    found.push({...latest, status: 'cancelled', explicit: true, participants: [], sides: [], standalone: false, earlier: false, continues: false, rescheduled: false, sideline: false, another: false, evidence: sentence.text, paragraph: sentence.paragraph, order: mentions.length});
  }
  // "Trump empfängt heute Selenskyj. Mit dabei sind Merz und Macron.": who comes along, told in
  // the sentences right after the meeting.
  // One such sentence may follow another: "Die ukrainische Delegation besteht aus … Die
  // US-Delegation wird von … geleitet."
  if (!found.length && latest && s - Math.max(article.mentionSentence, article.companySentence) <= COMPANY_REACH) {
    // "Zur ukrainischen Delegation gehören A und B. Die russische Delegation wird von C geleitet": after one
    // delegation's list, the other side's list is of the same talks.
    const company = companyTold(article.source, sentence, latest.sides.length === 1 && DELEGATION_LIST.test(latest.evidence) ? [] : latest.sides);
    if (company.length) [latest.participants, article.companySentence] = [[...new Set([...latest.participants, ...company.map(p => p.name)])], s];
  }
  const journey = !found.length && latest && article.mentionSentence === s - 1 ? journeyFor(reading, latest) : null;
  if (journey) Object.assign(latest!, journey);
  const ended = latest && article.mentionSentence === s - 1 && latest.precision === 'day' && latest.start ? spanEndingOn(latest.start, latest.evidence, sentence.text) : null;
  if (ended && found.every(m => !m.start)) Object.assign(latest!, {...ended, precision: 'days'});
  if (found.length) article.mentionSentence = s;
  // "Nach den Gesprächen in Berlin gibt es nun ein Treffen in Miami": Berlin came before. So did
  // the summit of "Nach dem Gipfel in Rom wollen sich die Minister treffen": a plan after it, even
  // one with no place or date of its own, lies ahead of it.
  const others = found.filter(m => !m.earlier && (m.standalone || m.status === 'planned' || m.status === 'proposed')).length;
  // "Die Zusammenkunft folgt auf Gespräche in Moskau": what something follows on came before,
  // though the meeting that follows names no place or date.
  // So did the meeting a span is counted from ("Zwei Wochen nach ihrer ersten Runde …", with its date).
  for (const mention of found) mention.earlier &&= others > 0 || FOLLOWS_ON_ANYWHERE.test(mention.evidence) || (mention.start !== null && SPAN_AFTER_ANYWHERE.test(mention.evidence));
  mentions.push(...found);
  const before = article.carriedDate;
  const foundHere = found.length > 0;
  const today = article.source.today;
  const carried = new Map<CarriedSide, DateSpan | null>();
  article.carriedDate = (side = 'past') => {
    if (carried.has(side)) return carried.get(side)!;
    const told = reading.resolve(reading.tense()).filter(d => !NOW.test(d.text) && (side === 'any' || d.start < today));
    // "Außerdem wird sie ein Lager besuchen. Noch am selben Tag …": an undated meeting between
    // leaves the day told before it; "Damals" speaks of that meeting's time, which is unknown.
    const date = told.length ? combine(told.slice(-1)) : !foundHere || side === 'any' ? before(side) : null;
    carried.set(side, date);
    return date;
  };
}

/** "nach den Gesprächen in Berlin", "folgt auf Gespräche in Moskau": a meeting told as one before. */
function isAfterMeeting(k: ClauseReading, i: number): boolean {
  const {clause, triggers} = k;
  const beforeTrigger = k.before[i]!;
  if (!triggers[i]!.isNoun) return false;
  // "Nach dem Besuch in Prag werden Meier und Weber die Vorbereitungen aufnehmen": what comes after
  // it lies ahead, so the visit it follows need not be over; the clause's plan decides.
  if (OPENS_AFTER.test(beforeTrigger) && FUTURE_AFTER.test(k.reading.sentence.text.slice(clause.start + triggers[i]!.end))) return false;
  if ((((AFTER.test(beforeTrigger) || AFTER_STAGE_OF.test(beforeTrigger)) && !TOWARDS_THE_MEETING.test(beforeTrigger)) || RESULT_OF.test(beforeTrigger) || (FOLLOWED_ON.test(beforeTrigger) && FOLLOWS.test(clause.text)) || FOLLOWS_ON.test(beforeTrigger)) && (!DAYS_AFTER.test(beforeTrigger) || k.clauseTense === 'past') && !AWAITING.test(clause.text)) return true;
  // "folgt auf Gespräche … in Moskau sowie ein Treffen … in Davos": a meeting joined to one told
  // as before came before too, and is no news of the day.
  return i > 0 && (beforeTrigger.includes('sowie') || beforeTrigger.includes('und')) && AND_ANOTHER.test(beforeTrigger) && isAfterMeeting(k, i - 1);
}

/** The meeting words of clause `c` and what they share; null when it has none. */
function readClause(reading: SentenceReading, c: number): ClauseReading | null {
  const {article, clauses, sentence} = reading;
  const {source} = article;
  const clause = clauses[c]!;
  const g = article.addClause(clause.text);
  if (c === 0) reading.firstClause = g;
  // "hatte mit Fidan über die Vorbereitung der Gespräche beraten": the talks prepared are the
  // topic; the verb reports the meeting.
  const inClause = reading.triggersIn(c);
  const prepares = (t: MeetingTrigger) => t.isNoun && PREPARING.test(clause.text.slice(0, t.index)) && inClause.some(v => !v.isNoun && v.index > t.index);
  const triggers = inClause.filter(t => !prepares(t));
  // "haben zur Vorbereitung eines Treffens von Trump und Putin telefoniert": who meets at the talks
  // prepared is not at the call.
  const prepared = inClause.filter(prepares);
  const presence = !triggers.length && c > 0 ? presenceOnDatedLine(sentence.text) : null;
  if (presence) triggers.push(presence);
  if (!triggers.length) return null;
  // Asked first, while the clause is the text the prefilter has just read: the delegations, and
  // whether the clause is domestic (kept for its meeting words, each of which asks).
  const delegations = findDelegations(clause.text);
  domestic(clause.text);
  const places = article.placesIn(g);
  // "…nach Ankara, wo er mit Erdoğan zusammenkommt", "…schließlich Riad, wo …": "wo" points
  // back to the place just named, in this sentence.
  // "will morgen nach Doha reisen, um dort … zu treffen": "dort" is the place this sentence named.
  const pointedTo = WHERE.test(clause.text) && !places.length ? ((c > 0 ? venueNamed(clauses[c - 1]!.text) ?? placeAtEnd(clauses[c - 1]!.text) : null) ?? article.lastPlaceBefore(g, reading.firstClause)) : null;
  const cueBefore = c > 0 && endsOnConsent(clauses[c - 1]!.text) ? 'planned' : reading.cueBeforeClause(c);
  const people = peopleIn(source, sentence.start + clause.start, clause.text.length);
  const listed = [...(clauses[c + 1] && LIST_GOES_ON.test(clauses[c + 1]!.text) ? peopleIn(source, sentence.start + clauses[c + 1]!.start, clauses[c + 1]!.text.length) : []), ...ledBy(source, sentence, clauses, c), ...partakersAfter(source, sentence, clauses, c), ...appositionsAfter(source, sentence, clauses, c)];
  const leadIn = leadInOf(reading, c);
  const clauseTense = tenseOf(clause.text);
  const before: string[] = [];
  const journeys: number[] = [];
  for (let i = 0; i < triggers.length; i++) {
    before.push(clause.text.slice(0, triggers[i]!.index));
    journeys.push(triggers[i]!.isNoun ? journeyTo(triggers, clause.text, i) : -1);
  }
  return {reading, c, clause, g, places, pointedTo, triggers, before, journeys, purposeOf: journeyBefore(reading, c), cueBefore, people: prepared.length ? people.filter(p => !prepared.some(t => attachedTo(t, clause.text, p.at - sentence.start - clause.start))) : people, listed, leadIn, delegations, clauseTense};
}

/** Who takes part in the meeting of trigger `i`, and what a lead-in clause lends it. */
function peopleOf(k: ClauseReading, i: number): {own: Person[]; borrowed: ReturnType<typeof borrow>} {
  const {reading, c, clause, triggers, people, listed, leadIn} = k;
  const {article, sentence, clauses, found, s} = reading;
  const {source} = article;
  const trigger = triggers[i]!;
  const beforeTrigger = k.before[i]!;
  // The trigger and a few words after it: "traf sich Selenskyj mit …".
  const reach = clause.text.slice(0, trigger.index + 40);
  const own = people.filter(p => personOwner(triggers, clause.text, p.at - sentence.start - clause.start) === i && !(trigger.isNoun && !OCCASION.test(beforeTrigger) && isCommenter(source.text, p.at, sentence.start + clause.start)) && !agentOfOtherThing(clause.text, p.at - sentence.start - clause.start));
  if (i === triggers.length - 1) for (let j = 0; j < listed.length; j++) own.push(listed[j]!);
  // "Selenskyj reist zu Gesprächen nach Washington": who travels to the talks takes part.
  const journey = k.journeys[i]!;
  if (journey >= 0) own.unshift(...people.filter(p => personOwner(triggers, clause.text, p.at - sentence.start - clause.start) === journey));
  if (i > 0 && sharesSubject(triggers, clause.text, i)) own.unshift(...people.filter(p => p.at - sentence.start - clause.start < triggers[i - 1]!.index && personOwner(triggers, clause.text, p.at - sentence.start - clause.start) === i - 1));
  // "Lawrow bleibt dem Treffen fern": who stays away names the meeting, not a participant.
  if (ABSENT.test(clause.text)) own.splice(0);
  const borrowed = i === 0 && leadIn ? borrow(source, sentence, leadIn, beforeTrigger) : null;
  if (borrowed) own.unshift(...borrowed.people);
  else if (i === 0 && c > 0) own.unshift(...sayer(source, sentence, clauses, c, beforeTrigger));
  if (i === 0 && c > 0) own.unshift(...antecedent(source, sentence, clauses[c - 1]!, clause), ...traveller(source, sentence, clauses, c).filter(p => !own.some(o => o.id === p.id)));
  // "Trump hat die Beratungen unterbrochen, um mit Putin zu telefonieren": who does what an
  // um-zu clause names is the subject of the clause it hangs on.
  if (i === 0 && c > 0 && !trigger.isNoun && PURPOSE_OPENS.test(clause.text)) own.unshift(...subjectOf(source, sentence, clauses[c - 1]!));
  // "Witkoff und der Schwiegersohn von Trump, Jared Kushner, vermitteln …": a clause that
  // begins with its meeting verb has its subject before the commas of an apposition.
  if (i === 0 && c > 0 && !trigger.isNoun && beforeTrigger.trim() === '' && !found.length && !reading.triggersBefore(c)) own.unshift(...peopleIn(source, sentence.start, clause.start));
  if (i === 0 && c > 0 && !found.length) own.unshift(...beforeApposition(source, sentence, clauses, c, beforeTrigger, !trigger.isNoun), ...listedBefore(source, sentence, clauses, c));
  // "Eine Delegation mit X an der Spitze reist zu Gesprächen nach Kairo": the talks the journey
  // leads to have the company of the journey's verb.
  else if (journey === 0 && c > 0 && !found.length) own.unshift(...listedBefore(source, sentence, clauses, c));
  if (!trigger.isNoun && !borrowed?.people.length) own.unshift(...referent(source, s, reach, clause.start));
  // "Er war im Mai zu Verhandlungen in Riad", "Der Amerikaner reiste zu Gesprächen nach Kairo": who
  // goes or is "zu" the talks a noun names is at them, "er" as well as a name.
  else if (trigger.isNoun && !borrowed?.people.length && (TO_THE_MEETING.test(beforeTrigger) || AT_THE_MEETING.test(beforeTrigger))) own.unshift(...referent(source, s, beforeTrigger, clause.start));
  // "Beide waren an Gesprächen in Genf beteiligt": taking part in the talks the noun names.
  // "Die zwei Staatschefs hätten ein weiteres Treffen verabredet": the pair before a meeting noun is its company.
  if (!trigger.isNoun || PARTAKING.test(clause.text)) own.unshift(...group(source, s, reach));
  else {
    const pair = group(source, s, beforeTrigger);
    // "A und B hätten in ihrem Gespräch …": "ihr" is the pair the clause names.
    own.unshift(...(pair.length || new Set(own.map(p => p.id)).size >= 2 ? pair : pairOfNoun(source, s, beforeTrigger, clause.text.slice(trigger.end))));
  }
  own.unshift(...speaker(source, sentence, reach));
  if (i === triggers.length - 1) own.push(...guests(source, sentence, clause.text));
  // "Er habe mit Putin telefoniert, schrieb Trump": the one met is named, the one who met says so after.
  if (i === 0 && c < clauses.length - 1 && new Set(own.map(p => p.id)).size <= 1) {
    const said = sayerAfter(source, sentence, clauses, c, beforeTrigger, clause.text.slice(trigger.end), trigger.isNoun);
    if (said.length && !own.some(p => p.id === said[0]!.id)) own.push(...said);
  }
  // "Nach einem Telefonat mit Macron hatte er angekündigt …": a call named to set the time, with
  // only its partner, was made by the "er" of its clause, the one the sentence before named.
  if (trigger.kind === 'call' && trigger.adverbial && clause.text.includes('er') && new Set(own.map(p => p.id)).size === 1) {
    const caller = referent(source, s, clause.text, clause.start).filter(p => p.id !== own[0]!.id);
    own.push(...caller);
  }
  // "Trump schlug ein Treffen zwischen Putin und Selenskyj vor": who proposes a meeting whose
  // "zwischen" phrase names two people only proposes it; they are its parties.
  const between = trigger.isNoun && clause.text.startsWith(' zwischen ', trigger.end) && PROPOSES.test(clause.text) ? sentence.start + clause.start + trigger.end : -1;
  const parties = between < 0 ? [] : own.filter(p => p.at > between);
  const kept = parties.length >= 2 ? parties : own;
  return {own: kept.filter(p => !isHonoured(source.text, p.at)), borrowed};
}

const PROPOSES = /(?<![\p{L}])(?:schlug|schlugen|schlägt|schlagen|vorgeschlagen|vorschlagen|vorzuschlagen|regte|regten|angeregt|anregen|forderte|forderten|fordert|fordern|gefordert|brachte|brachten|bringt|ins\s+Spiel|warb|wirbt|werben|geworben)(?![\p{L}])/u;

/** The mention of trigger `i` of a clause, pushed to the sentence's found mentions unless a rule rules it out. */
function readTrigger(k: ClauseReading, i: number): void {
  const {reading, c, clause, triggers, clauseTense} = k;
  const {article, sentence, clauses, s, heading} = reading;
  const {source} = article;
  const trigger = triggers[i]!;
  // "In Genf beraten am Wochenende …, Russland ist nicht eingeladen": a meeting verb in the
  // present tells its own time; a noun takes the sentence's. The sentence's tense is worked out
  // only then: a clause with a tense of its own needs none.
  const tense = clauseTense !== 'present' ? clauseTense : !trigger.isNoun && !heading ? 'present' : reading.tense();
  const {own, borrowed} = peopleOf(k, i);
  const {place, venues, relative, hosts} = placeOf(k, i, borrowed);
  const beforeTrigger = k.before[i]!;
  if (domestic(clause.text)) article.domesticUntil = s + 1;
  if (ruledOut(k, i, place, own)) return;
  // "will zwei Tage nach dem Treffen in Wien weiterreisen": a plan counted from the meeting
  // does not make it over.
  // "sie erwarte nach Abschluss der Gespräche einen Bericht": what someone awaits after a meeting
  // lies ahead, and so may the meeting's end.
  const afterMeeting = isAfterMeeting(k, i);
  const cue = cueOfTrigger(k, i, relative, afterMeeting);
  const all = reading.resolve(tenseOfCue(cue, tense));
  const {dates, oldDates, newDate, relativeDates} = datesOf(k, i, {all, cue, borrowed, afterMeeting, relative});
  const dated = (c === 0 || clause.text.includes('Uhr') ? clockTimeCarried(clause.text, dates, article.carriedDate) : null) ?? combine(dates) ?? (c === 0 ? carriedInto(clause.text, article.carriedDate) : null);
  const date = relative && cue === 'ongoing' ? fromStartOn(dated, relative.text, beforeTrigger, source.today) : dated;
  // "die Gespräche, die heute im Kreml geführt werden": the relative clause that dates the
  // meeting tells its tense too.
  const readTense = relativeDates.length ? sentenceTense(withoutPresentPassive(relative!.text)) : tense;
  const read = decideStatus({cue, tense: readTense, when: relation(date, source.today), clause: clause.text, sentence: sentence.text, trigger, published: source.published, namesToday: date?.precision === 'day' && date.start === source.today && (date.end ?? date.start) === source.today, before: c > 0 && isInfinitive(clause.text) && !pastBefore(all, clauses[c - 1]!, source.today) ? clauses[c - 1]!.text : undefined});
  // "Der Kreml bestätigte ein Telefonat zwischen Putin und Trump": a call that someone confirmed or
  // reported in the past was made ("verlässt die Sitzung für ein Telefonat" is one going on).
  // "Der Kreml bestätigt ein Treffen des Gesandten mit Putin": a meeting confirmed, the noun the
  // verb's object, took place; the present is the reporting's, not the meeting's.
  const confirmed = trigger.isNoun && clause.text.includes('bestätig') && CONFIRMED_NOUN.test(k.before[i]!);
  const told = (confirmed || (trigger.kind === 'call' && REPORTED_IN_PAST.test(clause.text))) && read.status === 'ongoing' && !read.explicit ? {status: 'held' as const, explicit: false} : read;
  // "will … zusammentreffen, falls in Ägypten eine Einigung gelingt": a plan on a condition is a proposal.
  // "wies einen Bericht zurück, wonach Putin und Trump telefoniert haben sollen": a meeting reported
  // only in a report that is denied did not take place.
  // "wies Berichte zurück, wonach das Treffen vertagt worden sei": a call-off denied leaves the meeting on.
  const reportDenied = inDeniedReport(sentence.text, clause);
  const denied = !reportDenied ? told : told.status === 'cancelled' ? {status: date ? ('planned' as const) : ('proposed' as const), explicit: true} : {status: 'cancelled' as const, explicit: true};
  const conditional = denied.status === 'planned' && clauses[c + 1] && CONDITION.test(clauses[c + 1]!.text) ? {status: 'proposed' as const, explicit: true} : denied;
  // "ist heute zu Gesprächen nach Antalya gereist": who has just arrived for talks has them ahead.
  const arrived = k.journeys[i] === i + 1 && !relativeDates.length && !conditional.explicit && (conditional.status === 'held' || conditional.status === 'ongoing') && (!date || date.start === source.today);
  // "reiste am Montag nach Genf, um dort Lawrow zu treffen": the purpose of a journey made is met.
  const purposeMet = !arrived && conditional.status === 'planned' && date !== null && (date.end ?? date.start) < source.today && k.purposeOf !== null;
  const decided = arrived ? {status: 'planned' as const, explicit: false} : purposeMet ? {status: 'held' as const, explicit: false} : conditional;
  // "Nach den Beratungen zwischen Kiew und Washington rechnet Moskau mit …": an earlier round named
  // only to set the time, with no place, date or person, tells nothing to show.
  // "Nach dem Auftakt der ersten offiziellen Beratungen …" tells a stage the meeting reached: it is one to show.
  if (afterMeeting && !place && !date && !own.length && !(trigger.isNoun && AFTER_STAGE_OF.test(k.before[i]!))) return;
  // "Delegationen aus der Ukraine und den USA beraten": each side's head, named elsewhere, is there.
  if (trigger.kind !== 'call' && k.delegations.length) own.push(...headsFor(article.heads(), clause.text, k.delegations, own));
  const given = addMention(k, i, {place, date, own, decided, afterMeeting, rescheduled: newDate !== null && dates.length > 0, reportDenied});
  // The date given up is a meeting that was called off (FORMAT.md: both are reported).
  const {found} = reading;
  // "traf in Miami ein, um dort mit Vertretern der USA zu verhandeln": the purpose of a journey told just
  // before is that journey's meeting; its people join it.
  const journeyMeeting = found.length >= 2 && i === 0 && k.purposeOf ? found[found.length - 2]! : null;
  if (journeyMeeting && journeyMeeting.kind === 'visit' && journeyMeeting.paragraph === given.paragraph) {
    journeyMeeting.participants = [...new Set([...journeyMeeting.participants, ...given.participants])];
    journeyMeeting.sides = [...new Set([...journeyMeeting.sides, ...given.sides])];
    found.pop();
    return;
  }
  const old = given.rescheduled ? combine(oldDates) : null;
  if (old) found.splice(-1, 0, {...given, ...old, end: old.end ?? null, status: 'cancelled', explicit: true, rescheduled: false, order: given.order++});
  // "Trump werde zudem bilateral Milei treffen sowie Guterres": one meeting with each.
  if (BILATERAL.test(clause.text) && given.participants.length >= 3) {
    const [host, ...guests] = bilateralHostFirst(clause, sentence.start, own, given.participants);
    found.splice(-1, 1, ...guests.map((guest, g) => ({...given, participants: [host!, guest], separate: true, order: given.order + g})));
  }
  // "Scholz führte Telefonate mit Meloni und Duda": several calls, one with each partner.
  const partners = trigger.kind === 'call' && given.participants.length >= 2 ? callPartners(trigger, clause, sentence.start, own) : [];
  if (partners.length >= 2) {
    // "Er habe Telefonate mit X und Y geführt, sagte Witkoff": who says so made the calls.
    const before = given.participants.filter(name => !partners.includes(name));
    const callers = before.length || c === clauses.length - 1 ? before : sayerAfter(source, sentence, clauses, c, beforeTrigger, clause.text.slice(trigger.end), true).slice(0, 1).map(p => p.name);
    found.splice(-1, 1, ...partners.map((partner, n) => ({...given, participants: [...callers, partner], order: given.order + n})));
  }
  // "hatten zwei Mal telefoniert: Mitte Februar und zuletzt Mitte März": one meeting on each date.
  const series = !date && !place && i === triggers.length - 1 ? seriesAfter(sentence.text, clause.start + clause.text.length, all) : null;
  if (series) {
    found.splice(-1, 1, ...series.map(({date: when, place: where}, n) => ({
      ...given,
      ...(when ? {start: when.start, end: when.end, precision: when.precision} : {}),
      ...(where ? {place: where.name, country: where.country, isCity: where.isCity} : {}),
      status: given.status === 'ongoing' && when && (when.end ?? when.start) < source.today ? ('held' as const) : given.status,
      order: given.order + n,
    })));
    return;
  }
  // "war im Februar und März in Russland gewesen": a second occasion in the second month.
  const secondMonth = given.status === 'held' && given.precision === 'month' ? secondMonthOf(sentence.text, given.start!) : null;
  if (secondMonth) found.push({...given, start: secondMonth, order: article.mentions.length + found.length});
  // "reist nach Riad, Doha und Abu Dhabi": one meeting at each station; "Sowohl die Schweiz als auch
  // Serbien haben angeboten, …": one offer from each host.
  const stations = place && venues.includes(place) ? stationsAfter(sentence.text, {...place, index: clause.start + place.index, end: clause.start + place.end}) : [];
  for (const other of [...hosts.slice(1), ...stations]) found.push({...given, place: other.name, country: other.country, isCity: other.isCity, order: article.mentions.length + found.length});
}

/** Where trigger `i`'s meeting is, the places it could be at, and the relative clause that tells its own. */
function placeOf(k: ClauseReading, i: number, borrowed: ReturnType<typeof borrow>): {place: PlaceHit | null; venues: PlaceHit[]; relative: Clause | null; hosts: PlaceHit[]} {
  const {reading, c, clause, g, places, pointedTo, triggers, cueBefore} = k;
  const trigger = triggers[i]!;
  const isCall = trigger.kind === 'call';
  // "Verhandlungen …, die am 15. Mai in Istanbul beginnen sollen": the relative clause after
  // the meeting noun tells its own place, time and status.
  // "…, wo im Frühjahr bereits verhandelt worden war": a relative clause that looks back
  // tells the place's history, not the time of the meeting offered in the main clause.
  // "ist für eine Konferenz nach Italien gereist, die am Donnerstag in Rom stattfinden wird": after the
  // journey's participle too.
  const after = trigger.isNoun && (i === triggers.length - 1 || (i === triggers.length - 2 && k.journeys[i] === i + 1)) && !endsOnOtherNoun(clause.text.slice(trigger.end)) ? relativeAfter(reading, c) : null;
  const mainCue = infinitiveCue(clause.text, cueBefore) ?? cueOf(clause.text);
  const relative = after && (mainCue === 'proposed' || mainCue === 'planned') && tenseOf(after.text) === 'past' ? null : after;
  const relativePlace = relative && !isCall ? (findPlaces(relative.text)[0] ?? null) : null;
  // "solle dort mit Putin über die Ergebnisse der Genfer Runde sprechen": Geneva is where the
  // round was, not where the verb's talks are.
  const venues = trigger.isNoun ? places : places.filter(p => !RESULT_OF.test(clause.text.slice(0, p.index)));
  // "Zwei Wochen nach ihrer ersten Runde haben sie in Istanbul …": the meeting counted from, told
  // in the past, is only where its own phrase says; the clause's place is the later event's.
  if (trigger.isNoun && k.clauseTense === 'past' && SPAN_AFTER.test(k.before[i]!)) return {place: venues.find(p => inPhraseOf(trigger, clause.text, p.index)) ?? null, venues, relative: null, hosts: []};
  const place = relativePlace ?? (isCall ? null : (ownVenue(k, i, venues) ?? townDescribed(k) ?? (THERE.test(clause.text) ? (venues.filter(p => p.index < trigger.index).at(-1) ?? reading.article.lastPlaceBefore(g)) : null) ?? borrowed?.place ?? journeyPlace(k, i) ?? pointedTo ?? placeOfNamed(k, i) ?? onwardPlace(k)));
  const hosts = place ? [] : hostsOf(k, i);
  return {place: place ?? hosts[0] ?? null, venues, relative, hosts};
}

// "dasselbe wie bei", "ähnlich wie beim", "anders als bei": a comparison with another meeting.
const COMPARED_WITH = /(?<![\p{L}])(?:wie|als)\s+(?:bei|beim|in|im)\s/u;

/**
 * The place of trigger `i`'s clause that is its own: "Es war in Genf dasselbe wie bei den
 * Verhandlungsrunden in Abu Dhabi": a meeting noun compared with the place the clause told
 * before it is another meeting, at the place in its own phrase ("Verhandlungsrunden in Abu Dhabi").
 */
function ownVenue(k: ClauseReading, i: number, venues: PlaceHit[]): PlaceHit | undefined {
  const {clause, triggers} = k;
  const first = venues.find(p => dateOwner(triggers, clause.text, p.index) === i);
  const trigger = triggers[i]!;
  if (!first || !trigger.isNoun || first.index > trigger.index || !COMPARED_WITH.test(clause.text.slice(first.index, trigger.index))) return first;
  return venues.find(p => p.index > trigger.index && dateOwner(triggers, clause.text, p.index) === i && inPhraseOf(trigger, clause.text, p.index)) ?? first;
}

// "Sowohl Österreich als auch Ungarn haben angeboten, ein Treffen … auszurichten", "Die Türkei
// bietet sich als Gastgeber an": who offers to host a meeting is where it would be.
const HOSTING = /(?<![\p{L}])(?:auszurichten|ausrichten|ausrichtet|Gastgeber\p{L}*|beherbergen|zu\s+beherbergen)(?![\p{L}])/u;
// A plain search first: nearly no clause offers to host.
const offersToHost = (text: string) => /ausricht|auszuricht|Gastgeber|beherberg/.test(text) && HOSTING.test(text);

// "Im Anschluss geht es weiter nach Brüssel. Am Donnerstag treffen sie …": a sentence that tells
// only the journey on places the meeting the next sentence opens with.
const ONWARD = /(?<![\p{L}])weiter\s+(?:nach|in\s+die|in\s+den)\s+$/u;

/** The place the sentence before, with no meeting of its own, travels on to ("weiter nach Brüssel"). */
function onwardPlace(k: ClauseReading): PlaceHit | null {
  const {reading, c, g} = k;
  const {article, s} = reading;
  if (c > 0 || g === 0 || article.mentionSentence === s - 1 || !article.clauseText(g - 1).includes('weiter')) return null;
  const last = article.placesIn(g - 1).at(-1);
  return last && ONWARD.test(article.clauseText(g - 1).slice(0, last.index)) ? last : null;
}

// "Der NATO-Gipfel", "die Ukraine-Konferenz": a meeting named by a compound is one the text may
// have placed before; "der nächste NATO-Gipfel" is another.
const NAMED_MEETING = /^\p{L}[\p{L}\d]*-\p{L}+?(?=s?$)/u;
const ANOTHER_OF_ITS_NAME = /(?:nächst|letzt|vorig|kommend|früher|vergangen|erst|zweit|dritt|weiter)\p{L}*\s+$/iu;

/** Where an earlier clause placed the meeting trigger `i` names again ("beim NATO-Gipfel in Den Haag"). */
function placeOfNamed(k: ClauseReading, i: number): PlaceHit | null {
  const named = NAMED_MEETING.exec(k.triggers[i]!.text);
  if (!named || ANOTHER_OF_ITS_NAME.test(k.before[i]!)) return null;
  return k.reading.article.placeOfNamed(named[0].toLowerCase(), k.g);
}

/** The places that offer to host trigger `i`'s meeting, named as subjects of its clause or the one it hangs on. */
function hostsOf(k: ClauseReading, i: number): PlaceHit[] {
  const {clause, leadIn, triggers} = k;
  if (i !== 0 || !(offersToHost(clause.text) || (leadIn !== null && offersToHost(leadIn.text)))) return [];
  const offered = leadIn ? subjectPlaces(leadIn.text) : [];
  return offered.length ? offered : subjectPlaces(clause.text.slice(0, triggers[0]!.index));
}

/** Whether a rule says trigger `i` names no meeting to show: denied, domestic, a question, a series, anyone. */
function ruledOut(k: ClauseReading, i: number, place: PlaceHit | null, own: Person[]): boolean {
  const {reading, c, clause, triggers, delegations} = k;
  const {sentence, clauses, s, article} = reading;
  const trigger = triggers[i]!;
  const beforeTrigger = k.before[i]!;
  // "Ein Treffen mit X sei „derzeit nicht geplant“": the quotation goes on with the denial.
  const quoted = clauses[c + 1] && QUOTE.test(sentence.text.slice(clause.start + clause.text.length, clauses[c + 1]!.start)) ? ` ${clauses[c + 1]!.text}` : '';
  if (!satisfied(trigger, clause.text, place, own.length) || isDenied(clause.text + quoted, beforeTrigger) || domestic(clause.text)) return true;
  if (c > 0 && isHeldUnlikely(sentence.text.slice(0, clause.start))) return true;
  if (!trigger.isNoun && (isQuestioned(clause.text) || isNegatedVerb(beforeTrigger) || isActOfTreffen(clause.text, trigger.text))) return true;
  if (trigger.isNoun && isSeries(beforeTrigger)) return true;
  // "flog zurück nach Washington", "kehrte nach Kiew zurück": going home is no visit.
  if (!trigger.isNoun && trigger.kind === 'visit' && HOMEWARD.test(clause.text)) return true;
  if (isAnyone(clause.text) && !place) return true;
  // "hatte es regelmäßig Unterredungen gegeben": many occasions at no place told are none to show, dated or not.
  if (!place && isManyOccasions(clause.text, beforeTrigger)) return true;
  return s <= article.domesticUntil && !place && !own.length && !delegations.length;
}

/** The status cue that speaks of trigger `i`'s meeting: its occasion, relative clause, predicate or clause. */
function cueOfTrigger(k: ClauseReading, i: number, relative: Clause | null, afterMeeting: boolean): MeetingStatus | null {
  const {reading, c, clause, triggers, cueBefore} = k;
  const trigger = triggers[i]!;
  const beforeTrigger = k.before[i]!;
  const agreedOn = trigger.isNoun && AGREED_ON.test(beforeTrigger);
  const prepared = trigger.isNoun && (PREPARING.test(beforeTrigger) || isPreparedByVerb(clause.text, beforeTrigger));
  const text = withoutPurpose(clause.text, trigger.end);
  const occasion = !trigger.presence && OCCASION.test(beforeTrigger);
  const ownCue = trigger.presence || occasion ? cueOfPresence(clause.text, occasion) : (relative && (goesOnAfterStart(relative.text, beforeTrigger) ?? relativeCue(relative.text, clause.text))) || (prepared ? preparedCue(text) : ((!afterMeeting && infinitiveCue(text, cueBefore)) || (afterMeeting || agreedOn ? statusCue(text, {afterMeeting, agreedOn}) : cueOf(text))));
  // "das angekündigte Folgetreffen, über das Orbán sprach, wurde abgesagt": the main verb past the
  // relative clauses tells the status of the meeting noun it has as subject.
  const predicate = trigger.isNoun && i === triggers.length - 1 ? predicateAfter(reading.sentence.text, reading.clauses, c, trigger) : null;
  const cue = (predicate && cueOf(predicate)) || ownCue;
  // "hatte von einer Zusammenkunft in Rom gesprochen": the meeting talked of is an idea, not held.
  if (isCalledOffNoun(clause.text, trigger)) return 'cancelled';
  if (cue !== 'cancelled' && (isTalkedOf(clause.text, trigger) || isDemanded(reading.clauses, c))) return 'proposed';
  return cue === 'proposed' ? reportedFutureCue(reading.clauses, c) ?? demandedBefore(clause.text, trigger) : cue;
}

/**
 * The cue of a meeting told by someone's presence at it, or as the occasion of what the clause
 * tells ("bei den Gesprächen"): none when the occasion is declined, and what is put forward at it
 * is not a proposal of the meeting (occasionCue).
 */
function cueOfPresence(clause: string, occasion: boolean): MeetingStatus | null {
  if (!occasion) return presenceCue(clause);
  return DECLINED.test(clause) ? null : occasionCue(clause, presenceCue(clause));
}

// "hat ein Treffen vorgeschlagen, das Ende April stattfinden solle", "bot Gespräche an, die am Montag
// beginnen sollen": the plan of the relative clause is what was put forward; the proposal decides.
// Not a proposal in the pluperfect ("Putin hatte Verhandlungen vorgeschlagen, die am 15. Mai
// beginnen sollen"): it is the background of what came after it, often its acceptance.
const PLUPERFECT_AUX = /(?<![\p{L}])(?:hatte|hatten)(?![\p{L}])/u;
const PROPOSING = /(?<![\p{L}])(?:vorgeschlagen|vorschlagen|vorzuschlagen|angeboten|anbieten|anzubieten|(?:schlägt|schlug|schlugen|schlagen|bietet|bot|boten|bieten)\s(?:[^,;:]*\s)?(?:vor|an)(?=\s*[,;:.]?\s*$))(?![\p{L}])/u;
/** The cue of the relative clause that tells a meeting's own date or place, unless the clause it hangs on proposes that meeting. */
function relativeCue(relative: string, clause: string): MeetingStatus | null {
  const cue = cueOf(relative);
  return cue === 'planned' && PROPOSING.test(clause) && !PLUPERFECT_AUX.test(clause) ? 'proposed' : cue;
}

// "Die Planungen für ein Treffen gehen trotz der Verschiebung weiter": preparing a meeting is a plan,
// unless the clause calls it off.
const preparedCue = (text: string): MeetingStatus => (cueOf(text) === 'cancelled' ? 'cancelled' : 'planned');

const HOMEWARD = /(?<![\p{L}])(?:zurück\s+(?:nach|in\s+die|in\s+den|ins)|(?:kehrt|kehrte|kehrten|kehren)\s+[^,;:]*\szurück|zurückgekehrt|heimgekehrt|(?:reist|reiste|reisten|flog|flogen|fliegt|fliegen)\s+[^,;:]*\s(?:heim|nach\s+Hause))(?![\p{L}])/u;

// A clause that tells what a report says ("…, wonach", "…, dem zufolge"), after a denial of that
// report ("dementierte", "wies … zurück", "bestritt") in the same sentence.
const DENIED_REPORT_OF = /^\s*(?:wonach|de[mn]\s+zufolge|denen\s+zufolge)(?![\p{L}])/u;
const DENIED_REPORT = /(?<![\p{L}])(?:dementier\p{L}*|(?:wies|wiesen|weist|weisen)\s[^;:.]*\szurück|zurückgewiesen|bestritt\p{L}*|bestreitet|bestreiten|bestritten)(?![\p{L}])[^;:.]*(?:Bericht|Berichte|Meldung|Meldungen|Darstellung)[^;:.]*$|(?:Bericht|Berichte|Meldung|Meldungen|Darstellung)[^;:.]*\s(?:dementier\p{L}*|zurück|zurückgewiesen|bestritt\p{L}*|bestritten)[^;:.\p{L}]*$/u;
/** Whether `clause` tells what a report says that the sentence before it denies ("wies Berichte zurück, wonach …"). */
const inDeniedReport = (sentence: string, clause: Clause): boolean => DENIED_REPORT_OF.test(clause.text) && DENIED_REPORT.test(sentence.slice(0, clause.start));

// "hat ein Treffen für einen möglichen späteren Friedensgipfel begonnen", "zur Vorbereitung eines
// geplanten Gipfels": another meeting named as the purpose, after the meeting word; its own
// "möglich" or "geplant" does not tell the status of the meeting that serves it.
const PURPOSE = /(?<![\p{L}])(?:für|zur\s+Vorbereitung|im\s+Vorfeld|mit\s+Blick\s+auf)\s+(?:eine[nmrs]?|ein|de[nmrs]|die|das)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{L}*(?:[Gg]ipfel|[Tt]reffen|[Gg]espräch|[Vv]erhandlung|[Kk]onferenz)\p{L}*/gu;

/** The clause without a purpose phrase (PURPOSE) that begins after the meeting word ends at `after`. */
function withoutPurpose(clause: string, after: number): string {
  // Most clauses name no second meeting after the first: a plain search rules them out.
  if (!SECOND_MEETING.test(clause.slice(after))) return clause;
  return clause.replace(PURPOSE, (phrase, at: number) => (at >= after ? ' '.repeat(phrase.length) : phrase));
}
const SECOND_MEETING = /ipfel|reffen|espräch|erhandlung|onferenz/;

type Reading = {place: PlaceHit | null; date: DateSpan | null; own: Person[]; decided: {status: MeetingStatus; explicit: boolean}; afterMeeting: boolean; rescheduled: boolean; /** Told only in a report that is denied (inDeniedReport). */ reportDenied: boolean};

/** Adds trigger `i`'s mention to the sentence's found mentions, and returns it. */
function addMention(k: ClauseReading, i: number, {place, date, own, decided, afterMeeting, rescheduled, reportDenied}: Reading): MeetingMention {
  const {reading, clause, triggers, delegations} = k;
  const {sentence, heading, found, article} = reading;
  const trigger = triggers[i]!;
  const beforeTrigger = k.before[i]!;
  const {sides, parties} = partiesOf(delegations, own);
  const mention: MeetingMention = {
    place: place?.name ?? null,
    country: place?.country ?? null,
    isCity: place?.isCity ?? false,
    area: place?.area ?? null,
    start: date?.start ?? null,
    end: date?.end ?? null,
    precision: date?.precision ?? 'unknown',
    status: decided.status,
    explicit: decided.explicit,
    kind: trigger.kind,
    // "Papst Leo habe den Vatikan als Verhandlungsort angeboten": the host who offers is no party.
    participants: trigger.offersVenue ? [] : [...new Set(own.map(p => p.name))],
    sides,
    evidence: sentence.text,
    // A headline's present tense says nothing about the status ("Witkoff trifft Putin").
    // "Wenige Stunden vor Beginn der Gespräche hat Russland …": the sides around a meeting
    // that only sets the time are not its parties; "nach seinem Telefonat mit Putin" names them.
    standalone: !trigger.joins && !isCount(beforeTrigger) && (Boolean(place || date) || sidelineOf(triggers, i, clause.text) || (parties >= 2 && (!trigger.adverbial || WITH_AFTER.test(clause.text.slice(trigger.end))) && (isEvent(decided.status, decided.explicit) || reportDenied) && (!heading || decided.explicit) && !isGeneric(clause.text, beforeTrigger) && !toldAsPresent(sentence.text))),
    earlier: afterMeeting,
    background: isProducer(clause.text, trigger) || isEarlierOne(clause.text, trigger) || isTimeOfBackground(clause.text, trigger) || (!date && followsPastTimeTold(clause.text, article.carriedDate)),
    continues: isContinuation(clause.text),
    rescheduled,
    sideline: sidelineOf(triggers, i, clause.text) || EVE.test(beforeTrigger),
    another: SEQUENCE.test(sentence.text) || (beforeTrigger.includes('jüngst') && LATEST.test(beforeTrigger)),
    // "An dem Gespräch nahmen auch X und Y teil": the noun with a verb of joining adds people.
    joins: triggers.some(t => t.joins) || JOINING.test(sentence.text),
    paragraph: sentence.paragraph,
    entry: article.source.entries?.filter(start => start <= sentence.start + clause.start).length ?? 0,
    order: article.mentions.length + found.length,
  };
  found.push(mention);
  return mention;
}

/**
 * The sides a mention names (its delegations, then its people's sides) and how many parties meet.
 * Loops, not spreads: the arrays come empty or full, of several element kinds, and a spread over
 * a kind not seen before made V8 throw away addMention's optimised code (5 compilations a run).
 */
function partiesOf(delegations: SideName[], own: Person[]): {sides: SideName[]; parties: number} {
  const named = new Set<SideName>();
  for (let j = 0; j < delegations.length; j++) named.add(delegations[j]!);
  for (let j = 0; j < own.length; j++) {
    const side = sideName(own[j]!.side);
    if (side !== null) named.add(side);
  }
  const sides: SideName[] = [];
  const parties = new Set<string>();
  // "Macron und Meloni führten ein Telefonat": Europe is many governments, so each European named
  // is a party of their own, as is anyone without a side; the other sides are one party each.
  let europeans = false;
  for (let j = 0; j < own.length; j++) {
    const side = sideName(own[j]!.side);
    if (side === null || side === 'Europa') parties.add(own[j]!.id);
    if (side === 'Europa') europeans = true;
  }
  for (const side of named) {
    sides.push(side);
    if (side !== 'Europa' || !europeans) parties.add(side);
  }
  return {sides, parties: parties.size};
}

type DateClues = {all: DateMention[]; cue: MeetingStatus | null; borrowed: ReturnType<typeof borrow>; afterMeeting: boolean; relative: Clause | null};

/** "in dem ägyptischen Badeort": the town of that country the text named before the clause. */
function townDescribed({reading, clause, g}: ClauseReading): PlaceHit | null {
  const country = describedTownCountry(clause.text);
  return country ? reading.article.lastTownIn(country, g) : null;
}

/** The dates of trigger `i`'s meeting among the sentence's dates (`all`), and those a new date replaces. */
function datesOf(k: ClauseReading, i: number, {all, cue, borrowed, afterMeeting, relative}: DateClues): {dates: DateMention[]; oldDates: DateMention[]; newDate: number | null; relativeDates: DateMention[]} {
  const {reading, clause, triggers, leadIn, clauseTense} = k;
  const {sentence, article} = reading;
  const trigger = triggers[i]!;
  const inRange = (d: DateMention, from: number, to: number) => d.index >= from && d.index < to;
  // "laufen seit Montag in Genf Expertengespräche": talks under way since a day began that day.
  // "die erste Begegnung seit Tusks Amtsantritt im Mai": that date is the other event's.
  const since = (d: DateMention) => SINCE.test(sentence.text.slice(0, d.index)) || /^seit\s/i.test(d.text) || (d.index > clause.start + trigger.end && SINCE_EVENT.test(sentence.text.slice(clause.start + trigger.end, d.index))) || SINCE_NOUN_PHRASE.test(sentence.text.slice(d.index > clause.start + trigger.end ? clause.start + trigger.end : clause.start, d.index)) || (d.index > clause.start + trigger.end && FIRST_OF.test(k.before[i]!) && AFTER_NOUN_PHRASE.test(sentence.text.slice(clause.start + trigger.end, d.index)));
  // "könnte frühestens in drei Wochen stattfinden": a lower bound, no date.
  // "zum dritten Mal in diesem Jahr": only a time phrase with "in"/"im" frames the count; "die
  // erste Begegnung Ende Februar" still dates that meeting.
  const counted = (d: DateMention) => COUNT_FRAME.test(sentence.text.slice(Math.max(0, d.index - 40), d.index)) && IN_PHRASE.test(sentence.text.slice(Math.max(0, d.index - 4), d.index + 3));
  const bound = (d: DateMention) => BOUND.test(sentence.text.slice(Math.max(0, d.index - 30), d.index)) || OF_A_STATEMENT.test(sentence.text.slice(Math.max(0, d.index - 40), d.index)) || counted(d);
  // "verhandeln seit dem Morgen": a present verb with "seit" needs no other cue.
  const runningSince = (d: DateMention) => (cue === 'ongoing' || (!cue && !trigger.isNoun && clauseTense === 'present')) && d.precision === 'day';
  const announced = (d: DateMention) => {
    const frame = SPEECH_FRAME.exec(sentence.text.slice(d.index + d.text.length, clause.start + trigger.index));
    return frame !== null && AHEAD.test(sentence.text.slice(d.index + d.text.length + frame.index + frame[0].length));
  };
  let dates = all.filter(d => inRange(d, clause.start, clause.start + clause.text.length) && dateOwner(triggers, clause.text, d.index - clause.start) === i && (!since(d) || runningSince(d)) && !bound(d) && !announced(d));
  // "Brüssel versucht jetzt, ein neues Treffen zu vereinbaren": "jetzt" is when the clause before
  // acts; the meeting its infinitive names is not dated by it.
  const nowOfTheAct = (d: DateMention) => NOW.test(d.text) && isInfinitive(clause.text);
  if (!dates.length && borrowed?.dates) dates = all.filter(d => inRange(d, leadIn!.start, leadIn!.start + leadIn!.text.length) && !announced(d) && !bound(d) && !nowOfTheAct(d));
  // "Jetzt soll es zu einem Treffen in Rom kommen", "wird jetzt nicht an dem Gespräch teilnehmen":
  // "jetzt" of a meeting planned or dropped is when that is said, not the meeting's day. (A demand,
  // "sollten sich jetzt treffen", asks for it now.)
  if ((cue === 'planned' || cue === 'cancelled') && dates.length) dates = dates.filter(d => !NOW.test(d.text));
  // "hatte Mitte Februar von einem Treffen in Rom gesprochen": a date before the meeting talked of is the talk's.
  // The date after it is read ahead, not by the talk's past ("sprach von einem Treffen am 20. März").
  if (dates.length && isTalkedOf(clause.text, trigger)) dates = dates.some(d => d.index >= clause.start + trigger.end) ? aheadFrom(sentence.text, clause.start + trigger.end, clause.start + clause.text.length, article.source.published) : [];
  // "werde sich in den kommenden Tagen zu den Gesprächen äußern": the time before is the statement's.
  if (dates.length && isCommentedOn(clause.text, trigger)) dates = dates.filter(d => d.index >= clause.start + trigger.end);
  // "Lawrow reist am Mittwoch nicht zu den Gesprächen nach Helsinki": the talks keep
  // the day of the journey denied.
  // The dates of clause `from` that its meeting word `j` (of `owners`) owns.
  const ownedBy = (from: Clause, owners: MeetingTrigger[], j: number) => all.filter(d => inRange(d, from.start, from.start + from.text.length) && dateOwner(owners, from.text, d.index - from.start) === j);
  const denied = trigger.isNoun && !dates.length ? triggers.findIndex(t => !t.isNoun && t.index < trigger.index && (isNegatedVerb(clause.text.slice(0, t.index)) || NOT.test(clause.text.slice(t.end, trigger.index)))) : -1;
  if (denied >= 0) dates = ownedBy(clause, triggers, denied);
  // "Selenskyj reist am Montag zu Gesprächen nach Washington": the talks have the day of the
  // journey that takes him there.
  const journey = dates.length ? -1 : k.journeys[i]!;
  if (journey >= 0) dates = ownedBy(clause, triggers, journey);
  // "reiste am Montag nach Genf, um dort Lawrow zu treffen": the purpose has the journey's day.
  const purpose = dates.length || i > 0 ? null : k.purposeOf;
  if (purpose) dates = ownedBy(purpose.clause, purpose.triggers, purpose.verb);
  // "am Ende der Beratungen gestern … angerufen": the time set is the call's too.
  if (!dates.length && !trigger.isNoun && triggers[i - 1]?.adverbial) dates = all.filter(d => inRange(d, clause.start, clause.start + clause.text.length) && ownerOf(triggers, d.index - clause.start) === i - 1);
  // "Nach der jüngsten Runde in Genf Anfang Dezember sollen …": the meeting's own phrase is
  // read in the past, whatever the rest of the clause plans.
  // "den Ausgang der heutigen Beratungen": the day's adjective right before the noun is its own.
  const adjective = dates.find(d => d.index < clause.start + trigger.index && d.index + d.text.length + 1 >= clause.start + trigger.index);
  if (afterMeeting && dates.length) dates = findDates(sentence.text.slice(adjective?.index ?? clause.start + trigger.index, Math.max(dates.at(-1)!.index + dates.at(-1)!.text.length, clause.start + trigger.end)), {published: article.source.published, tense: 'past'});
  // "Zwei Wochen nach ihrer ersten Runde haben sie … vereinbart": told in the past with no date of
  // its own, the meeting counted from lies that span before the report.
  const spanBack = afterMeeting && !dates.length && !all.some(d => inRange(d, clause.start, clause.start + clause.text.length)) ? SPAN_AFTER.exec(k.before[i]!) : null;
  if (spanBack) dates = findDates(spanBackText(spanBack[1]!.toLowerCase(), spanBack[2]!), {published: article.source.published, tense: 'past'});
  // "hatte vergangene Woche nach einem Telefonat mit X bekanntgegeben": the time right before "nach"
  // is the act's just after the meeting, and so the meeting's too.
  const rightBefore = afterMeeting && !dates.length ? all.find(d => inRange(d, clause.start, clause.start + trigger.index) && JUST_AFTER.test(sentence.text.slice(d.index + d.text.length, clause.start + trigger.index))) : undefined;
  if (rightBefore) dates = [rightBefore];
  // "Das für Dienstag angesetzte Treffen ist auf den 12. März verschoben worden": only the new date.
  const newDate = newDateAt(clause.text);
  const oldDates = newDate === null ? [] : dates.filter(d => d.index - clause.start < newDate && !NOW.test(d.text));
  if (newDate !== null) dates = dates.filter(d => d.index - clause.start >= newDate);
  // "Eine Runde in Genf, an der auch Kiew teilnehmen könnte, ist für Mai im Gespräch": the
  // date of the verb after the relative clause is the subject's ("…, wurde im Oktober abgesagt":
  // not when that verb calls it off).
  const predicate = !dates.length && cue !== 'cancelled' && trigger.isNoun && i === triggers.length - 1 ? predicateSpan(sentence.text, reading.clauses, k.c, clause.text.slice(trigger.end)) : null;
  if (predicate) dates = all.filter(d => inRange(d, predicate.start, predicate.end));
  const relativeDates = relative ? all.filter(d => inRange(d, relative.start, relative.start + relative.text.length)) : [];
  if (relativeDates.length) dates = relativeDates;
  // "Grundlage der Gespräche ist der vor drei Wochen von den USA vorgelegte Plan": a date inside an
  // attribute of another noun after the meeting word dates that noun.
  if (trigger.isNoun && dates.length) dates = dates.filter(d => !(d.index > clause.start + trigger.end && ARTICLE_BEFORE.test(sentence.text.slice(clause.start + trigger.end, d.index)) && ATTRIBUTE_AFTER.test(sentence.text.slice(d.index + d.text.length, clause.start + clause.text.length))));
  // "Der Besuch wurde am Sonntag abgesagt": the day of calling it off, not of the visit.
  if (trigger.isNoun && dates.length && cue === 'cancelled') dates = dates.filter(d => !(d.index > clause.start + trigger.end && CALLING_OFF_BEFORE.test(sentence.text.slice(clause.start + trigger.end, d.index)) && CALLING_OFF_AFTER.test(sentence.text.slice(d.index + d.text.length, clause.start + clause.text.length))));
  // "Verhandlungen in Oslo beendet – Fortsetzung am Montag": the day after the continuation is
  // the next session's, not the day of the talks told as over.
  if (trigger.isNoun && dates.length && cue === 'held' && clause.text.includes('ortsetz')) dates = dates.filter(d => !(d.index > clause.start + trigger.end && CONTINUATION_BEFORE.test(sentence.text.slice(clause.start + trigger.end, d.index))));
  // "… seit 2019. Damals hatte Trump Xi in Osaka getroffen": the time told just before.
  // "wollen heute ihre vor einer Woche begonnenen Verhandlungen wieder aufnehmen": a date inside
  // an attribute dates the noun it describes, not the clause's meeting.
  const plain = dates.filter(d => !ATTRIBUTIVE.test(sentence.text.slice(d.index + d.text.length, d.index + d.text.length + 60)));
  if (plain.length && plain.length < dates.length) dates = plain;
  return {dates, oldDates, newDate, relativeDates};
}

// "… zu Ende - Fortsetzung am Montag", "… beendet, am Freitag fortgesetzt": a continuation named before the date.
const CONTINUATION_BEFORE = /(?<![\p{L}])(?:Fortsetzung|fortgesetzt|fortsetzen|fortzusetzen)(?![\p{L}])[^.;]*$/u;

/** The dates of `sentence` between `from` and `to` read as ahead, at their places in the sentence. */
function aheadFrom(sentence: string, from: number, to: number, published: string): DateMention[] {
  return findDates(sentence.slice(from, to), {published, tense: 'future'}).map(d => ({...d, index: d.index + from}));
}

// "reist … zu Gesprächen", "fliegt zum Gipfel", "reiste für eine Konferenz nach Rom": the journey
// leads to the meeting the noun names.
const TO_THE_MEETING = /(?:^|\s)(?:zu|zum|zur|für)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// "sagte er bei einem Treffen mit Rutte", "erklärte der Republikaner beim Gipfel": who speaks or acts
// "bei" a meeting the noun names is at it, "er" as well as a name.
const AT_THE_MEETING = /(?:^|\s)(?:bei|beim)\s+(?:[\p{L}-]+\s+){0,2}$/u;

// "ist zu Gesprächen … eingetroffen", "sind für Verhandlungen nach Belarus gereist": the Perfekt's
// auxiliary before the meeting noun, its participle after it.
const PERFECT_AUXILIARY = /(?<![\p{L}])(?:ist|sind|sei|seien)\s/u;
const TRAVEL_PARTICIPLE = /^(?:ge|ein|an)\p{Ll}*(?:reist|flogen|troffen|kommen|fahren)$/u;
// "Am Abend will Sikorski weiter nach Prag zu einem Treffen mit Lipavský reisen": a modal or "werden"
// before the meeting noun, the journey's infinitive after it.
const MODAL_AUXILIARY = /(?<![\p{L}])(?:will|wollen|wolle|soll|sollen|solle|wird|werden|werde|möchte|möchten)\s/u;
const TRAVEL_INFINITIVE = /^(?:weiter|zurück)?(?:reisen|fliegen|kommen|fahren)$/u;

/**
 * The travel verb whose journey leads to noun trigger `i`, or -1: right before it ("reist … zu
 * Gesprächen"), or the Perfekt's participle or a modal's infinitive right after it ("ist zu
 * Gesprächen … eingetroffen", "will … zu einem Treffen … reisen").
 */
function journeyTo(triggers: MeetingTrigger[], clause: string, i: number): number {
  const next = triggers[i + 1];
  const before = clause.slice(0, triggers[i]!.index);
  const travelsAfter = next && !next.isNoun && next.kind === 'visit' && ((TRAVEL_PARTICIPLE.test(next.text) && PERFECT_AUXILIARY.test(before)) || (TRAVEL_INFINITIVE.test(next.text) && MODAL_AUXILIARY.test(before)));
  if (travelsAfter && TO_THE_MEETING.test(before) && !NOT.test(clause.slice(0, next.index))) return i + 1;
  const verb = triggers[i - 1];
  if (!verb || verb.isNoun || verb.kind !== 'visit') return -1;
  const between = clause.slice(verb.end, triggers[i]!.index);
  // "reist nicht zu den Gesprächen": who does not go takes no part (the day still goes to the talks above).
  return TO_THE_MEETING.test(between) && !NOT.test(between) && !isNegatedVerb(clause.slice(0, verb.index)) ? i - 1 : -1;
}

/** Whether the clause an infinitive hangs on dates its action before today ("ist am Montag angekommen, um …"). */
function pastBefore(dates: DateMention[], before: Clause, today: string): boolean {
  return dates.some(d => d.index >= before.start && d.index < before.start + before.text.length && (d.end ?? d.start) < today);
}

/**
 * The verb a zu-infinitive hangs on sets its status: "bot an, … auszurichten" is an offer, "sei
 * bereit, … zu reisen" readiness, "kündigte an, … zu sprechen" a plan, whatever the infinitive's
 * own verb would say. A cancellation in the infinitive still counts.
 */
function infinitiveCue(clause: string, cueBefore: MeetingStatus | null): MeetingStatus | null {
  if (!cueBefore || !isInfinitive(clause) || cueOf(clause) === 'cancelled') return null;
  // "hat sich geweigert, wie vereinbart mit X zu sprechen": refused, whatever was agreed.
  return cueBefore === 'proposed' || cueBefore === 'planned' || cueBefore === 'cancelled' ? cueBefore : (cueOf(clause) ?? cueBefore);
}

// A relative pronoun, not an article: "die am Sonntag …", "der in Genf …", not "die Kontakte".
// "der Ende Juni in Rom stattfinden soll": a clause that ends on its verb is relative too.
const RELATIVE = /^\s*(?:die|der|das|den|dem|deren|dessen|welche[nmrs]?|wo)\s+(?:\p{Ll}|[^,;:]*\s\p{Ll}+[.!?"“]*\s*$)/u;

/** The place a clause names as the venue, right before its verb ("Genf sei der beste Ort …"). */
function venueNamed(text: string): PlaceHit | null {
  const named = VENUE_NAMED.exec(text);
  return named ? placeAtEnd(text.slice(0, named.index)) : null;
}

// "Die Gespräche in Riad fanden nach einer schwierigen Phase statt, die … im Juni geprägt war": a relative
// clause after another noun ("einer Phase") tells of that noun, not of the meeting. A genitive right
// after the meeting word is part of its name ("ein Gipfel der Unterstützer, der Ende Juni …").
const OTHER_NOUN_AT_END = /(?<![\p{L}])(?:ein|eine|einer|einem|einen|eines|der|die|das|dem|den|des)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)(?:\s+\p{Ll}+)?\s*$/u;

const GENITIVE_AT_HEAD = /^\s*(?:der|des)\s/u;

/** Whether the clause after the meeting word ends on a noun of its own that is no place. */
function endsOnOtherNoun(rest: string): boolean {
  const noun = GENITIVE_AT_HEAD.test(rest) ? null : OTHER_NOUN_AT_END.exec(rest);
  return noun !== null && !findPlaces(noun[0]).length;
}

/** The relative clause right after clause `c`, when it reports no meeting of its own. */
function relativeAfter(reading: SentenceReading, c: number): Clause | null {
  const next = reading.clauses[c + 1];
  return next && RELATIVE.test(next.text) && !TOPIC.test(next.text) && !isInfinitive(next.text) && !reading.triggersIn(c + 1).length ? next : null;
}

// "…, wo es um die Verschleppung von Kindern nach Russland geht", "bei dem es vor allem um Zölle
// ging": a relative clause that tells what something is about, not where or when anyone meets.
const TOPIC = /^\s*(?:wo|worin|(?:bei|in)\s+(?:de[mnr]|denen))\s+es\s+(?:\p{Ll}+\s+){0,3}um(?![\p{L}])/u;

const RELATIVE_START = /^\s*(?:(?:über|bei|mit|in|an|auf|von|zu)\s+)?(?:die|der|das|dem|den|denen|deren|dessen)\s/u;
const FINITE_START = /^\s*(?:wurde|wurden|ist|sind|war|waren|soll|sollen|sollte|sollten|wird|werden|fand|findet|fanden|finden)(?![\p{L}])/u;

/**
 * A noun that ends its clause, followed by relative clauses, is the subject of the verb that comes
 * after them: the text from that verb to the end of the sentence (or the semicolon).
 */
function predicateAfter(sentence: string, clauses: Clause[], c: number, trigger: MeetingTrigger): string | null {
  if (!endsWithSubject(clauses[c]!.text.slice(trigger.end)) || !clauses[c + 1] || !RELATIVE_START.test(clauses[c + 1]!.text)) return null;
  for (let j = c + 2; j < clauses.length; j++) {
    if (sentence.slice(clauses[c]!.start, clauses[j]!.start).includes(';')) return null;
    if (!FINITE_START.test(clauses[j]!.text)) continue;
    const end = sentence.indexOf(';', clauses[j]!.start);
    return sentence.slice(clauses[j]!.start, end < 0 ? undefined : end);
  }
  return null;
}

const PURPOSE_OPENS = /^\s*um\s/u;

/** A journey told in a clause: the clause, its meeting words and which of them is the travel verb. */
type Journey = {clause: Clause; triggers: MeetingTrigger[]; verb: number};

/** The journey clause `c`, an um-zu clause, is the purpose of ("reiste nach Genf, um dort X zu treffen"): the clause before and its travel verb. */
function journeyBefore(reading: SentenceReading, c: number): Journey | null {
  if (c === 0 || !PURPOSE_OPENS.test(reading.clauses[c]!.text)) return null;
  const triggers = reading.triggersIn(c - 1);
  const verb = triggers.findIndex(t => !t.isNoun && t.kind === 'visit');
  return verb < 0 ? null : {clause: reading.clauses[c - 1]!, triggers, verb};
}

/** Where the journey an um-zu clause is the purpose of leads (the last place of its clause). */
function journeyPlace(k: ClauseReading, i: number): PlaceHit | null {
  const journey = i === 0 && !k.triggers[0]!.isNoun ? k.purposeOf : null;
  return journey ? (findPlaces(journey.clause.text).at(-1) ?? null) : null;
}
// Before the subject: nothing, or an adverbial and the finite verb ("Am Montag flog …"); then an
// article and capitalised titles ("US-Präsident Donald Trump").
const SUBJECT_LEAD = /^\s*(?:(?:\p{Lu}[\p{L}.-]*\s+){1,3}\p{Ll}+\s+)?(?:(?:der|die|Der|Die)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** The person a clause opens with as its subject, if any. */
function subjectOf(source: MentionSource, sentence: Sentence, clause: Clause): Person[] {
  const first = peopleIn(source, sentence.start + clause.start, clause.text.length)[0];
  return first && SUBJECT_LEAD.test(source.text.slice(sentence.start + clause.start, first.at)) ? [first] : [];
}

/** The clause before clause `c` when it reports no meeting itself: it may hold the date or the people. */
function leadInOf(reading: SentenceReading, c: number): Clause | null {
  const before = reading.clauses[c - 1];
  // "führte Umerow die Delegation; ihm gegenüber saßen …": who leads is no meeting of its own.
  return before && !reading.triggersIn(c - 1).some(t => !t.joins) ? before : null;
}

const WITH_AFTER = /^\s+(?:mit|zwischen)\s/u;

// "Gespräche in Istanbul, die, geleitet von Umerow und Medinski, …", "saß im Weißen Haus,
// flankiert von Merz und Macron": who leads or flanks takes part.
const LED_BY = /^\s*(?:geleitet|angeführt|geführt|moderiert|flankiert|begleitet)\s+von(?![\p{L}])|^\s*unter\s+(?:der\s+|dem\s+)?(?:Leitung|Führung|Vorsitz|gemeinsamen\s+Vorsitz)\s+von(?![\p{L}])/u;

// "die Gespräche, die heute zwischen Witkoff und Putin geführt werden", "der Gipfel, bei dem Trump
// dem Kremlchef die Hand reichte": a relative clause that names the meeting's company.
const RELATIVE_COMPANY = /^\s*(?:(?:bei|in|an|auf)\s+)?(?:die|der|das|dem|denen)\s[^,;:]*(?<![\p{L}])(?:zwischen|Hand\s+reichte\p{L}*|Hände\s+schüttelte\p{L}*|Hand\s+schüttelte\p{L}*)(?![\p{L}])/u;

/**
 * The people of the clause right after clause `c` when it says who meets: "geleitet von …" (past a
 * bare relative pronoun), or a relative clause with "zwischen" or a handshake.
 */
function ledBy(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number): Person[] {
  const next = clauses[c + 1] && /^\s*(?:die|der|das)\s*$/u.test(clauses[c + 1]!.text) ? clauses[c + 2] : clauses[c + 1];
  const tells = next && (LED_BY.test(next.text) || (next === clauses[c + 1] && RELATIVE_COMPANY.test(next.text)));
  return tells ? peopleIn(source, sentence.start + next.start, next.text.length) : [];
}
const DELEGATION_LIST = /^\s*Zur?\s+(?:\p{Ll}+en\s+)?\p{L}*Delegation\s[^.;:!?]*(?:gehören|gehört|zählen|zählt)(?![\p{L}])/u;
const QUOTE = /["„“”»«]/u;
// "Bei dem Telefonat waren auch X und Y anwesend": with no place or date of its own, a sentence
// that tells who was present at a meeting adds them to the meeting just told.
const toldAsPresent = (text: string) => (text.includes('anwesend') || text.includes('zugegen')) && PRESENT.test(text);
const PRESENT = /(?<![\p{L}])(?:anwesend|zugegen)(?![\p{L}])/u;
const JOINING = /(?<![\p{L}])(?:(?:nimmt|nehmen|nahm|nahmen)\s[^.;:]*\steil(?![\p{L}])|teilnehmen|teilgenommen|teilnahmen|teilnahm|Teilnahme|anwesend|zugegen|(?:ist|sind|war|waren)\s[^.;:]*\sbeteiligt(?!\s+(?:werden|sein|gewesen))|[Bb]eteiligt\s+(?:ist|sind|war|waren))(?![\p{L}])/u;
// "Nach getrennten Treffen mit X und Y", "in einzelnen Gesprächen mit …": the adjective as well.
const BILATERAL = /(?<![\p{L}])(?:bilateral|jeweils|einzeln|getrennt|(?:getrennte|einzelne|separate)[nmrs]?)(?![\p{L}])/u;
const WITH_LIST_OPENS = /(?<![\p{L}])mit\s[^,;:]*$/u;
/**
 * The people of separate meetings, the one who meets each first. "Nach getrennten Treffen mit X
 * und Y teilte Z mit": when the clause's first person stands in the "mit" list, the one who met
 * them is named after it.
 */
function bilateralHostFirst(clause: Clause, sentenceStart: number, own: readonly {name: string; at: number}[], names: string[]): string[] {
  const at = new Map<string, number>();
  for (const p of own) if (!at.has(p.name)) at.set(p.name, p.at - sentenceStart - clause.start);
  const placed = names.filter(name => at.has(name)).sort((a, b) => at.get(a)! - at.get(b)!);
  if (placed.length !== names.length || at.get(placed[0]!)! < 0) return names;
  const word = BILATERAL.exec(clause.text);
  if (!word || word.index > at.get(placed[0]!)! || !WITH_LIST_OPENS.test(clause.text.slice(word.index, at.get(placed[0]!)!))) return names;
  const host = placed.at(-1)!;
  return [host, ...names.filter(name => name !== host)];
}
// "Telefonate mit Meloni und Duda", "Telefongespräche mit …": a plural call noun with its "mit" list
// is one call with each; "Gespräche mit Meloni und Duda" may be one round of three.
const PLURAL_CALLS = /^(?:Telefonate|Telefonaten|Telefongespräche|Telefongesprächen|Anrufe|Anrufen)$/u;
const WITH_RIGHT_AFTER = /^\s+mit\s/u;
/** The people named in the "mit" list right after a plural call noun, each one call's partner. */
function callPartners(trigger: MeetingTrigger, clause: Clause, sentenceStart: number, own: Person[]): string[] {
  if (!PLURAL_CALLS.test(trigger.text) || !WITH_RIGHT_AFTER.test(clause.text.slice(trigger.end))) return [];
  const after = own.filter(p => p.at - sentenceStart - clause.start > trigger.end && p.at - sentenceStart - clause.start < clause.text.length);
  return [...new Set(after.map(p => p.name))];
}
const ATTRIBUTIVE = /^\s+(?:\p{Ll}+\s+)?(?:ge\p{Ll}+|\p{Ll}+iert|be\p{Ll}+|ver\p{Ll}+|\p{Ll}+)(?:ten|enen|ene)\s+(?:\p{Ll}+(?:en|e)\s+)?\p{Lu}/u;
const PARTAKING = /(?<![\p{L}])(?:beteiligt|teilgenommen|teilnahmen|teilnahm|dabei)(?![\p{L}])/u;
// Someone awaiting ("er erwarte", "hofft"), not someone awaited ("wird … erwartet").
const NOT = /(?<![\p{L}])nicht(?!\s+nur)(?![\p{L}])/u;
const CONFIRMED_NOUN = /(?<![\p{L}])(?:bestätigt|bestätigte|bestätigten|bestätigen)\s+(?:ein|eine|einen|das|die|den)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
const REPORTED_IN_PAST = /(?<![\p{L}])(?:bestätigte|bestätigten|meldete|meldeten|berichtete|berichteten|sagte|sagten|erklärte|erklärten|teilte|teilten|verkündete|verkündeten|(?:hat|haben|hatte|hatten)\s(?:[^,;:.!?]*\s)?(?:bestätigt|gemeldet|berichtet|mitgeteilt|erklärt|verkündet))(?![\p{L}])/u;
const OPENS_AFTER = /^\s*[Nn]ach\s+(?:de[mnr]|seine[mnr]|ihre[mnr])\s+$/u;
// The rest of the sentence in the future, its infinitive at the end: "werden … aufnehmen" (not the
// passive "wird … erwartet", nor a meeting again, "werden sich erneut treffen", after one over).
const FUTURE_AFTER = /^(?![^.;:!?]*(?<![\p{L}])(?:erneut|wieder|nochmals|abermals)(?![\p{L}]))[^.;:!?]*?(?<![\p{L}])(?:wird|werden)\s[^.;:!?]*\s\p{Ll}+en\s*[.!?"“]*\s*$/u;
const AWAITING = /^(?!.*(?<![\p{L}])(?:wird|werden|wurde|wurden)(?![\p{L}])).*(?<![\p{L}])(?:erwarte|erwartet|erwarten|hofft|hoffe|hoffen)(?![\p{L}])/u;
// "zwei Wochen nach", "drei Tage nach", "einen Tag nach": a span counted from the meeting after it.
const SPAN = String.raw`(?:^|\s)(\d+|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(Tage|Tag|Wochen)\s+nach\s`;
const SPAN_AFTER = new RegExp(String.raw`${SPAN}+(?:\S+\s+){0,2}$`, 'iu');
/** "zwei Wochen nach", "einen Tag nach" as the span back from the report: "vor zwei Wochen", "vor einem Tag". */
const spanBackText = (count: string, unit: string) => `vor ${count === 'einen' ? 'einem' : count} ${unit === 'Tage' ? 'Tagen' : unit}`;
const SPAN_AFTER_ANYWHERE = new RegExp(SPAN, 'iu');
const DAYS_AFTER = /(?:^|\s)(?:\d+|einen|einem|eine|zwei|drei|vier|fünf|sechs|sieben|wenige|einige)\s+(?:Tage|Tag|Stunden|Wochen)\s+nach\s+(?:\S+\s+){0,2}$/u;
// "Am Vorabend des Gipfels wollen X und Y in Brüssel zusammenkommen": a meeting of its own before the summit.
const EVE = /(?:^|\s)[Aa]m\s+(?:Vorabend|Vortag)\s+(?:des|der|eines|einer)\s+[\p{L}-]+\s[^.;:]*$/u;
const CONDITION = /^\s*(?:falls|sofern|vorausgesetzt|unter\s+der\s+Bedingung)(?![\p{L}])/iu;

const ABSENT = /(?<![\p{L}])(?:(?:bleibt|bleiben|blieb|blieben)\s+[^,;:]*\sfern|fernbleiben|ferngeblieben|(?:nimmt|nehmen|nahm|nahmen)\s+[^,;:]*\snicht\s+(?:[^,;:]*\s)?teil)(?![\p{L}])/u;

// "hatte bei einem Besuch in Kiew angeboten, …": the meeting is the occasion of what the clause
// reports; the offer is not the visit's status.
// "Bei den dritten direkten Verhandlungen", "In seinem Telefonat mit Xi habe er vereinbart": the occasion of what was agreed.
// "brachte nicht den von Präsident Trump oft angekündigten Durchbruch": who is named after "von" in
// the attribute of a noun that names no meeting is who announced that thing, not one who meets.
const AGENT_OPEN = /(?<![\p{L}])(?:de[nmrs]|die|das)\s+von\s+(?:[\p{L}-]+\s+){0,2}$/u;
const AGENT_ATTRIBUTE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*[^,;:.!?]{0,60}?\s\p{Ll}+(?:t|en)(?:e|en|er|es|em)\s+(\p{Lu}[\p{L}-]*)/u;
function agentOfOtherThing(clause: string, at: number): boolean {
  if (at < 4 || !clause.includes(' von ') || !AGENT_OPEN.test(clause.slice(Math.max(0, at - 40), at))) return false;
  const noun = AGENT_ATTRIBUTE.exec(clause.slice(at))?.[1];
  return noun !== undefined && !MEETING_STEM.test(noun.toLowerCase());
}

const OCCASION = /(?:^|\s)(?:(?:[Bb]ei|[Bb]eim|[Ww]ährend|[Aa]nlässlich)\s+(?:(?:einem|einer|seinem|seiner|ihrem|ihrer|dem|den|der|des|eines)\s+)?|[Ii]n\s+(?:seinem|seiner|ihrem|ihrer)\s+)(?:\p{Ll}+\s+){0,2}$/u;
// "Merz will gemeinsam mit Macron in Kiew …": only a plan or a wish about being there tells the status.
const PRESENCE_CUE = /(?<![\p{L}])(?:soll|sollen|will|wollen|wird|werden|plant|planen|könnte|könnten|würde|würden|abgesagt)(?![\p{L}])/u;

/** The status cue of people being together somewhere: none unless the clause plans or wishes it. */
function presenceCue(clause: string): MeetingStatus | null {
  return PRESENCE_CUE.test(clause) ? cueOf(clause) : null;
}

// "Bei dem Treffen im Juni hatte China noch abgesagt": a party that declined the occasion, which
// took place without it ("wurde abgesagt" calls the occasion off).
const DECLINED = /(?<![\p{L}])(?:hat|hatte|haben|hatten)\s+(?:[^,;:]*\s)?abgesagt(?![\p{L}])/u;

function satisfied(trigger: MeetingTrigger, clause: string, place: PlaceHit | null, people: number): boolean {
  const company = people > 0 || SELF.test(clause);
  if (trigger.needs === 'place-and-company') return company && place !== null && place.seat;
  if (trigger.needs === 'seat') return place !== null && place.seat;
  if (trigger.needs === 'company') return company;
  if (trigger.needs === 'place') return place !== null;
  if (trigger.needs === 'place-or-company') return company || place !== null;
  return true;
}

function isEvent(status: MeetingStatus, explicit: boolean): boolean {
  return status === 'held' || status === 'ongoing' || (explicit && (status === 'planned' || status === 'cancelled'));
}

function relation(date: DateSpan | null, today: string): DateRelation {
  if (!date) return 'none';
  if ((date.end ?? date.start) < today) return 'past';
  if (date.start > today) return 'future';
  return 'today';
}

