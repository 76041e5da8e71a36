// The German words that report a meeting: nouns ("Gespräche", "Dreiertreffen", "Telefonat",
// compounds such as "Ukraine-Friedensgespräche") and verbs ("trafen sich", "verhandelten",
// "telefonierte", "reiste nach"). Verbs that are also ordinary words ("treffen" a decision,
// "besuchen" the front) only count with company or a place; meetings.ts checks that.
import {mayMatchAnyOf, mayMatchOf} from './prefilter.js';
import type {MeetingKind} from './types.js';

/** What a trigger needs around it in its clause to be a meeting ('place-and-company', 'seat': at a seat of government). */
export type TriggerNeed = 'none' | 'company' | 'place' | 'place-or-company' | 'place-and-company' | 'seat';

export type MeetingTrigger = {
  text: string;
  /** Offsets into the clause searched. */
  index: number;
  end: number;
  kind: MeetingKind;
  isNoun: boolean;
  /** "vor dem Gipfel", "nach dem Treffen", "am Rande des Gipfels": the meeting only sets time and place. */
  adverbial: boolean;
  needs: TriggerNeed;
  /**
   * No meeting word, only people together at a seat of government ("gemeinsam mit Macron im Élysée-Palast",
   * a chronology's "Witkoff und Kushner im Kreml"): the time tells the status, not the clause's
   * other verbs, which speak of what was done there.
   */
  presence?: boolean;
  /** "nimmt X teil", "die Delegation leitet X": who joins the meeting just told; never one of its own. */
  joins?: boolean;
  /** "hat … nach Berlin eingeladen": an invitation, whose own Perfekt is not the visit made. */
  invites?: boolean;
  /** "bot Wien als Verhandlungsort an": a venue offered; who offers it hosts, and is no party of its own. */
  offersVenue?: boolean;
};
// Every trigger is made with all of these fields (undefined where they do not apply): one object
// shape for the rules that read them.

/** A RegExp for whole words; JavaScript's \b does not know umlauts. */
export function words(source: string, flags = 'gu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, flags.includes('u') ? flags : `${flags}u`);
}

const NOUN_STEM =
  /^(.*?)(gespräch|gespräche|gesprächen|gesprächsrunde|gesprächsrunden|verhandlung|verhandlungen|verhandlungsrunde|verhandlungsrunden|treffen|treffens|gipfel|gipfels|gipfeltreffen|konferenz|konferenzen|beratung|beratungen|telefonat|telefonats|telefonate|telefonaten|telefongespräch|telefongespräche|telefongesprächen|videoschalte|schalte|schaltkonferenz|einladung|besuch|besuchs|besuches|besuche|unterredung|unterredungen|zusammenkunft|begegnung|runde|runden|stopp|eklat|eklats|zwischenfall|zwischenfalls)$/;
// Compounds that name something else: a press conference, the economic forum, coalition talks
// at home, a visit to the troops. A reconstruction conference is one governments attend: it stays.
const OTHER_PREFIX =
  /(?:presse|medien|sicherheits|wirtschafts|koalitions|sondierungs|tarif|haushalts|klima|partei|kabinetts|fraktions|bundestags|geber|truppen|front|kondolenz|wahlkampf|vorstellungs|bewerbungs|eltern|kirchen|familien|krankenhaus|lazarett|live|tv|radio)-?$/;
// A bare "Runde" is a round of talks only when counted or placed in a series ("die nächste
// Runde", "nach der jüngsten Runde"); "in die Runde blicken" is not.
// "die für Donnerstag angesetzte Runde": a round scheduled, called off or put off is one of talks too.
const ROUND_BEFORE = /(?:^|[^\p{L}])(?:nächste|jüngste|erste|zweite|dritte|vierte|fünfte|neue|weitere|letzte|kommende|vorige|erneute|direkte|neuerliche|geplante|angesetzte|anberaumte|vereinbarte|vorgesehene|angekündigte|abgesagte|verschobene|geplatzte)[nmrs]?\s+$/u;
// "die im Juli abgehaltene Runde", "die gestern beendete Runde": a round told by a participle of
// holding or ending is a round of talks held.
const ROUND_PARTICIPLE = /(?:^|[^\p{L}])(?:abgehalten|stattgefunden|beendet|abgeschlossen|gescheitert|ergebnislos\s+verlaufen|vorangegangen)e[nmrs]?\s+$/u;
// "soll die Runde nun am 12. März stattfinden": a round that takes place is one of talks.
const ROUND_TAKES_PLACE = /^\s+(?:[^,;:]*\s)?(?:stattfinden|stattfand|stattgefunden|findet\s+[^,;:]*statt|fand\s+[^,;:]*statt|tagt|tagte|tagen)(?![\p{L}])/u;
// "nach einem Stopp in Zypern", "Zwischenstopp auf Malta": a stop on a journey is a visit; a
// "Baustopp" or the "Stopp der Lieferungen" is not.
const STOP_AT = /^\s+(?:in|im|auf)\s+\p{Lu}/u;
// "hat eine Einladung Xis nach Peking angenommen": an invitation to a place is a visit ahead; an
// "Einladung zum Essen" is not.
const INVITED_TO = /^\s+(?:(?:\p{Lu}[\p{L}-]*s|des\s+\p{L}+|der\s+\p{L}+)\s+)?(?:nach|in\s+die|in\s+den|ins)\s+\p{Lu}/u;
// "Zuletzt fanden zwei Runden in Doha statt": counted rounds are rounds of talks.
const ROUNDS_COUNTED = /(?:^|[^\p{L}])(?:zwei|drei|vier|fünf|sechs|beide|beiden|mehrere|bisherige|bisherigen)\s+$/u;
// "ins Gespräch bringen" (to propose), "im Gespräch mit der Zeitung" (an interview). "nimmt an
// einem Gespräch im Quint-Format teil" is a talk one takes part in.
const IDIOM_BEFORE = /(?:^|[^\p{L}])(?:ins|im|einen|(?<![Aa]n\s+)einem)\s+$/u;
const TEMPORAL_BEFORE = /(?:^|[^\p{L}])(?:[Vv]or|[Nn]ach|[Ss]eit|[Aa]m\s+Ende|[Zz]um\s+Abschluss|[Zz]u\s+Beginn|[Ii]m\s+Anschluss\s+an|[Aa]m\s+Rande|[Aa]m\s+Vorabend|[Aa]m\s+Vortag)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * "nach dem Auftakt der ersten direkten", "vor dem Ende der laufenden": a noun whose genitive is
 * the meeting; its adjectives may run past TEMPORAL_BEFORE's three words.
 */
export const STAGE_OF = String.raw`\s+(?:de[mnr]|eine[mr])\s+\p{Lu}[\p{L}-]*\s+(?:de[rs]|eine[rs])\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}$`;
const TEMPORAL_STAGE = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Vv]or|[Nn]ach|[Ss]eit)${STAGE_OF}`, 'u');
const INTERVIEW_AFTER =
  /^\s+mit\s+(?:der|dem|den|einem|einer)?\s*(?:[\p{Ll}-]+\s+)?(?:Zeitung|Sender|Magazin|Nachrichtenagentur|Agentur|Journalist|Reporter|Medien|Presse|Bild|Spiegel|Stern|ntv|n-tv|ARD|ZDF|RTL|Fox|CNN|BBC|Deutschlandfunk|Podcast|[„"])/u;

// "bei einem Treffen mit Vertretern großer internationaler Nachrichtenagenturen", "Treffen mit
// Journalisten": a meeting with the press is no diplomatic meeting.
const PRESS_AFTER = /^\s+mit\s+(?:der|dem|den|einem|einer)?\s*(?:(?:Vertretern|Chefs|Chefredakteuren|Leitern)\s+)?(?:[\p{Ll}-]+\s+){0,4}(?:Nachrichtenagentur|Journalist|Reporter|Medien|Presse)(?:en|n|innen)?(?![\p{L}])/u;

// "Die Unterhändler kehren zu Beratungen nach Paris zurück", "wurde zu Beratungen nach Rom
// zurückgerufen": a team or envoy sent home to confer with its own government; no meeting abroad.
const TO_CONFER_BEFORE = /(?:^|[^\p{L}])zu\s+$/u;
const HOME_AFTER = /^\s+(?:nach\s+Hause|in\s+die\s+Heimat|nach\s+\p{Lu}[\p{L}-]*)(?![\p{L}])/u;
const BACK = /(?<![\p{L}])zurück/u;

function isCallHome(clause: string, before: string, after: string): boolean {
  return TO_CONFER_BEFORE.test(before) && HOME_AFTER.test(after) && BACK.test(clause);
}

// "Das Gespräch führte Markus Preiß": the credit line of an interview names who asked.
const INTERVIEWER_AFTER = /^\s+(?:führte|führten|führt)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*[.!]?\s*$/u;

/** `alone`: only a meeting word when the clause has no other; beside one it tells that one goes on. */
type Verb = {pattern: RegExp; kind: MeetingKind; needs: TriggerNeed; guard?: (clause: string) => boolean; alone?: boolean; presence?: boolean; joins?: boolean; invites?: boolean; offersVenue?: boolean; /** A noun phrase matched by pattern: the trigger is a meeting noun. */ noun?: boolean};
type Filtered = Verb & {mayMatch: (clause: string) => boolean};

// "sprach mit Putin" is a meeting, "sprach von Fortschritten" is not, nor "sprach der
// Deutschlandfunk mit dem Historiker": an interview.
const WITH_SOMEONE = (clause: string) =>
  /(?<![\p{L}])(?:mit|miteinander)(?![\p{L}])/u.test(clause) && !/(?<![\p{L}])(?:sprach|sprachen|spricht|sprechen)\s+(?:\p{L}+\s+){0,2}(?:von|über)(?![\p{L}])/u.test(clause) && !MEDIA.test(clause);
const MEDIA = /(?<![\p{L}])(?:Deutschlandfunk|ntv|n-tv|ntv\.de|ZDF|ARD|RTL|Zeitung|Sender|Magazin|Podcast|Interview|Reporter\p{L}*|Journalist\p{L}*)(?![\p{L}])/u;
// "beraten über", "mit den Vermittlern beraten" is deliberating; "von Uschakow beraten" is being advised.
const TALK_SHOW = /(?<![\p{L}])(?:Talkshow|Sendung|Bericht\s+aus|Studio|Presseclub|Lanz|Illner|Maischberger|Miosga|Will|Festival|Fest|Gala)(?![\p{L}])/u;
const DELIBERATING = (clause: string) => /(?<![\p{L}])(?:über|unter sich|mit)(?![\p{L}])/u.test(clause) && !/(?<![\p{L}])von\s+(?:\p{Lu}\p{L}+\s+){1,3}beraten/u.test(clause);

// "wird am Dienstag in Warschau erwartet": a guest expected in a city is a visit; "es wird
// erwartet, dass …" is a forecast.
const EXPECTED_AS_GUEST = (clause: string) => /(?<![\p{L}])(?:wird|werden|wurde|wurden)(?![\p{L}])/u.test(clause) && !/(?<![\p{L}])dass(?![\p{L}])/u.test(clause);

// "sich … gesehen" with a perfect's auxiliary: "haben sich gesehen", "hatten sich zuletzt in Genf gesehen".
const SEEING_EACH_OTHER = (clause: string) => /(?<![\p{L}])(?:haben|hatten|hätten|habe|sind)\s+sich(?![\p{L}])/u.test(clause) || /(?<![\p{L}])sich\s+(?:[^,;:]*\s)?(?:zuletzt|erstmals|zum\s+letzten\s+Mal)\s/u.test(clause);

// Facing each other as rivals, not at a table: "an der Front", "in der Stichwahl", "im TV-Duell", "im Finale".
const FACING_AS_RIVALS = /Front|Schlachtfeld|[Ww]ahl|Finale|Duell|Spiel|Gericht|Ring(?![\p{L}])/u;
// A day named in the clause: a weekday or a date with its month ("am Sonntag", "am 3. Mai", "am 3.5.").
const ON_A_DAY = /(?<![\p{L}])(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?![\p{L}])|(?<![\d.])\d{1,2}\.\s*(?:\d{1,2}\.|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)/u;
const WENT_ON = /(?<![\p{L}])(?:worden|wurde|wurden|hat|hatte|haben|hatten)(?![\p{L}])/u;

// "besuchte in Brüssel die Bauernproteste", "besucht eine Kundgebung": a protest or a fair visited
// is no meeting of governments.
const VISITS_AN_EVENT = /(?<![\p{L}])(?:die|den|eine|einen|der)\s+(?:[\p{Ll}-]+\s+)?\p{L}*(?:[Pp]rotest|[Dd]emonstration|[Kk]undgebung|[Mm]esse|[Aa]usstellung|[Kk]onzert)(?:e|en|n|s)?(?![\p{L}])/u;

// "reist nach Moskau", "soll nach Moskau reisen", "in die Ukraine zu reisen": travel counts with a destination.
const TRAVELLING = (clause: string) => /(?<![\p{L}])(?:nach|in\s+die|in\s+den|ins)\s+\p{Lu}/u.test(clause);

// "soll es in Istanbul weitergehen": "es" going on at a place is the talks resuming; "der Krieg
// wird weitergehen" is not.
const IMPERSONAL = (clause: string) => /(?<![\p{L}])es(?![\p{L}])/u.test(clause);

// "unterzeichneten Selenskyj und Costa in Brüssel": signing together needs two named sides.
const TWO_SIGNING = (clause: string) => /\p{Lu}[\p{L}-]+\s+(?:und|sowie)\s+(?:[\p{L}-]+\s+){0,3}\p{Lu}/u.test(clause);

// "beide Seiten", "die Kriegsparteien", "Vertreter Ägyptens, Katars und der USA", "miteinander":
// the subject is several parties.
const SIDES_TOGETHER = (clause: string) => /(?<![\p{L}])(?:beide\s+Seiten|die\s+beiden\s+Seiten|beide\s+Delegationen|die\s+Delegationen|die\s+Unterhändler|(?:die\s+)?(?:Kriegs|Konflikt)parteien|miteinander|Ukrainer\s+und\s+Russen|Russen\s+und\s+Ukrainer|(?:die\s+)?(?:USA|Ukraine|Russland|Europäer)\s+und\s+(?:die\s+)?(?:USA|Ukraine|Russland|Europäer)|Vertreter\s+(?:[\p{Lu}][\p{L}-]*|der|des|und|,|\s)+und\s+(?:der\s+|des\s+)?\p{Lu})/u.test(clause) && !MEDIA.test(clause);

// "versammeln sich in der Hofburg": people gathering is a meeting; "versammelt" troops are not
// without "sich".
// "Macron will die Koalition der Willigen in Paris versammeln": a host who gathers leaders convenes them.
// "sich" in the clause: people meeting each other, not someone acting alone.
const REFLEXIVE = (clause: string) => /(?<![\p{L}])sich(?![\p{L}])/u.test(clause);
const GATHERING = (clause: string) => REFLEXIVE(clause) || CONVENED.test(clause);
// "Der Rat der Außenminister tagte", "die NATO tagt": a council or an alliance in session.
const IN_SESSION = /(?<![\p{L}])(?:Rat|Sicherheitsrat|Europarat|Nato-Rat|NATO|Nato|G7|G20|EU|Europäische\s+Politische\s+Gemeinschaft|EPG|Kontaktgruppe|Staatengemeinschaft|Vereinte\p{L}*\s+Nationen|UN-Sicherheitsrat|Apec|APEC|Asean|ASEAN)(?![\p{L}])/u;
// "begrüßt Merz den polnischen Ministerpräsidenten", "begrüßte Tusk Präsident Stubb": an office
// holder or a guest as the object.
// The words between may not hold a genitive: "die Entscheidung des Präsidenten" is welcomed.
const GREETS_GUEST = /(?<![\p{L}])begrüß\p{L}*\s+(?:(?!(?:des|der|eines|einer|von)\s)[\p{L}\d.-]+\s+){0,5}?(?:(?:de[nm]|die|seine[nm]?|ihre[nm]?)\s+(?:[\p{Ll}-]+\s+){0,2})?\p{L}*(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Rr]egierungschef|[Ss]taatschef|[Kk]önig|[Pp]remier|[Aa]mtskolleg|[Gg]ast|[Gg]äste)\p{L}*/u;
const CONVENED = /(?<![\p{L}])(?:Koalition\s+der\s+Willigen|(?:Staats-\s+und\s+)?Regierungschefs|Staatschefs|Staats-\s+und\s+Regierungschefinnen|\p{L}*[Mm]inister(?:innen)?|Verbündete[n]?|Partner(?:staaten|länder)?|Unterstützer(?:staaten)?|Amtskollegen|Verhandlungsführer|Sicherheitsberater)(?![\p{L}])/u;

// "bot erneut Wien als Verhandlungsort an", "bot Riga als Verhandlungsplatz an", "habe Oslo als Austragungsort vorgeschlagen",
// "brachte Genf als Tagungsort ins Spiel": a venue offered or put forward is a meeting proposed
// there, told with no meeting noun. Not "wurde als Verhandlungsort gewählt": a venue chosen
// belongs to the meeting the text tells anyway.
const AS_VENUE = /(?<![\p{L}])[Aa]ls\s+(?:\p{Ll}+\s+){0,2}(?:Verhandlungsort|Verhandlungsplatz|Verhandlungsstätte|Austragungsort|Tagungsort|Gipfelort|Konferenzort|Treffpunkt)(?![\p{L}])/gu;
const PUTS_FORWARD = /(?<![\p{L}])(?:angeboten|anbieten|anzubieten|(?:bietet|bot|boten|bieten)\s(?:[^,;:]*\s)?an|vorgeschlagen|vorschlagen|vorzuschlagen|(?:schlägt|schlug|schlugen|schlagen)\s(?:[^,;:]*\s)?vor|ins\s+Spiel)(?![\p{L}])/u;

// "sondierte in Kairo die Bedingungen für eine Waffenruhe": an envoy exploring terms at a place
// holds talks there. Parties who "sondieren" in Berlin explore a coalition at home.
const PARTIES_AT_HOME = /(?<![\p{L}])(?:CDU|CSU|SPD|FDP|AfD|BSW|Grünen?|Linken?|Union|Unionsparteien|Parteien|Koalition\p{L}*|Fraktion\p{L}*|Sondierer\p{L}*)(?![\p{L}])/u;

// "wurde bei seiner Ankunft von Außenminister X in Empfang genommen", "nahm den Gast am Flughafen
// in Empfang": someone received by a host, or a guest or office holder received; not a parcel or
// a prize ("nahm den Preis in Empfang").
const RECEIVED_BY_SOMEONE = /(?<![\p{L}])(?:wurde|wurden|wird|werden|worden)(?![\p{L}])[^,;:]*\s(?:von|vom)\s[^,;:]*\sin\s+Empfang/u;
const RECEIVES_GUEST = /(?<![\p{L}])(?:de[nm]|die|seine[nm]?|ihre[nm]?)\s+(?:[\p{Ll}-]+\s+){0,2}\p{L}*(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Rr]egierungschef|[Ss]taatschef|[Gg]esandte|[Dd]elegation|[Aa]mtskolleg|[Gg]ast|[Gg]äste)\p{L}*\s[^,;:]*in\s+Empfang/u;

const VERB_LIST: Verb[] = [
  // "traf … in Miami ein", "ist eingetroffen", "wird in Moskau eintreffen": an arrival is a visit.
  // "ein zweites Mal" is no arrival: the particle ends the clause or comes before a conjunction.
  {pattern: /(?<![\p{L}])(?:traf|trafen|trifft|treffen)(?![\p{L}])(?=[^,;:]*?\sein(?=\s*(?:[,.;:!?"“]|$)|\s+(?:und|oder|um|wo|als|sowie)(?![\p{L}])))|(?<![\p{L}])eingetroffen(?![\p{L}])/gu, kind: 'visit', needs: 'none'},
  // An arrival ahead needs someone who arrives: "Hilfslieferungen sollen am Montag eintreffen" is no visit.
  {pattern: words('eintreffen|eintrifft|einträfe|einzutreffen'), kind: 'visit', needs: 'company'},
  // "landete Blinken heute in Peking": a landing with someone named on board is an arrival ("ist
  // … gelandet" is one already, told as arrived).
  {pattern: words('landete|landeten'), kind: 'visit', needs: 'company'},
  // Joined forms stand where the verb ends a subordinate clause: "…, wo er mit Erdoğan zusammenkommt".
  {pattern: words('zusammentreffen|zusammengetroffen|zusammentrafen|zusammentraf|zusammentrifft|zusammenzutreffen|aufeinandertreffen|aufeinandergetroffen|aufeinandertrafen|aufeinandertraf|aufeinandertrifft|aufeinanderzutreffen|zusammenkommen|zusammengekommen|zusammenkommt|zusammenkam|zusammenkamen|zusammenzukommen'), kind: 'talks', needs: 'none'},
  {pattern: /(?<![\p{L}])(?:kamen|kommen|kam|kommt)(?![\p{L}])(?=[^,;:]*?\szusammen(?=[\s,.;:]|$))/gu, kind: 'talks', needs: 'none'},
  // "sagte Erdoğan bei einer gemeinsamen Pressekonferenz mit Selenskyj": two who face the press
  // together have met; a press conference alone ("auf einer Pressekonferenz in Kiew") has not.
  // The noun is read as a meeting noun ("betonte bei einer … Pressekonferenz": said at it, held).
  {pattern: /(?<=(?<![\p{L}])gemeinsame[nmr]?\s+)(?:Pressekonferenz|Pressekonferenzen|Medienkonferenz|Presseerklärung)(?=\s+(?:mit|von)\s)/gu, kind: 'talks', needs: 'company', noun: true},
  // "trafen im Sommer die Delegationen in Istanbul aufeinander", "traf … mit Erdoğan zusammen": the
  // joined verb split, its particle at the clause's end, meets as "aufeinandertrafen" does.
  {pattern: /(?<![\p{L}])(?:traf|trafen|trifft|treffen)(?![\p{L}])(?=[^,;:]*?\s(?:aufeinander|zusammen)(?=\s*(?:[,.;:!?"“]|$)))/gu, kind: 'talks', needs: 'none'},
  {pattern: words('trafen|traf|trifft|treffen|getroffen|treffe'), kind: 'talks', needs: 'company'},
  // "saßen mit Lawrow zusammen", "saßen sich in Istanbul gegenüber", "sich an einen Tisch setzen":
  // sitting together is meeting. The table is often a figure of speech, so it needs a place.
  {pattern: words('zusammensitzen|zusammensaßen|zusammensaß|zusammengesessen|zusammensitzt'), kind: 'talks', needs: 'none'},
  // Only the past: a lead's "Am Sonntag sitzen … zusammen" is as often the historical present as a plan.
  {pattern: /(?<![\p{L}])(?:saß|saßen)(?![\p{L}])(?=[^,;:]*?\szusammen(?=[\s,.;:]|$))/gu, kind: 'talks', needs: 'none'},
  {pattern: /(?<![\p{L}])an\s+einen\s+(?:gemeinsamen\s+)?Tisch\s+(?:setzen|setzten|setzt|gesetzt|zu\s+setzen)(?![\p{L}])/gu, kind: 'talks', needs: 'place'},
  {pattern: /(?<![\p{L}])(?:saß|saßen|sitzen|sitzt|sitze)(?![\p{L}])(?=[^,;:]*?\sgegenüber(?=[\s,.;:]|$))|(?<![\p{L}])gegenüber\s+(?:saß|saßen|sitzen|sitzt|sitze)(?![\p{L}])|(?<![\p{L}])(?:gegenübergesessen|gegenübersaßen|gegenübersaß|gegenübersitzen|gegenübersitzt|gegenüberzusitzen)(?![\p{L}])/gu, kind: 'talks', needs: 'company'},
  // "Wenn sich Merz und Macron am Dienstag gegenüberstehen", "standen sich am 3. Mai in Riad
  // gegenüber": facing each other on a day is an appointment. Without a day it is a figure of
  // speech ("Die Positionen stehen sich unversöhnlich gegenüber", "seit Jahren gegenüber").
  {pattern: /(?<![\p{L}])(?:stehen|standen|stünden)\s+sich(?![\p{L}])(?=[^,;:]*?\sgegenüber(?=[\s,.;:]|$))|(?<![\p{L}])(?:gegenüberstehen|gegenüberstanden|gegenüberstünden|gegenübergestanden)(?![\p{L}])/gu, kind: 'talks', needs: 'company', guard: (clause: string) => REFLEXIVE(clause) && ON_A_DAY.test(clause) && !FACING_AS_RIVALS.test(clause)},
  // "hatten sich im August in Alaska gesehen", "haben sich mit Tusk in Danzig gesehen": seeing each
  // other at a place is meeting. "hat sich gezwungen gesehen", "sich in der Pflicht gesehen" is not:
  // a real place is needed, and no word of obligation may stand before the participle.
  {pattern: /(?<![\p{L}])(?<!(?:gezwungen|veranlasst|genötigt|bestätigt|getäuscht|außerstande|imstande|berechtigt)\s+)gesehen(?![\p{L}])/gu, kind: 'talks', needs: 'place', guard: SEEING_EACH_OTHER},
  {pattern: words('verhandelt|verhandelte|verhandelten|verhandeln|verhandle|verhandelnden'), kind: 'talks', needs: 'none'},
  // "ist in der Türkei weiterverhandelt worden", "haben den Vertrag in Genf nachverhandelt": talks
  // that went on, or renegotiated a text, are talks. One ahead ("Am Mittwoch werde weiterverhandelt",
  // "Das Abkommen muss nachverhandelt werden") goes on with the talks just told, or is a demand.
  {pattern: words('weiterverhandelt|weiterverhandelte|weiterverhandelten|nachverhandelt'), kind: 'talks', needs: 'none', guard: (clause: string) => WENT_ON.test(clause)},
  // "In Genf sitzen Vertreter beider Seiten wieder am Verhandlungstisch": sitting there is talking.
  {pattern: /(?<![\p{L}])(?:sitzen|sitzt|saß|saßen|gesessen)(?![\p{L}])(?=[^,;:]*?\sam\s+Verhandlungstisch(?![\p{L}]))/gu, kind: 'talks', needs: 'place-or-company'},
  // "Am Montag tagen die Außenminister der G20 in Rom": ministers or a council in session at a place.
  {pattern: words('tagt|tagte|tagten|tagen|getagt'), kind: 'summit', needs: 'place', guard: (clause: string) => CONVENED.test(clause) || IN_SESSION.test(clause)},
  // "hatte sich am Samstag mit Merz ausgetauscht", "Trump und Xi haben sich ausgetauscht": people
  // exchanging views, with someone named; "Gefangene ausgetauscht" is no meeting.
  {pattern: /(?<![\p{L}])(?:tauscht|tauschte|tauschten|tauschen)(?![\p{L}])(?=[^,;:]*?\saus(?=[\s,.;:]|$))|(?<![\p{L}])(?:ausgetauscht|austauschen|auszutauschen)(?![\p{L}])/gu, kind: 'talks', needs: 'company', guard: (clause: string) => REFLEXIVE(clause) && (WITH_SOMEONE(clause) || TWO_SIGNING(clause))},
  // "hat den Plan im Januar mit Merz besprochen": talking something over with someone; "hatten sich
  // am Freitag besprochen": conferring with each other.
  {pattern: words('besprach|besprachen|bespricht|besprechen|besprochen'), kind: 'talks', needs: 'company', guard: (clause: string) => WITH_SOMEONE(clause) || REFLEXIVE(clause)},
  // "Am Montag begrüßt Merz den polnischen Ministerpräsidenten": receiving a guest of office;
  // "begrüßte die Entscheidung" welcomes a decision.
  {pattern: words('begrüßt|begrüßte|begrüßten|begrüßen|begrüße'), kind: 'visit', needs: 'company', guard: (clause: string) => GREETS_GUEST.test(clause)},
  {pattern: words('berieten|beriet'), kind: 'talks', needs: 'none'},
  {pattern: words('beraten|berät'), kind: 'talks', needs: 'none', guard: DELIBERATING},
  {pattern: words('telefonierte|telefonierten|telefoniert|telefonieren|telefoniere|telefonierende'), kind: 'call', needs: 'company'},
  // "rief Putin an", "will Selenskyj anrufen": a phone call.
  {pattern: /(?<![\p{L}])(?:rief|riefen|ruft|rufen)(?![\p{L}])(?=[^,;:]*?\san(?=[\s,.;:]|$))|(?<![\p{L}])(?:anrufen|angerufen|anzurufen|anrief|anriefen)(?![\p{L}])/gu, kind: 'call', needs: 'company'},
  {pattern: words('sprach|sprachen|spricht|sprechen|gesprochen'), kind: 'talks', needs: 'company', guard: WITH_SOMEONE},
  {pattern: words('besuchte|besuchten|besucht|besuchen|besuche'), kind: 'visit', needs: 'place-or-company', guard: (clause: string) => !VISITS_AN_EVENT.test(clause)},
  {pattern: words('reist|reisen|reiste|reisten|gereist|fliegt|fliegen|flog|flogen|geflogen|abreisen|abzureisen|abgereist|weiterreisen|weiterreist|weiterreiste|weiterreisten|weitergereist|weiterfliegen|weiterfliegt|weiterflog|weitergeflogen'), kind: 'visit', needs: 'place', guard: TRAVELLING},
  {pattern: words('empfing|empfingen|empfängt|empfangen'), kind: 'visit', needs: 'company'},
  // "war im Juli in Wien zu Gast", "ist bei Macron im Élysée zu Gast": a guest at a place is
  // visiting; a guest of a talk show or a broadcaster is not.
  {pattern: /(?<![\p{L}])zu\s+Gast(?![\p{L}])/gu, kind: 'visit', needs: 'place', guard: (clause: string) => !MEDIA.test(clause) && !TALK_SHOW.test(clause)},
  // "hat Selenskyj nach Berlin eingeladen", "lädt Putin nach Washington ein": a guest asked to a place
  // is a visit ahead (its status: the invitation's, status.ts).
  {pattern: /(?<![\p{L}])(?:lädt|laden|lud|luden)(?![\p{L}])(?=[^,;:]*?\sein(?=[\s,.;:]|$))|(?<![\p{L}])(?:eingeladen|einladen|einzuladen)(?![\p{L}])/gu, kind: 'visit', needs: 'place', guard: TRAVELLING, invites: true},
  {pattern: words('erwartet'), kind: 'visit', needs: 'place', guard: EXPECTED_AS_GUEST},
  {pattern: AS_VENUE, kind: 'talks', needs: 'place', alone: true, offersVenue: true, guard: (clause: string) => PUTS_FORWARD.test(clause)},
  {pattern: words('sondierte|sondierten|sondiert|sondieren|sondiere'), kind: 'talks', needs: 'place', guard: (clause: string) => !PARTIES_AT_HOME.test(clause)},
  {pattern: /(?<![\p{L}])in\s+Empfang(?![\p{L}])/gu, kind: 'visit', needs: 'company', guard: (clause: string) => RECEIVED_BY_SOMEONE.test(clause) || RECEIVES_GUEST.test(clause)},
  {pattern: words('einigten|einigte|geeinigt|einigen'), kind: 'talks', needs: 'place'},
  {pattern: words('unterzeichneten|unterschrieben'), kind: 'talks', needs: 'place', guard: TWO_SIGNING},
  // "Macron ruft die Koalition der Willigen für Montag in den Élysée-Palast": a host who calls
  // leaders or ministers to a place convenes them there ("ruft zum Frieden auf" names no place).
  {pattern: /(?<![\p{L}])(?:ruft|rief|rufen|riefen)(?![\p{L}])(?=[^,;:]*?\s(?:in\s+den|in\s+die|ins|nach)\s+\p{Lu})/gu, kind: 'summit', needs: 'place', guard: (clause: string) => CONVENED.test(clause)},
  {pattern: words('versammeln|versammelten|versammelt|versammelte'), kind: 'summit', needs: 'place', guard: GATHERING},
  {pattern: words('weitergehen|weitergeht|weiterging|weitergegangen'), kind: 'talks', needs: 'place', guard: IMPERSONAL, alone: true},
  // "hat im Élysée-Palast gemeinsam mit Frankreichs Präsidenten … Garantien in Aussicht gestellt":
  // leaders acting together at one place have met there.
  {pattern: /(?<![\p{L}])gemeinsam\s+mit(?![\p{L}])/gu, kind: 'summit', needs: 'place-and-company', alone: true, presence: true},
  // "als beide Seiten in Astana über Gefangene sprachen": two sides talking at a place.
  {pattern: words('sprachen|sprechen|redeten|reden|besprachen|besprechen|besprochen|erörterten|erörtern|erörtert|diskutieren|diskutierten|diskutiert'), kind: 'talks', needs: 'place', guard: SIDES_TOGETHER},
  // "Drei Tage später saß Selenskyj im Weißen Haus": sitting at a seat of government is meeting there.
  {pattern: words('saß|saßen'), kind: 'talks', needs: 'place-and-company', alone: true},
  // Who takes part in the meeting just told: "Für Deutschland nimmt Wadephul teil", "für Israel
  // reist Dermer an", "Die Delegation leitet al-Haja", "Den Vorsitz führt Valtonen", "Die USA
  // schicken Witkoff", "die Ukraine vertritt Sybiha", "X und Y vermitteln".
  ...[
    /(?<![\p{L}])(?:nimmt|nehmen|nahm|nahmen)(?![\p{L}])(?=(?:[^,;:]|,(?=\s+(?:(?:der|die|den|dem)\s+)?\p{Lu}))*?\steil(?=[\s,.;:]|$))|(?<![\p{L}])(?:teilnehmen|teilnimmt|teilnahm|teilnahmen|teilgenommen)(?![\p{L}])/gu,
    /(?<![\p{L}])(?:reist|reisen|reiste|reisten)(?![\p{L}])(?=[^,;:]*?\san(?=[\s,.;:]|$))|(?<![\p{L}])(?:anreisen|anreist|angereist)(?![\p{L}])/gu,
    /(?<![\p{L}])(?:leitet|leiten|leitete|leiteten|führt|führen|führte|führten)(?![\p{L}])(?=[^,;:]*?(?:Delegation|Vorsitz|Verhandlungen))|(?<=(?:Delegation|Vorsitz|Verhandlungen)\s+)(?:leitet|leiten|leitete|leiteten|führt|führen|führte|führten)(?![\p{L}])/gu,
    words('schicken|schickt|schickte|schickten|entsenden|entsendet|entsandte'),
    // "Witkoff und Kushner vermitteln zwischen den Kriegsgegnern": mediators sit at the table.
    words('vermitteln|vermittelt|vermittelte|vermittelten'),
    // "erklärte Kiews Delegationsleiter Kyslyzja": who leads a delegation is at the table.
    words('Verhandlungsführer\\p{L}*|Verhandlungschef\\p{L}*|Delegationsleiter\\p{L}*|Delegationschef\\p{L}*|Chefunterhändler\\p{L}*'),
    /(?<=(?:Ukraine|Russland|USA|Deutschland|Frankreich|Israel|Hamas|EU|Kiew|Moskau|Washington)\s+)(?:vertritt|vertreten|vertrat)(?![\p{L}])/gu,
  ].map(pattern => ({pattern, kind: 'talks' as const, needs: 'company' as const, alone: true, joins: true})),
  // "Italien wird von Außenministerin X vertreten", "Die USA werden dort vom Gesandten X vertreten",
  // "Die Ukraine wird durch X vertreten", "Die russische Seite wird von X angeführt": a country's or
  // a side's stand-in is there; not "Diese Position wird von X vertreten", nor "lässt sich …
  // vertreten", nor "Russland wird von X regiert".
  {pattern: /(?<=(?<![\p{L}])(?:wird|werden|wurde|wurden)\s+(?:[^,;:.!?]*?\s)?(?:von|vom|durch)\s[^,;:.!?]*?)(?:vertreten|geleitet|angeführt)(?![\p{L}])/gu, kind: 'talks', needs: 'company', alone: true, joins: true, guard: isSideInPassive},
  // "Zur Delegation gehören Budanow, Kyslyzja und Skibizkyj".
  {pattern: words('gehören|gehört|gehörten|gehörte'), kind: 'talks', needs: 'company', alone: true, joins: true, guard: (clause: string) => clause.includes('Delegation')},
];

// A clause that may hold one of them is asked about each: their prefilters are looked up once, and
// every verb has one shape, so the loop over them reads its fields in one way.
// The subject of "wird von X vertreten" when it is a country, one proper noun opening the clause
// ("Italien wird", "Die USA werden"), not a noun after a determiner ("Diese Position wird").
const COUNTRY_IN_PASSIVE = /^\s*(?:(?:Auch|Die)\s+(?=\p{Lu}{2}))?\p{Lu}[\p{L}-]*\s+(?:wird|werden|wurde|wurden)\s/u;
// "Die Ukraine wird", "Der Iran wird": the few countries named with their article.
const COUNTRY_WITH_ARTICLE = /^\s*(?:Auch\s+)?(?:Die|Der)\s+(?:Ukraine|Türkei|Schweiz|Slowakei|Mongolei|Iran|Irak|Libanon|Jemen|Sudan|Vatikan)\s+(?:wird|werden|wurde|wurden)\s/u;
// "Die russische Seite wird", "Das ukrainische Verhandlungsteam wird": a side at the table, which
// alone is "geleitet" or "angeführt" there; a country is only "vertreten".
const SIDE_AT_TABLE_IN_PASSIVE = /^\s*(?:Auch\s+)?(?:Die|Das)\s+(?:\p{Ll}+e\s+)?(?:Seite|Verhandlungsteam|Verhandlungsdelegation)\s+(?:wird|werden|wurde|wurden)\s/u;

function isSideInPassive(clause: string): boolean {
  if (SIDE_AT_TABLE_IN_PASSIVE.test(clause)) return true;
  return (COUNTRY_IN_PASSIVE.test(clause) || COUNTRY_WITH_ARTICLE.test(clause)) && /vertreten(?![\p{L}])/u.test(clause);
}
const VERBS: Filtered[] = VERB_LIST.map(({pattern, kind, needs, guard, alone, presence, joins, invites, offersVenue, noun}) => ({pattern, kind, needs, guard, alone, presence, joins, invites, offersVenue, noun, mayMatch: mayMatchOf(pattern)}));
const mayHaveVerb = mayMatchAnyOf(VERBS.map(verb => verb.pattern));
const mayHaveNoun = mayMatchOf(NOUN_STEM);

// "G7-Gipfel", "G20-Treffen": a compound may carry digits. Read with exec, as matchAll would
// (no pattern here matches empty text), without matchAll's copy of the RegExp per clause.
const CAPITALISED = /(?<![\p{L}\d-])\p{Lu}[\p{L}\d-]*/gu;

/** Whether a trigger found so far covers `index`. */
function within(triggers: MeetingTrigger[], index: number): boolean {
  for (let t = 0; t < triggers.length; t++) if (triggers[t]!.index <= index && index < triggers[t]!.end) return true;
  return false;
}

// "sprach telefonisch mit Tusk", "hatten sich telefonisch besprochen": talking by phone is a call.
const BY_PHONE = /(?<![\p{L}])telefonisch(?![\p{L}])/u;
const byPhone = (clause: string) => clause.includes('telefonisch') && BY_PHONE.test(clause);

/** The meeting verbs of a clause, after its nouns (`triggers`), pushed to `triggers`. */
function addVerbs(clause: string, triggers: MeetingTrigger[]): void {
  // "verhandeln bis tief in die Nacht – am Freitag soll es weitergehen": a meeting word, even one
  // its guard rejects, makes a lone verb speak of that meeting.
  let worded = triggers.length > 0;
  for (const verb of VERBS) {
    if (!verb.mayMatch(clause)) continue;
    const pattern = verb.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
      if (within(triggers, match.index)) continue;
      if (verb.alone && worded) continue;
      worded = true;
      if (verb.guard && !verb.guard(clause)) continue;
      triggers.push({text: match[0], index: match.index, end: match.index + match[0].length, kind: verb.kind === 'talks' && byPhone(clause) ? 'call' : verb.kind, isNoun: verb.noun === true, adverbial: false, needs: verb.needs, presence: verb.presence, joins: verb.joins, invites: verb.invites, offersVenue: verb.offersVenue});
    }
  }
}

/** Meeting words in a clause, in order of appearance. */
export function findMeetingTriggers(clause: string): MeetingTrigger[] {
  const triggers: MeetingTrigger[] = [];
  CAPITALISED.lastIndex = 0;
  for (let match = mayHaveNoun(clause) ? CAPITALISED.exec(clause) : null; match; match = CAPITALISED.exec(clause)) {
    const stem = NOUN_STEM.exec(match[0].toLowerCase());
    if (!stem || OTHER_PREFIX.test(stem[1]!)) continue;
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    if (stem[2]!.startsWith('gespräch') && !stem[1] && (IDIOM_BEFORE.test(before) || INTERVIEW_AFTER.test(after) || INTERVIEWER_AFTER.test(after))) continue;
    if ((stem[2] === 'treffen' || stem[2]!.startsWith('gespräch')) && !stem[1] && after.startsWith(' mit') && PRESS_AFTER.test(after)) continue;
    if (stem[2]!.startsWith('runde') && !stem[1] && !ROUND_BEFORE.test(before) && !ROUND_PARTICIPLE.test(before) && !ROUNDS_COUNTED.test(before) && !ROUND_TAKES_PLACE.test(after)) continue;
    if (stem[2] === 'stopp' && ((stem[1] && stem[1] !== 'zwischen') || !STOP_AT.test(after))) continue;
    if (stem[2] === 'einladung' && (stem[1] || !INVITED_TO.test(after))) continue;
    if (stem[2]!.startsWith('beratung') && !stem[1] && isCallHome(clause, before, after)) continue;
    const adverbial = TEMPORAL_BEFORE.test(before) || TEMPORAL_STAGE.test(before);
    // "seit dem Eklat im Weißen Haus", "kam es zu einem Zwischenfall im Kreml": a row at a seat of
    // government is an encounter there; a "Zwischenfall an der Grenze" is not.
    const needs = stem[2]!.startsWith('eklat') || stem[2]!.startsWith('zwischenfall') ? 'seat' : 'none';
    const invites = stem[2] === 'einladung' ? true : undefined;
    triggers.push({text: match[0], index: match.index, end: match.index + match[0].length, kind: nounKind(stem[1]!, stem[2]!), isNoun: true, adverbial, needs, presence: undefined, joins: undefined, invites, offersVenue: undefined});
  }
  // Most clauses hold none of the verbs' words: one look at them all first.
  if (mayHaveVerb(clause)) addVerbs(clause, triggers);
  if (triggers.length > 1) talkedOnThePhone(clause, triggers);
  return triggers.sort((a, b) => a.index - b.index);
}

// "beriet in einem Telefonat mit Stubb", "sprach per Telefonat mit Tusk": the call is how the talk
// was held, one meeting, a call. The verb keeps the people of the whole clause.
const BY_CALL_BEFORE = /(?<![\p{L}])(?:[Ii]n|[Bb]ei|[Pp]er|[Ww]ährend)\s+(?:(?:einem|einer|seinem|ihrem|dem|eines|seines|ihres)\s+)?(?:\p{Ll}+(?:en|em|er|es|e)\s+)?$|(?<![\p{L}])[Ii]m\s+$/u;

function talkedOnThePhone(clause: string, triggers: MeetingTrigger[]): void {
  const call = triggers.findIndex(t => t.isNoun && t.kind === 'call' && BY_CALL_BEFORE.test(clause.slice(0, t.index)));
  if (call < 0) return;
  const talk = triggers.find(t => !t.isNoun && t.kind === 'talks');
  if (!talk) return;
  talk.kind = 'call';
  triggers.splice(call, 1);
}

// "3. März – Stubb und weitere Europäer bei Trump im Weißen Haus": a dated
// line of a chronology.
const DATED_LINE = /^\s*\d{1,2}\.(?:\/\d{1,2}\.)?\s*(?:\p{Lu}\p{Ll}+|\d{1,2}\.)(?:\s+\d{4})?\s*[-–—:]\s/u;

/**
 * A chronology line names people at a venue without a meeting word ("2. Dezember – Witkoff und
 * Kushner im Kreml", "Selenskyj bei Trump in Mar-a-Lago"): being there on that day is the meeting.
 */
export function presenceOnDatedLine(line: string): MeetingTrigger | null {
  if (!DATED_LINE.test(line)) return null;
  return {text: '', index: 0, end: 0, kind: 'talks', isNoun: true, adverbial: false, needs: 'place-and-company', presence: true, joins: undefined, invites: undefined, offersVenue: undefined};
}

function nounKind(prefix: string, stem: string): MeetingKind {
  // "in einer Schalte informiert", "Telefonschalte": a conference call.
  if (stem.startsWith('telefon') || stem.includes('schalte') || stem === 'schaltkonferenz' || prefix.endsWith('telefon')) return 'call';
  if (stem.startsWith('besuch') || stem === 'einladung' || stem === 'stopp') return 'visit';
  if (stem.startsWith('gipfel') || stem.startsWith('konferenz') || prefix.endsWith('gipfel')) return 'summit';
  return 'talks';
}
