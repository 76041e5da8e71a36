// The people who take part in a meeting: the actors named in its clause, except those who only
// own something there.
import type {ActorHit} from './actors.js';
import {findMeetingTriggers} from './meeting-words.js';
import type {Side} from './types.js';

export type Person = {id: string; name: string; side: Side | null; /** Offset into the text. */ at: number};

type PeopleSource = {text: string; hits: ActorHit[]; sideOf: (id: string) => Side | null};

// "Putins Berater Medinski", "Merz-Berater", "vor Selenskyjs Ankunft": the named person owns
// something; they take part only when what they own is the meeting ("Witkoffs Besuch").
export function peopleIn(source: PeopleSource, from: number, length: number): Person[] {
  return source.hits
    .filter(hit => hit.start >= from && hit.end <= from + length && !leftOut(source.text, hit))
    .map(hit => ({id: hit.id, name: hit.name, side: source.sideOf(hit.id), at: hit.start}));
}

// Whether a name is left out depends only on the words around it, and the clauses of an article
// ask for the same names many times: each name is judged once.
const judged = new WeakMap<ActorHit, boolean>();

function leftOut(text: string, hit: ActorHit): boolean {
  const known = judged.get(hit);
  if (known !== undefined) return known;
  const before = (chars: number) => text.slice(Math.max(0, hit.start - chars), hit.start);
  const out = possessor(text, hit) || RELATION_OF.test(before(50)) || isSource(text, hit) || PRESSURE.test(before(60)) || betweenOther(text, hit) || ON_BEHALF.test(before(50)) || AUTHOR.test(before(60)) || isAuthorByParticiple(text, hit) || isSpeakerLabel(text, hit) || isAbsent(text, hit) || isContext(before(80)) || SENDS.test(text.slice(hit.end, hit.end + 90)) || isInformedOfMeeting(text, hit) || isOfficeTakenBy(before(50)) || describesOther(before(80));
  judged.set(hit, out);
  return out;
}

// "Putin nicht bei den Gesprächen", "Putin reist nicht nach Genf", "weder Putin noch Selenskyj",
// "Gespräche ohne Selenskyj": who is said to stay away names the meeting, he does not take part.
const STAYS_AWAY = /^\s+(?:(?:reist|reiste|reisen|fährt|fuhr|fliegt|flog|kommt|kam|kommen|erscheint|erschien|wird|werden|will|wollen|ist|sind|war|waren|hat|haben|hatte|hatten)\s+(?:[^,;:.!?]{0,40}\s)?)?nicht\s+(?:bei|beim|zu|zum|zur|an|am|nach|in)(?![\p{L}])/u;
const NEITHER = /(?<![\p{L}])weder\s+(?:[^,;:.!?]*\snoch\s+)?(?:[\p{L}.-]+\s+){0,4}$/u;
const WITHOUT = /(?<![\p{L}])ohne\s+(?:(?:die\s+)?(?:Beteiligung|Teilnahme)\s+(?:von|des|der)\s+)?(?:[\p{L}.-]+\s+){0,3}$/u;

// "Rubio hat das Treffen in Paris verpasst", "Meloni blieb dem Gipfel fern", "Orbán nimmt an den
// Beratungen nicht teil": who misses a meeting, in his own clause, names it without being there.
// Not who is named in a phrase of that clause ("hat ein Treffen mit Biden verpasst").
const MISSES = /^\s+(?:[^,;:.!?]{0,70}\s)?(?:verpasst|verpasste|verpassten|versäumt|versäumte|versäumten|fernbleiben|fernbleibt|ferngeblieben|(?:bleibt|blieb|bleiben|blieben)\s(?:[^,;:.!?]{0,50}\s)?fern|nicht\s(?:[^,;:.!?]{0,50}\s)?(?:teil|teilnehmen|teilnimmt|teilgenommen))(?![\p{L}])/u;
const mayMiss = (after: string) => after.includes('verpass') || after.includes('versäum') || after.includes('fern') || after.includes('nicht');
const IN_A_PHRASE = /(?<![\p{L}])(?:mit|von|vom|bei|beim|zu|zum|zur|an|am|über|für|gegen|ohne|zwischen)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,4}$/u;
const misses = (before: string, after: string) => mayMiss(after) && MISSES.test(after) && !IN_A_PHRASE.test(before.slice(-60));

// "Rubio und Witkoff, der Gesandte des Weißen Hauses, sagten ihre Teilnahme ab", "Meloni hat
// ihre Teilnahme zurückgezogen": who withdraws is not at the meeting. "seine"/"ihre" ties the
// withdrawal to the subject; one apposition may stand between it and the verb.
const WITHDRAWS = /^[^,;:.!?]{0,40}(?:,[^;:.!?]{0,60},)?\s(?:(?:sagt|sagte|sagten|sagen|zieht|zog|zogen|ziehen)\s+(?:[^,;:.!?]{0,30}\s)?(?:seine|ihre)\s+Teilnahme\s(?:[^,;:.!?]{0,60}\s)?(?:ab|zurück)|(?:hat|hatte|haben|hatten)\s+(?:[^,;:.!?]{0,30}\s)?(?:seine|ihre)\s+Teilnahme\s(?:[^,;:.!?]{0,60}\s)?(?:abgesagt|zurückgezogen))(?=\s*(?:[,.;:!?]|$))/u;
const withdraws = (before: string, after: string) => after.includes('Teilnahme') && WITHDRAWS.test(after) && !IN_A_PHRASE.test(before.slice(-60));

function isAbsent(text: string, hit: ActorHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 80), hit.start);
  const after = text.slice(hit.end, hit.end + 130);
  return STAYS_AWAY.test(after.slice(0, 70)) || misses(before, after) || withdraws(before, after) || NEITHER.test(before) || WITHOUT.test(before.slice(-50));
}

// Who the clause names only to set its scene: "infolge der Kehrtwende der USA unter Präsident X"
// (whose government it was), "dank der Führung von Präsident X" (a cause), "statt Präsident X nur
// eine Delegation" (who stays away), "anders als der Besuch von X vergangene Woche" (a comparison).
const UNDER_LEADER = /(?<![\p{L}])unter\s+(?:(?:dem|der)\s+)?(?:(?:US-|EU-)?(?:Präsident|Präsidentin|Präsidenten|Kanzler|Kanzlerin|Regierungschef|Regierungschefin|Premier|Premierminister|Premierministerin|Ministerpräsident|Ministerpräsidentin|Staatschef|Staatschefin|Machthaber)\s+|(?:der|dem)\s+(?:Regierung|Präsidentschaft|Amtszeit|Ägide|Herrschaft)\s+(?:von\s+)?(?:\p{Lu}[\p{L}-]*\s+)?)$/u;
const THANKS_TO = /(?<![\p{L}])[Dd]ank\s+(?:(?:(?:der|des|dem|den|einer|eines|seiner|ihrer)\s+)?(?:[\p{Ll}-]+\s+(?:und\s+[\p{Ll}-]+\s+)?)?\p{Lu}\p{Ll}+\s+(?:von|des|der)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;
const INSTEAD_OF = /(?<![\p{L}])(?:[Ss]tatt|[Aa]nstatt|[Aa]nstelle(?:\s+von)?|an\s+Stelle\s+von|in\s+Vertretung\s+von)\s+(?:(?:des|der|dem|den)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const COMPARED = /(?<![\p{L}])(?:[Aa]nders\s+als|[Ii]m\s+(?:Gegensatz|Unterschied)\s+zu[mr]?|[Ää]hnlich\s+wie)\s+(?:(?:der|die|das|dem|den|des|beim|bei|von|vom|sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer)\s+|\p{Lu}[\p{L}-]*\s+|\p{Ll}+(?:e|en|er|em|es)\s+){0,5}$/u;
// Each pattern asks for a word most texts before a name lack.
const isContext = (before: string) =>
  (before.includes('unter') && UNDER_LEADER.test(before)) || (before.includes('ank ') && THANKS_TO.test(before)) || (before.includes('statt') || before.includes('Stelle') || before.includes('Vertretung') ? INSTEAD_OF.test(before) : false) || ((before.includes('nders als') || before.includes('Gegensatz') || before.includes('Unterschied') || before.includes('hnlich wie')) && isComparedPerson(before));

// "Anders als Präsident X traf Merz …" compares a person; "anders als der Besuch von X" names a
// meeting of X's own, which has X as its participant (trigger-owners.ts).
function isComparedPerson(before: string): boolean {
  const compared = COMPARED.exec(before);
  return compared !== null && findMeetingTriggers(compared[0]).length === 0;
}

// "Tusk informierte anschließend Präsident Macron und Premier Starmer über das Treffen": who is
// told about a meeting afterwards was not at it. Not who is named after "über" ("über das
// Treffen mit Putin": Putin was there).
const INFORMS = /(?<![\p{L}])(?:informiert|informierte|informierten|unterrichtet|unterrichtete|unterrichteten)\s/u;
const ABOUT_MEETING = /^[^.;:!?]{0,200}?\süber\s+(?:das|den|die|dem|sein|seine|ihr|ihre)\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*)/u;

const OBJECT_NEXT = /^\s+(?:seinen|seine|ihren|ihre|den|die|alle)\s+(?:\p{Ll}+e[nr]?\s+)?\p{Lu}/u;

function isInformedOfMeeting(text: string, hit: ActorHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 200), hit.start);
  if (!before.includes('informiert') && !before.includes('unterrichtet')) return false;
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  if (!INFORMS.test(clause) || / über\s/u.test(clause.slice(clause.search(INFORMS)))) return false;
  const after = text.slice(hit.end, hit.end + 240);
  // "informierte Putin seinen Kollegen über das Treffen": an object after the name makes it the subject, who informs.
  if (OBJECT_NEXT.test(after)) return false;
  const about = ABOUT_MEETING.exec(after);
  return about !== null && findMeetingTriggers(about[1]!).length > 0;
}

// "Trump schickt Witkoff nach Berlin", "Trump hat seinen Gesandten nach Moskau geschickt": who
// sends someone stays at home.
const SENDS = /^\s+(?:(?:schickt|schickte|entsendet|entsandte|entsendete)(?![\p{L}])|(?:hat|hatte|will|wollte|wird|soll)\s[^,;:.!?]*\s(?:geschickt|entsandt|entsendet|schicken|entsenden)(?![\p{L}]))/u;

// "Burns, der für US-Präsident Joe Biden die Gespräche koordiniert", "im Auftrag von Trump": the
// one talks are held for sends others; he does not sit at the table. ("Für Selenskyj war sein
// Treffen wichtig" is about him: only a relative clause or "im Auftrag" says on whose behalf.)
const ON_BEHALF = /(?:(?:^|[\s,])(?:der|die)\s+für|(?:^|\s)im\s+Auftrag\s+von)\s+(?:(?:den|dem|die|der|seinen|seinem|ihren|ihrem)\s+)?(?:\p{Ll}+\s+)?(?:[\p{L}-]+\s+)?$/u;

// "seit dem Amtsantritt von US-Präsident Trump", "nach der Vereidigung des Präsidenten X": the
// holder of an office is named to tell the time, not as a guest.
const OFFICE_TAKEN_BY = /(?<![\p{L}])(?:Amtsantritts?|Amtseinführung|Amtsübernahme|Amtszeit|Vereidigung|Wiederwahl)\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const isOfficeTakenBy = (before: string) => (before.includes('Amts') || before.includes('Vereidigung') || before.includes('Wiederwahl')) && OFFICE_TAKEN_BY.test(before);

// "Witkoff, der Berater von Präsident Trump", "ein Vertrauter des Kremlchefs Putin": the
// person a relation points to is named to describe someone else.
const RELATION_OF = /(?<![\p{L}])(?:Schwiegersohn|Schwiegervater|Sohn|Tochter|Ehefrau|Ehemann|Vertraute[rn]?|Emissär|Sprecher(?:in)?|Berater(?:in)?|Gesandte[rn]?|Sondergesandte[rn]?)\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,2}$/u;

// "Witkoff, ein enger Verbündeter von Präsident Trump, reist nach Moskau", "Lammy, der Amtsvorgänger
// des Premiers Starmer, …": a name in an apposition to the person before it only describes that
// person; the verb is the first person's. Any noun for a person does ("-er", "-e", "-in",
// "Freund"), not only the relations above; not a meeting word ("Rubio, der Gast von Lawrow") nor a
// counterpart. "Vetëvendosje, die Partei des Premiers Kurti" describes no person.
const APPOSITION_OF = /(?:\p{Lu}[\p{L}-]*),\s+(?:ein|eine|der|die)\s+(?:\p{Ll}+(?:e|en|er|es)\s+){0,2}(\p{Lu}\p{Ll}*(?:er|e|in|[Ff]reund|ling))\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,3}$/u;

function describesOther(before: string): boolean {
  if (!before.includes(', ')) return false;
  const noun = APPOSITION_OF.exec(before)?.[1];
  return noun !== undefined && !COUNTERPART.test(noun) && findMeetingTriggers(noun).length === 0;
}

// "Laut Rubio dürften an einem Treffen …", "Nach Angaben von Peskow", "nach Angaben Peskows",
// "Rubio zufolge": who tells of the meeting is a source, not a guest.
// "laut Kremlberater Uschakow und russischem Außenminister Lawrow": a list of sources,
// each perhaps with an adjective before its role.
const SOURCE_BEFORE = /(?:^|[^\p{L}])(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Worten|Darstellung|Aussage|Einschätzung)(?:\s+(?:von|des|der))?)\s+(?:(?:\p{Ll}+(?:em|en|er)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}und\s+)?(?:\p{Ll}+(?:em|en|er)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const SOURCE_AFTER = /^\s+zufolge(?![\p{L}])/u;

// "nach Angaben von Moskaus Chefunterhändler Medinski": the head of a delegation tells of his own talks.
const NEGOTIATOR_BEFORE = /(?:Verhandlungsführer|Verhandlungschef|Delegationsleiter|Delegationschef|Chefunterhändler|Unterhändler)(?:in)?\s+$/u;

// "laut mehreren Zeitungsberichten Kanzler Merz": the source is the reports.
const REPORTS = /(?:[Bb]ericht|[Mm]edien|Angaben|Informationen|Kreise|Quellen|Agentur|Zeitung|Sender)/u;

function isSource(text: string, hit: ActorHit): boolean {
  if (NEGOTIATOR_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start))) return false;
  const source = SOURCE_BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start));
  return (source !== null && !REPORTS.test(source[0].replace(/^\P{L}*\p{L}+\s+(?:(?:Angaben|Worten|Darstellung|Aussage|Einschätzung)\s+(?:(?:von|des|der)\s+)?)?/u, ''))) || SOURCE_AFTER.test(text.slice(hit.end, hit.end + 12));
}

/** "Preiß: Herr Wadephul, …": the name that labels a line of an interview speaks, it does not meet. */
export function isSpeakerLabel(text: string, hit: ActorHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  return text.slice(lineStart, hit.start).trim() === '' && /^\s*:/u.test(text.slice(hit.end, hit.end + 3));
}

// "Gespräche über den Gaza-Plan von US-Präsident Trump": the author of the plan discussed is its
// topic, not at the table.
// So is the one whose hopes, demands or stance a meeting crosses: "das Treffen enttäuschte die
// Forderungen des polnischen Regierungschefs Tusk".
const AUTHOR = /(?:[Pp]lan|[Pp]läne|[Vv]orschlag|[Vv]orschläge|[Ii]nitiative|[Ee]ntwurf|[Kk]onzept|Erwartung(?:en)?|Hoffnung(?:en)?|Forderung(?:en)?|Wunsch|Wünsche|Position|Haltung|Kritik|Drohung(?:en)?|Warnung(?:en)?|Ultimatum|Bedingung(?:en)?)\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,3}$/u;

// "über den von US-Präsident Trump vorgelegten Friedensplan", "zu der von Macron angestoßenen
// Initiative": the one a participle names as a plan's author is its topic, as in "Plan von X".
const AUTHORED_BY = /^\s+(?:\p{Ll}+\s+)?(?:ge|vor|an|aus|ein|er|ver|\p{Ll}+ier)\p{Ll}*(?:ten|tes|enen|enes)\s+(?:\p{Ll}+(?:en|es)\s+)?\p{Lu}\p{Ll}*(?:[Pp]lan|[Pp]läne|[Pp]lans|[Vv]orschlag|[Vv]orschlags|[Vv]orschläge|[Ii]nitiative|[Ee]ntwurf|[Ee]ntwurfs|[Kk]onzept|[Kk]onzepts)(?![\p{L}])/u;
const isAuthorByParticiple = (text: string, hit: ActorHit) => /(?<![\p{L}])von\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(Math.max(0, hit.start - 50), hit.start)) && AUTHORED_BY.test(text.slice(hit.end, hit.end + 80));

const COUNTERPART = /^(?:Amtskolleg\p{L}*|Kolleg\p{L}*|Gegenüber|Gegenpart|Gesprächspartner\p{L}*|Verhandlungspartner\p{L}*)$/u;

// "Unter dem Druck von US-Präsident Trump haben Gespräche begonnen": who presses is not at the table.
const PRESSURE = /(?:[Uu]nter\s+(?:dem\s+)?Druck|[Aa]uf\s+Druck|[Aa]uf\s+Drängen)\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// "Nach dem Zerwürfnis zwischen Macron und Meloni beraten …": "zwischen" belongs to the noun
// before it; when that is no meeting word ("Bruch", "Streit"), its people meet no one here.
const BETWEEN = /(?<![\p{L}])(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines)\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*)\s+zwischen\s+(?:[^,;:.]*\s)?$/u;

function betweenOther(text: string, hit: ActorHit): boolean {
  const match = BETWEEN.exec(text.slice(Math.max(0, hit.start - 120), hit.start));
  return match !== null && findMeetingTriggers(match[1]!).length === 0;
}

// "einer Unterstützung Putins", "die Politik Trumps": a genitive after its noun owns that noun.
const OWNED_BEFORE = /(?<![\p{L}])(?:der|die|das|dem|den|des|einer|eines|einem|eine)\s+(?:\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\s+$/u;

function possessor(text: string, hit: ActorHit): boolean {
  const surface = text.slice(hit.start, hit.end);
  const rest = text.slice(hit.end, hit.end + 40);
  const genitive = (/(?:s|'s|’s)$/.test(surface) && !hit.name.endsWith(surface)) || /^(?:s|'s|’s)(?!\p{L})/u.test(rest);
  const ownedBefore = genitive ? OWNED_BEFORE.exec(text.slice(Math.max(0, hit.start - 50), hit.start))?.[1] : undefined;
  if (ownedBefore !== undefined && findMeetingTriggers(ownedBefore).length === 0 && !COUNTERPART.test(ownedBefore)) return true;
  const owned = (genitive ? /^(?:s|'s|’s)?\s+(\p{Lu}[\p{L}-]*)/u : /^-(\p{Lu}[\p{L}-]*)/u).exec(rest)?.[1];
  // "ein Treffen mit Witkoffs Amtskollegen": who meets their counterpart is at the table too.
  return owned !== undefined && findMeetingTriggers(owned).length === 0 && !COUNTERPART.test(owned);
}

// "sagte Präsident Selenskyj in Kiew nach den Beratungen in Genf", "Selenskyj stellt den Zeitplan
// der Gespräche infrage", "Selenskyj zeigte sich zufrieden mit den Gesprächen", "Merz sieht
// Fortschritte bei den Gesprächen": who speaks about a meeting named as a noun comments on it;
// so does "Peskow hat sich zu den Gesprächen in Genf geäußert" (or "werde sich … äußern"), and
// who points to one ("Macron hatte auf anstehende Gespräche mit X hingewiesen", "verwies auf die Gespräche").
// So does who judges one or its venue ("X hält Genf für einen guten Ort für ein Treffen von A und B").
const SAYS_BEFORE = /(?<![\p{L}])(?:sagte|sagten|sagt|erklärte|erklärt|betonte|betont|meinte|kritisierte|warnte|bezweifelte|bezweifelt|schrieb|lobte)\s+(?:\p{L}[\p{L}.-]*\s+){0,3}$/u;
const SAYS_AFTER = /^(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|kritisierte|warnte|bezweifelt\p{L}*|(?:stellt|stellte)\s+[^,;:]*\sinfrage|(?:geht|ging)\s+[^,;:]*\saus|(?:zeigt|zeigte|zeigen|zeigten|äußert|äußerte|äußerten)\s+sich|(?:hat|hatte|haben|hatten|wird|werde|werden|würde|will|wollte|soll|sollte)\s+sich\s+(?:[^,;:.!?]*\s)?(?:geäußert|äußern)|(?:sieht|sehen|sah|sahen)(?!\s+sich)|(?:hält|hielt|halten|hielten)\s+[^,;:]*\sfür|begrüßt|begrüßte|begrüßten|lobt|lobte|bewertet|bewertete|(?:weist|wies|wiesen)\s+[^,;:]*\shin|(?:hat|hatte|haben|hatten)\s+(?:[^,;:.!?]*\s)?hingewiesen|(?:verweist|verwies|verwiesen)\s+(?:[^,;:.!?]{0,30}\s)?auf(?!\s+(?:sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem)\s))(?![\p{L}])/u;

/** Whether the person at `at` only comments on the meeting of the clause that begins at `from`. */
export function isCommenter(text: string, at: number, from: number): boolean {
  const before = text.slice(from, at);
  // "Nach einem Telefonat mit Erdoğan erklärte Selenskyj": who speaks after a call or talk "mit X"
  // had it, and X, in the phrase of the call, speaks to no one here.
  if (AFTER_TALKING_WITH.test(before) || WITH_BEFORE.test(before)) return false;
  const end = text.slice(at).search(/[,;:.!?]/u);
  const rest = text.slice(at, end < 0 ? undefined : at + end).replace(/^\p{Lu}[\p{L}-]*/u, '');
  return SAYS_BEFORE.test(before) || (SAYS_AFTER.test(rest) && !saysAfterOwnMeeting(rest));
}

// "Lührmann sagte nach dem Treffen mit Nehammer, …", "Orbán erklärte nach seinem Telefonat mit
// Xi, …": who speaks after a meeting "mit X", owned by no one else, had it.
const SAYS_AFTER_MEETING_WITH = /^(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte)\s+(?:am\s+\p{Lu}\p{Ll}+\s+)?(?:nach|bei|beim|während)\s+(?:(?:dem|seinem|ihrem|des|seines|ihres)\s+)?(?:\p{Ll}+(?:en|em|es)\s+)?(\p{Lu}\p{L}*)\s+mit\s/u;

function saysAfterOwnMeeting(rest: string): boolean {
  const noun = rest.includes(' mit ') ? SAYS_AFTER_MEETING_WITH.exec(rest)?.[1] : undefined;
  return noun !== undefined && findMeetingTriggers(noun).length > 0;
}

const AFTER_TALKING_WITH = /^\s*(?:[Nn]ach|[Vv]or)\s+(?:einem|dem|seinem|ihrem)\s+(?:\p{Ll}+\s+)?(?:Telefonat|Telefongespräch|Gespräch|Treffen)\s+mit\s/u;
const WITH_BEFORE = /(?<![\p{L}])mit\s+(?:[\p{L}-]+\s+){0,4}$/u;

// "am Rande der Trauerfeier für Papst Franziskus": the one a funeral or a memorial honours is not
// among those who meet there; nor is the one a visit to his tomb or monument honours ("besuchte
// das Mausoleum des polnischen Marschalls Józef Piłsudski", "Kranz am Grab von X").
const HONOURED = /(?<![\p{L}])(?:Trauerfeier\p{L}*|Trauergottesdienst\p{L}*|Beisetzung|Beerdigung|Begräbnis\p{L}*|Gedenkfeier\p{L}*|Totenmesse|Requiem\p{L}*|Mausoleum|Grab|Grabmal|Grabstätte|Denkmal|Gedenkstätte)\s+(?:für\s+(?:den\s+|die\s+)?|des\s+|der\s+|von\s+)(?:\p{Ll}+(?:en|e)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;

const FUNERAL = /Trauer|Beisetzung|Beerdigung|Begräbnis|Gedenkfeier|Totenmesse|Requiem|Mausoleum|Grab|Denkmal|Gedenkstätte/;
// Asked for every participant of every meeting: whether the article speaks of a funeral at all is
// looked up once per text.
let lastText = '';
let lastMourns = false;

/** Whether the person at `at` is the one a funeral or memorial just before honours. */
export function isHonoured(text: string, at: number): boolean {
  if (text !== lastText) [lastText, lastMourns] = [text, FUNERAL.test(text)];
  return lastMourns && HONOURED.test(text.slice(Math.max(0, at - 80), at));
}
