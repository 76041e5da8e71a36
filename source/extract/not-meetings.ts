// Meeting words that report no meeting: one denied or refused ("kein Treffen", "ist nicht
// geplant", "lehnt der Kreml ab"), and talk about talks in general ("weitere Gespräche",
// "hatte mehrfach telefoniert"), which needs a place or a date to count.

import {mayMatchOf} from './prefilter.js';

// "weitere Gespräche", "solche Treffen": talk about talks, not one meeting, unless placed or dated.
const GENERIC = /(?:^|\s)(?:weitere[nmrs]?|künftige[nmrs]?|solche[nmrs]?|neue[nmrs]?|mehrere[nmrs]?|viele[nmrs]?|zahlreiche[nmrs]?|regelmäßige[nmrs]?)\s+(?:\p{Ll}+\s+)?$/u;
// "kein Treffen", "keinen Anlass für eigene Gespräche": a meeting that is not.
const NEGATED = /(?:^|\s)[Kk]ein(?:e|en|em|er)?\s+(?:(?:Anlass|Grund|Bedarf|Notwendigkeit|Interesse|Raum)\s+(?:für|an|zu)\s+)?(?:\p{Ll}+\s+)?$/u;
// "Schließlich kam es zu keinem gemeinsamen Treffen": the occasion told did not come about; it is
// reported, as called off (status.ts), not denied ("Seit Jahren ist es zu keinem Treffen gekommen" stays none).
export const CAME_TO_NONE_WORDS = String.raw`(?:kam|kamen)\s+es\s+(?:\p{Ll}+\s+){0,2}zu\s+kein(?:em|er)`;
const CAME_TO_NONE = new RegExp(String.raw`(?<![\p{L}])${CAME_TO_NONE_WORDS}\s+(?:\p{Ll}+\s+)?$`, 'u');
const NOT_PLANNED = /(?<![\p{L}])nicht\s+(?:mehr|geplant|vorgesehen|beabsichtigt|angedacht|absehbar|in\s+Sicht|auf\s+der\s+(?:Tagesordnung|Agenda))(?![\p{L}])/u;
// "Ein Treffen lehnt der Kreml ab", "schließt Moskau aus": a refused meeting is none.
const REFUSED = /(?<![\p{L}])(?:lehnt\p{L}*\s+[^,;:]*\s*ab|abgelehnt|schließt\s+[^,;:]*\s*aus|schloss\s+[^,;:]*\s*aus|ausgeschlossen|zurückgewiesen|wies\p{L}*\s+[^,;:]*\s*zurück|weist\s+[^,;:]*\s*zurück)(?![\p{L}])/u;
// "hatte mehrfach mit Putin telefoniert": several contacts, not one meeting.
const REPEATED = /(?<![\p{L}])(?:mehrfach|mehrmals|wiederholt|regelmäßig|immer\s+wieder|häufig|oft|seit\s+(?:Wochen|Monaten|Jahren))(?![\p{L}])/u;

// "fliegen am Freitag nicht nach Riad", "will Putin nicht treffen": a meeting verb
// denied right before it ("nicht nur" adds, it does not deny).
const NOT_BEFORE_VERB = /(?<![\p{L}])nicht(?!\s+nur)(?:\s+[\p{L}-]+){0,4}\s*$/u;

/** A meeting verb negated in its clause: no meeting. */
export function isNegatedVerb(beforeTrigger: string): boolean {
  return NOT_BEFORE_VERB.test(beforeTrigger);
}

// Bodies of a state's own politics: a coalition committee, a parliament's committee
// ("Haushaltsausschuss"), the cabinet or a party conference meets at home; talkwatch follows
// meetings between governments and sides.
const DOMESTIC = /(?<![\p{L}])(?:\p{L}*ausschuss\p{L}*|Ausschuss\p{L}*|Koalitionsrunde\p{L}*|Koalitionsspitzen|Koalitionäre|Kabinett\p{L}*|Parteitag\p{L}*|Parteivorstand\p{L}*|Parteispitze\p{L}*|Parteipräsidium\p{L}*|Bundestag\p{L}*|Bundesrat\p{L}*|Landtag\p{L}*|Fraktion\p{L}*|Ministerpräsidentenkonferenz\p{L}*|Stadtrat\p{L}*|Gemeinderat\p{L}*)(?![\p{L}])/u;

// "\p{L}*ausschuss" is tried at every word start: the pattern runs only where one of its words stands.
const mayBeDomestic = mayMatchOf(DOMESTIC);

/** The clause reports a meeting of domestic politics, not diplomacy. */
export function isDomestic(clause: string): boolean {
  return mayBeDomestic(clause) && DOMESTIC.test(clause);
}

// "Ein Treffen noch in dieser Woche gilt als unwahrscheinlich", "sei nicht zu erwarten": a meeting
// nobody expects is none, as one "nicht absehbar". Also said before a "dass" clause that names it
// ("Es sei unwahrscheinlich, dass es … ein Treffen geben werde").
const UNLIKELY = /(?<![\p{L}])(?:unwahrscheinlich|(?:nicht|kaum)\s+(?:zu\s+erwarten|damit\s+zu\s+rechnen))(?![\p{L}])/u;
// "Beim Treffen gilt ein Durchbruch als unwahrscheinlich": what is unlikely is the outcome, not the meeting.
const OUTCOME = /(?<![\p{L}])(?:Durchbruch|Einigung|Lösung|Abkommen|Ergebnis\p{L}*|Erfolg|Fortschritt\p{L}*|Waffenruhe|Waffenstillstand|Frieden\p{L}*|Deal|Annäherung)(?![\p{L}])/u;
// Asked of every meeting clause: the pattern's words looked for first.
const mayBeUnlikely = (text: string) => text.includes('wahrscheinlich') || text.includes('erwarten') || text.includes('rechnen');
const UNLIKELY_THAT = new RegExp(String.raw`${UNLIKELY.source}\s*,\s*(?:dass\s+)?$`, 'u');

/** The clause says the meeting does not or will not take place. */
export function isDenied(clause: string, beforeTrigger: string): boolean {
  return (NEGATED.test(beforeTrigger) && !CAME_TO_NONE.test(beforeTrigger)) || NOT_PLANNED.test(clause) || REFUSED.test(clause) || (mayBeUnlikely(clause) && UNLIKELY.test(clause) && !OUTCOME.test(clause));
}

/** The sentence, up to the clause, holds the clause's meeting unlikely ("Es sei unwahrscheinlich, dass …"). */
export function isHeldUnlikely(sentenceBeforeClause: string): boolean {
  return sentenceBeforeClause.includes('warte') || sentenceBeforeClause.includes('wahrscheinlich') ? UNLIKELY_THAT.test(sentenceBeforeClause) : false;
}

// "Es ist bereits die dritte Begegnung der beiden": counting the meeting just reported among
// earlier ones names no new meeting.
const COUNTED = /(?:^|[^\p{L}])(?:[Ee]s|[Dd]as|[Dd]ies|[Ee]r|[Ss]ie)\s+(?:ist|war|sei|wäre|wird)\s+(?:(?:bereits|schon|erst|nun|damit|inzwischen)\s+)*(?:die|das|der)\s+(?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|\d+\.)[nrs]?\s+(?:\p{Ll}+\s+)?$/u;

/** The clause counts the meeting just told among earlier ones ("die dritte Begegnung"). */
export function isCount(beforeTrigger: string): boolean {
  return COUNTED.test(beforeTrigger);
}

// "die Reihe der Begegnungen, die … vorausgegangen sind": a series of meetings is no one meeting,
// nor more of the one just told.
const SERIES = /(?:^|[^\p{L}])(?:Reihe|Serie|Abfolge|Kette|Vielzahl|Anzahl|Zahl|Liste|Geschichte)\s+(?:der|von|früherer|bisheriger|gescheiterter)\s+(?:\p{Ll}+\s+)?$/u;

/** The meeting word names a series of meetings ("die Reihe der Begegnungen"). */
export function isSeries(beforeTrigger: string): boolean {
  return SERIES.test(beforeTrigger);
}

// "hatte es mehrere solcher Treffen gegeben", "hatte es regelmäßig Unterredungen gegeben", "hatte
// wiederholt mit Putin telefoniert": many occasions, none of them told; a time around them ("in
// seiner ersten Amtszeit", "nach dem Angriff am 24. Februar") does not make one.
// Only "solcher" counted: "viele bilaterale Treffen … und auch eines mit Trump" goes on to one of them.
const MANY_BEFORE = /(?:^|\s)(?:mehrere|zahlreiche|viele|einige)[nr]?\s+solcher\s+$/u;
const FREQUENTLY = /(?<![\p{L}])(?:mehrfach|mehrmals|wiederholt|regelmäßig|immer\s+wieder|häufig|oft)(?![\p{L}])/u;

/** The clause speaks of many occasions ("mehrere solcher Treffen", "regelmäßig"), not of one. */
export function isManyOccasions(clause: string, beforeTrigger: string): boolean {
  return MANY_BEFORE.test(beforeTrigger) || FREQUENTLY.test(clause);
}

/** The clause speaks of talks in general or of many, not of one occasion. */
export function isGeneric(clause: string, beforeTrigger: string): boolean {
  return GENERIC.test(beforeTrigger) || REPEATED.test(clause);
}

// A sports report: a "Treffen" there is a match, "traf" a goal, a "Gespräch" one between coach and
// sporting director, a "Gipfeltreffen" the match of the two leading clubs ("Das Gipfeltreffen der
// Liga steht am Sonntag an, wenn der Serienmeister den Zweiten empfängt").
const SPORT = /(?<![\p{L}])(?:Tor|Tore|Toren|Spiel|Spiele|Partie|Trainer|Bundestrainer|Cheftrainer|Nationalmannschaft|Nationalelf|DFB-Elf|Liga|Bundesliga|WM-Qualifikation|EM-Qualifikation|Qualifikationsspiel|Halbzeit|Schlusspfiff|Anpfiff|Freistoß|Elfmeter|Sportdirektor|Stürmer|Torwart|Abwehr|Mittelfeld|Tabelle|Trainingslager|Kader|Mannschaft|Tabellenführer|Torjäger|Sportvorstand|Pflichtspiel\p{L}*|Gegentor\p{L}*|Endspiel|Spieltag|Verletzungspause|Pokal\p{L}*|Champions\s+League|Meisterschaft|Abstiegskampf|Fußball\p{L}*|Klub|Klubs|Kadermitglied\p{L}*|Meister|Serienmeister|Saison|Derby|Heimspiel\p{L}*|Auswärtsspiel\p{L}*)(?![\p{L}])/gu;

/** The article reports sport, where meeting words name matches and goals, not diplomacy. */
export function isSportsReport(text: string): boolean {
  return marks(SPORT, text);
}

/** Several different words of `pattern` together mark the article; one alone does not. */
const marks = (pattern: RegExp, text: string) => new Set(text.match(pattern) ?? []).size >= 4;

// A club's or a town's festivity: the "Gipfeltreffen der Wanderer", the "Treffen" of a hiking club
// at a summit cross.
const LEISURE = /(?<![\p{L}])(?:Wander\p{L}*|Vereinsmitglied\p{L}*|Vereinsfest\p{L}*|Heimatverein\p{L}*|Musikverein\p{L}*|Schützenverein\p{L}*|Schützenfest\p{L}*|Blaskapelle\p{L}*|Festzelt\p{L}*|Volksfest\p{L}*|Heimatfest\p{L}*|Kirmes|Gipfelkreuz\p{L}*|Bratwurst\p{L}*|Rostbratwurst\p{L}*)(?![\p{L}])/gu;

/** The article reports a club's or a town's festivity, where a "Treffen" is no meeting of governments. */
export function isLeisureReport(text: string): boolean {
  return marks(LEISURE, text);
}

// Words of states and diplomacy: an office ("Präsident", "Außenministerin", "Kanzler"), a
// government, envoys and talks, war and peace, a bloc ("EU", "Nato", "G20"). An article with none
// of them ("Gipfeltreffen der Traktorfreunde am Samstag", "unser achtes Gipfeltreffen auf der Zugspitze")
// tells a hobby, a fair or a club's outing, whatever it calls its gathering; one line of a real
// summit names who meets ("Die Staats- und Regierungschefs …"). Parts of words, so compounds count
// ("Ministerpräsident", "Friedensplan"); not "zufrieden", nor "kriegen" (to get).
const POLITICS = /[Pp]räsident|[Mm]inister|[Kk]anzler|[Rr]egierung|[Dd]iplomat|[Bb]otschafter|[Gg]esandte|[Dd]elegation|[Vv]erhandl|Premier|Kreml|Weiße[nm]? Haus|[Kk]rieg(?!\p{Ll})|[Kk]riegs|(?<!zu)[Ff]rieden|Waffenruhe|Waffenstillstand|[Ss]anktion|Zölle|[Pp]olitik|[Pp]olitisch|Staats(?:chef|oberh|besuch|spitze|führ|sekretär)|\b(?:EU|NATO|Nato|UNO?|G7|G20|G-7|G-20)\b/u;

/** The article names no office, government or diplomacy: its "Gipfeltreffen" is no meeting talkwatch follows. */
export function isOffPolitics(text: string): boolean {
  return !POLITICS.test(text);
}

// "Wer jetzt von Verhandlungen rede, müsse …": whoever, anyone — a general statement about talks.
const WHOEVER = /^\s*[Ww]er\s/u;

/** The clause speaks of anyone who meets ("Wer verhandelt, …"), not of one meeting. */
export function isAnyone(clause: string): boolean {
  return WHOEVER.test(clause);
}

// "ob Moskau und Kiew überhaupt verhandeln": an indirect question asks whether there are talks.
const QUESTION = /^\s*[Oo]b(?![\p{L}])/u;

/** The clause asks whether a meeting happens; a verb there reports none. */
export function isQuestioned(clause: string): boolean {
  return QUESTION.test(clause);
}

// "Die letzten Entscheidungen treffen A und B", "haben eine Vereinbarung getroffen": "treffen"
// with a noun of deciding or arranging is that act, not a meeting. A meeting keeps its "sich"
// ("trafen sich", "haben sich getroffen") or its partner ("traf Putin", "treffen mit").
const TREFFEN = /^(?:trafen|traf|trifft|treffen|getroffen|treffe|trefft|träfen|träfe)$/;
const ACT_NOUN = /(?<![\p{L}])(?:Entscheidung|Entschluss|Vereinbarung|Absprache|Abmachung|Vorkehrung|Vorbereitung|Maßnahme|Massnahme|Auswahl|Wahl|Vorsorge|Anordnung|Regelung|Festlegung|Feststellung)(?:en|n|e)?(?![\p{L}])/u;
const REFLEXIVE_OR_PARTNER = /(?<![\p{L}])(?:sich|uns|euch|mit)(?![\p{L}])/u;

/** The verb "treffen" of the clause makes a decision or an arrangement ("Entscheidungen treffen"). */
export function isActOfTreffen(clause: string, verb: string): boolean {
  return TREFFEN.test(verb) && ACT_NOUN.test(clause) && !REFLEXIVE_OR_PARTNER.test(clause);
}
