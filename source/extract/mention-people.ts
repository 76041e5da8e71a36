// The people a meeting mention takes from around its own clause: the name a relative clause
// hangs on, "er" and "die beiden" from the sentence before, the speaker of "sagte, sie habe …".
import {namesOnly, namingHead, namingTail} from './appositions.js';
import type {Clause} from './clauses.js';
import {findDelegations, type SideName, sideName} from './delegations.js';
import type {MentionSource} from './mentions.js';
import {type Person, peopleIn} from './participants.js';
import {findPlaces, type PlaceHit} from './places.js';
import type {Sentence} from './sentences.js';

// "er", or "der 78-Jährige" for the person just named.
const HE = /(?<![\p{L}])(?:[Ee]r|[Dd]er\s+\d{2,3}-[Jj]ährige)(?![\p{L}])/u;
// The subjunctive of reported speech: "es wäre gut", "er werde".
const REPORTED = /(?<![\p{L}])(?:sei|seien|wäre|wären|habe|hätte|hätten|werde|würde|würden|könne|könnte|müsse|solle|wolle)(?![\p{L}])/u;
// "der" or "die" right after a name: a relative pronoun that stands for that person.
const RELATIVE_PERSON = /^\s*(?:der|die|den|dem)\s/u;
// Also the Perfekt of saying: "Starmer hat mitgeteilt, er habe mit Tusk telefoniert".
const REPORTING = /(?<![\p{L}])(?:sagte|sagten|sagt|gesagt|erklärte|erklärten|erklärt|teilte|teilten|mitteilte|mitgeteilt|berichtete|berichteten|berichtet|schrieb|schrieben|geschrieben|betonte|betont|meldete|gemeldet|bestätigte|bestätigt|hieß|zufolge|laut|Laut)(?![\p{L}])/u;
const PRONOUN = /(?:^|\s)(?:er|sie)\s/u;
const OBJECT_PRONOUN = /(?<![\p{L}])(?:[Ii]hm|[Ii]hr|[Ii]hnen|[Mm]it\s+ihm|[Mm]it\s+ihr)(?![\p{L}])/u;

/**
 * "Selenskyj, der Trump am Freitag getroffen hatte": a relative clause that reports a meeting has
 * the person it hangs on as a participant, when the clause before ends on that person's name.
 */
export function antecedent(source: MentionSource, sentence: Sentence, before: Clause, clause: Clause): Person[] {
  if (!RELATIVE_PERSON.test(clause.text)) return [];
  const end = sentence.start + before.start + before.text.trimEnd().length;
  return peopleIn(source, sentence.start + before.start, before.text.length).filter(person => {
    const hit = source.hits.find(h => h.start === person.at);
    return hit !== undefined && end - hit.end <= 1;
  });
}

/**
 * "Vučić kündigte an … In Belgrad empfing er am Montag den Botschafter": "er" as the one who
 * meets is the person the sentence before began with, when it is the same paragraph.
 */
export function referent(source: MentionSource, s: number, clauseHead: string, clauseStart = 0, depth = 0): Person[] {
  if (!HE.test(clauseHead) && !isEpithet(clauseHead)) return roleReferent(source, s, clauseHead);
  // "Höhepunkt erwartet Steinmeier schon vorher: Am 22. September wird er im Vatikan empfangen":
  // in a later clause "er" is the subject named earlier in the same sentence.
  const sentence = source.sentences[s]!;
  const earlier = clauseStart > 0 ? subjectAmong(source, sentence.start, peopleIn(source, sentence.start, clauseStart)) : null;
  if (earlier) return [earlier];
  const previous = source.sentences[s - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return [];
  const people = peopleIn(source, previous.start, previous.end - previous.start);
  const subject = subjectAmong(source, previous.start, people);
  // "Zuletzt sprach er mit dem Kremlchef. Der Amerikaner war …": when the sentence before has
  // only "er" for its subject and names others in phrases, "er" goes on back.
  const text = source.text.slice(previous.start, previous.end);
  if (!subject && depth < 2 && (HE.test(text) || isEpithet(text))) return referent(source, s - 1, text, 0, depth + 1);
  // "… sagte Stubb. Es wäre hilfreich, wenn … Am Montag werde er mit Putin sprechen": a
  // sentence between that names no one, both in reported speech, leaves "er" to the speaker before it.
  if (!people.length && depth < 2 && REPORTED.test(text) && REPORTED.test(clauseHead)) return referent(source, s - 1, clauseHead, 0, depth + 1);
  return [subject ?? people[0]].filter((p): p is Person => p !== undefined);
}

// "Witkoff hat den Kreml besucht. Der Amerikaner traf dort …": a subject named by nationality or
// party with no name after it ("der Republikaner", "die Französin") stands for the person just
// named, as "er" does. Not "der Amerikaner Witkoff" (a name follows), nor "dem/den Amerikaner".
const EPITHET = /(?<![\p{L}])(?:[Dd]er\s+(?:Amerikaner|Russe|Ukrainer|Franzose|Brite|Italiener|Spanier|Pole|Türke|Chinese|Ungar|Israeli|Republikaner|Demokrat|Sozialdemokrat|Christdemokrat|Konservative|Milliardär|Unternehmer)|[Dd]ie\s+(?:Amerikanerin|Russin|Ukrainerin|Französin|Britin|Italienerin|Spanierin|Polin|Türkin|Republikanerin|Demokratin|Sozialdemokratin|Christdemokratin|Konservative|Unternehmerin))(?![\p{L}-])(?!\s+\p{Lu})/u;
const isEpithet = (clauseHead: string) => (clauseHead.includes('er ') || clauseHead.includes('ie ')) && EPITHET.test(clauseHead);

// "Kaum im Amt, besuchte der neue Kanzler Paris": a definite role with no name after it. Not one
// of a country ("der französische Präsident", role-phrases.ts reads those) nor a former holder.
const ROLE_SUBJECT = /(?<![\p{L}])(?:[Dd]er|[Dd]ie)\s+((?:\p{Ll}+\s+|am\s+\p{Lu}\p{Ll}+\s+){0,3})((?:\p{Lu}[\p{L}-]*?)?(?:[Kk]anzler|[Pp]räsident|[Pp]remierminister|[Rr]egierungschef|[Ss]taatschef|[Aa]ußenminister|[Vv]erteidigungsminister))(?:in)?(?![\p{L}-])(?!\s+\p{Lu})/u;
const OTHER_HOLDER = /(?:isch|ehemalig|früher|einstig|damalig|vormalig|künftig|designiert|stellvertretend)/u;

/**
 * The person a role subject points back to: the one last named with that role before the
 * sentence ("Bundeskanzler Friedrich Merz … besuchte der neue Kanzler"), when the role names no
 * one itself.
 */
function roleReferent(source: MentionSource, s: number, clauseHead: string): Person[] {
  if (!clauseHead.includes('der ') && !clauseHead.includes('die ') && !clauseHead.includes('Der ')) return [];
  const role = ROLE_SUBJECT.exec(clauseHead);
  if (!role || OTHER_HOLDER.test(role[1]!)) return [];
  const sentence = source.sentences[s]!;
  // "der US-Präsident" is who was named "US-Präsident", "der Präsident" not one named "US-Präsident";
  // "der neue Kanzler" also one named "Bundeskanzler" (there is one chancellor).
  const title = role[2]!;
  const namedAs = title === 'Kanzler' ? (before: string) => before.includes('anzler') : (before: string) => before.includes(title) && !before.includes(`-${title}`) && !new RegExp(`\\p{L}${title}`, 'u').test(before);
  const named = peopleIn(source, 0, sentence.start).filter(p => namedAs(source.text.slice(Math.max(0, p.at - 40), p.at)));
  return named.slice(-1);
}

/** The first of `people` (from a text at `from`) named neither inside a phrase with a preposition nor as an object. */
function subjectAmong(source: MentionSource, from: number, people: Person[]): Person | null {
  // "Nach einem Telefonat mit Putin will Trump …": the sentence began with Trump, its subject, not
  // with the one named in the phrase before him.
  return people.find(p => !IN_PHRASE_BEFORE.test(source.text.slice(from, p.at)) && !OBJECT_BEFORE.test(source.text.slice(from, p.at))) ?? null;
}

// "empfing er den ukrainischen Präsidenten Selenskyj": a name after an article no subject takes.
const OBJECT_BEFORE = /(?<![\p{L}])(?:den|dem|einen|einem|seinen|seinem|ihren|ihrem)\s+(?:[\p{L}-]+\s+){0,3}$/u;
// A name right after a preposition, its article and role words ("mit dem russischen Präsidenten").
const IN_PHRASE_BEFORE = /(?<![\p{L}])(?:mit|von|vom|bei|beim|gegen|über|für|ohne|zu|zum|zur|an|am|auf|nach|laut)\s+(?:(?:de[mnrs]|die|das|einem|einer|eines|seinem|seiner|ihrem|ihrer)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "Lubinez und seine Kollegin Moskalkowa … Die beiden hatten sich im Dezember getroffen": a
 * counted plural who meet are the people the sentence before named, as many as it counts.
 */
export function group(source: MentionSource, s: number, clauseHead: string): Person[] {
  const match = GROUP.exec(clauseHead);
  // "Die Präsidenten hatten sich getroffen": a plural role that meets "sich" is a pair.
  const count = (match?.[1] ?? match?.[2] ?? match?.[3] ?? (rolesMeet(clauseHead) ? 'beide' : undefined))?.toLowerCase();
  const previous = source.sentences[s - 1];
  if (!count) return [];
  const size = GROUP_SIZE[count] ?? 2;
  const nearby = previous && previous.paragraph === source.sentences[s]!.paragraph ? groupNearby(source, s, size) : [];
  return nearby.length ? nearby : titled(source, s, clauseHead, size);
}

const distinct = (people: Person[]) => people.filter((p, i, all) => all.findIndex(q => q.id === p.id) === i);

/** The pair (or trio) of group() among the sentences just before, in the same paragraph. */
function groupNearby(source: MentionSource, s: number, size: number): Person[] {
  const previous = source.sentences[s - 1]!;
  const people = distinct(peopleIn(source, previous.start, previous.end - previous.start));
  if (people.length === size) return people;
  // "Rubio deutete an, dass Trump und Selenskyj sich treffen könnten. Die beiden …": a pair named
  // with "und" at the end of the sentence before.
  if (people.length > size) return pairAtEnd(source.text, people, size);
  // "… empfing Witkoff. Auch Kushner nimmt teil. Beide waren …": the last ones named over the
  // sentences before, up to three back in the same paragraph.
  let wider = people;
  for (let back = 2; back <= 3 && wider.length < size; back++) {
    const earlier = source.sentences[s - back];
    if (!earlier || earlier.paragraph !== previous.paragraph) return [];
    wider = distinct([...peopleIn(source, earlier.start, earlier.end - earlier.start), ...wider].reverse()).reverse();
  }
  return wider.length >= size ? wider.slice(-size) : [];
}

// "Die beiden Präsidenten hatten … telefoniert", with the pair named paragraphs before ("US-Präsident
// Trump will … mit Russlands Präsident Putin telefonieren"): the last two named with that title.
const TITLED_GROUP = /(?<![\p{L}])(?:beiden|zwei|beide)\s+(Präsidenten|Staatschefs|Regierungschefs|Außenminister|Aussenminister|Verteidigungsminister)(?![\p{L}])/u;
const SINGULAR: Record<string, string> = {Präsidenten: 'Präsident', Staatschefs: 'Staatschef', Regierungschefs: 'Regierungschef', Außenminister: 'Außenminister', Aussenminister: 'Aussenminister', Verteidigungsminister: 'Verteidigungsminister'};

function titled(source: MentionSource, s: number, clauseHead: string, size: number): Person[] {
  const plural = TITLED_GROUP.exec(clauseHead)?.[1];
  if (!plural) return [];
  const title = SINGULAR[plural]!;
  const named = peopleIn(source, 0, source.sentences[s]!.start).filter(p => source.text.slice(Math.max(0, p.at - 40), p.at).includes(title));
  const lastNamed = distinct(named.reverse()).reverse();
  return lastNamed.length >= size ? lastNamed.slice(-size) : [];
}

// "die beiden Seiten", "beide Länder" are sides, not people: delegations.ts reads them.
const NOT_PEOPLE = String.raw`(?!\s+(?:Seiten|Länder|Staaten|Delegationen|Parteien|Regierungen|Teams|Lager|Treffen|Gespräche|Tage|Wochen|Male)(?![\p{L}]))`;
const PLURAL_ROLE = String.raw`(?:Präsidenten|Staatschefs|Staatsoberhäupter|Regierungschefs|Außenminister|Aussenminister|Verteidigungsminister|Amtskollegen)(?![\p{L}])`;
const GROUP = new RegExp(String.raw`(?<![\p{L}])(?:[Dd]ie\s+(beiden|zwei|drei|vier)${NOT_PEOPLE}|(Beide)${NOT_PEOPLE}|(beide)(?=\s+${PLURAL_ROLE}))(?![\p{L}])`, 'u');
const ROLES = new RegExp(String.raw`(?<![\p{L}])[Dd]ie\s+${PLURAL_ROLE}`, 'u');
const RECIPROCAL = /(?<![\p{L}])(?:sich|miteinander|einander)(?![\p{L}])/u;
const rolesMeet = (head: string) => ROLES.test(head) && RECIPROCAL.test(head);

/** The last `size` people of the sentence when they are joined by "und" ("… dass Trump und Selenskyj …"). */
function pairAtEnd(text: string, people: Person[], size: number): Person[] {
  const last = people.slice(-size);
  const hits = last.map(p => p.at);
  for (let i = 1; i < hits.length; i++) if (!/^[^,;:.!?]{0,40}(?:\sund\s|,\s)/u.test(text.slice(hits[i - 1]!, hits[i]!))) return [];
  return last;
}
const GROUP_SIZE: Record<string, number> = {beiden: 2, beide: 2, zwei: 2, drei: 3, vier: 4};

// "Ihr letztes Gespräch liegt Wochen zurück", "seit ihrem Treffen in Oslo", "ein Treffen der
// beiden in Rom", "eine Begegnung zwischen beiden": a meeting noun owned by "ihr" or told "of
// the two" is the pair's the sentences just before named. Not "ihr Treffen mit X": a woman's own
// meeting with someone the clause names.
const PAIR_OWNS = /(?<![\p{L}])[Ii]hr(?:e|em|en|es|er)?\s+(?:\p{Ll}+\s+){0,3}$/u;
// "das erste Telefonat der beiden", after a call just told, counts that call (not-meetings.ts).
const FIRST_ONE = /(?<![\p{L}])(?:erst|zweit|dritt|viert|fünft)\p{Ll}*\s+(?:\p{Ll}+\s+){0,2}$/u;
const OF_THE_PAIR = new RegExp(String.raw`^\s*(?:der|zwischen)\s+(?:den\s+)?beiden(?:\s+${PLURAL_ROLE})?(?![\p{L}])(?!\s+\p{Lu})`, 'u');

/** The pair a meeting noun belongs to by "ihr …" before it or "der beiden" after it. */
export function pairOfNoun(source: MentionSource, s: number, beforeNoun: string, afterNoun: string): Person[] {
  const owned = beforeNoun.includes('hr') && PAIR_OWNS.test(beforeNoun) && !/^\s*mit\s/u.test(afterNoun);
  if (!owned && !(afterNoun.includes('beiden') && OF_THE_PAIR.test(afterNoun) && !FIRST_ONE.test(beforeNoun))) return [];
  const previous = source.sentences[s - 1];
  return previous && previous.paragraph === source.sentences[s]!.paragraph ? groupNearby(source, s, 2) : [];
}

const FIRST_PERSON = /(?<![\p{L}])(?:[Ii]ch|[Mm]ich|[Mm]ir)(?![\p{L}])/u;
const LABEL = /^\s*(\p{Lu}[\p{L}-]+):\s/u;

/**
 * "Wadephul: Ich werde … Sybiha treffen": in an interview "ich" is the person whose name labels
 * the answer.
 */
export function speaker(source: MentionSource, sentence: Sentence, clauseHead: string): Person[] {
  if (!FIRST_PERSON.test(clauseHead)) return [];
  const lineStart = source.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const label = LABEL.exec(source.text.slice(lineStart, sentence.end));
  if (!label) return [];
  const hit = source.hits.find(h => h.start === lineStart + label[0].indexOf(label[1]!));
  return hit ? [{id: hit.id, name: hit.name, side: source.sideOf(hit.id), at: hit.start}] : [];
}

// Nothing but a preposition and an article or adjective before the meeting word: "bei
// dreistündigen Gesprächen", "an den Verhandlungen".
const OPENS_WITH_MEETING = /^\s*(?:(?:bei|beim|an|in|zu|zum|zur|mit)\s+)?(?:(?:den|dem|der|die|einem|einer|ihren|seinen)\s+)?(?:\p{Ll}+\s+)?$/u;

// Or a finite verb, the subject before it: "Witkoff und …, Jared Kushner, wollen die Delegation treffen".
// "sagte" reports speech, "sagte … ab" (absagen) does not.
const OPENS_WITH_VERB = /^\s*(?!(?:der|die|das|den|dem|des|ein|eine|einen|und|oder|aber|sondern|um|dass|ob|wenn|weil|als|wie|wo|sowie|so|(?:sagte|sagt)(?![^,;:.!?]*\sab(?![\p{L}]))|hieß|teilte|schrieb|berichtete|erklärte|zufolge)(?![\p{L}]))\p{Ll}+\s/u;

// The article and adjectives that open an apposition of description: "Witkoff, ein enger
// Vertrauter von Präsident Trump, packt …" (the words after them only name).
const DESCRIBING_OPENING = /^\s*(?:ein|eine|der|die)\s+(?:\p{Ll}+(?:e|en|er|es)\s+){0,2}/u;

/**
 * "Witkoff und der Schwiegersohn von Trump, Jared Kushner, bei Gesprächen mit Putin", "dass
 * Kushner, der Schwiegersohn von Trump, an den Gesprächen teilnehme": a clause that opens with its
 * meeting word right after an apposition between commas has the subject named before the
 * apposition, and the apposition's name.
 */
export function beforeApposition(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number, beforeTrigger: string, isVerb: boolean): Person[] {
  const before = clauses[c - 1];
  // A finite verb's subject is the meeting verb's, not that of a meeting noun after it.
  if (!before || !(OPENS_WITH_MEETING.test(beforeTrigger) || ((isVerb || PARTAKING_AFTER.test(clauses[c]!.text)) && OPENS_WITH_VERB.test(beforeTrigger)))) return [];
  const namedIn = (clause: Clause, tail: string) => peopleIn(source, sentence.start + clause.start + clause.text.trimEnd().length - tail.length, tail.length);
  // The apposition kept in the clause before: "… und der Schwiegersohn von Trump, Jared Kushner".
  const own = namingTail(before.text);
  if (own.trimEnd().replace(/,$/u, '').includes(',')) return namedIn(before, own);
  // Or a clause of its own: "dass Kushner, der Schwiegersohn von Trump, an den Gesprächen …".
  const head = clauses[c - 2];
  if (!head) return [];
  // Or a relative clause: "Medinski, der einst Kulturminister war, war an den Gesprächen beteiligt".
  if (RELATIVE_ASIDE.test(before.text) && (isVerb || PARTAKING_AFTER.test(beforeTrigger + clauses[c]!.text))) {
    const tail = namingTail(head.text);
    return tail.trim() ? namedIn(head, tail).slice(-1) : [];
  }
  if (!namesOnly(before.text) && !namesOnly(before.text.replace(DESCRIBING_OPENING, ''))) return [];
  const tail = namingTail(head.text);
  return tail.trim() ? [...namedIn(head, tail), ...namedIn(before, before.text.trimEnd())] : [];
}

const RELATIVE_ASIDE = /^\s*(?:der|die|den|dem|welcher|welche)\s/u;
// Leading a delegation is taking part: "X, Minister für …, soll bei den Gesprächen die Delegation anführen".
const PARTAKING_AFTER = /(?<![\p{L}])(?:beteiligt|teilgenommen|teilnahm|teilnahmen|teilnehmen|dabei|anführen|anführt|anführte|leiten|leitet|leitete)(?![\p{L}])/u;

// "…, an dem Dmitrijew sowie Witkoff und Kushner beteiligt waren": a relative clause on the
// meeting noun that says who took part.
// "…, zu denen auch Außenminister Sybiha erwartet wird": an expected or invited guest too.
const PARTAKERS_OPEN = /^\s*(?:an|bei|in|zu)\s+(?:dem|der|denen)\s/u;
const PARTAKERS_VERB = /(?<![\p{L}])(?:beteiligt|teilnahmen|teilnahm|teilnehmen|teilnimmt|teilgenommen|dabei|anwesend|zugegen|erwartet|eingeladen)(?![\p{L}])/u;

/**
 * The people of a relative clause right after clause `c` that tells who takes part, through the
 * appositions its list runs over, up to the clause with the verb of taking part.
 */
export function partakersAfter(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number): Person[] {
  const opening = clauses[c + 1];
  if (!opening || !PARTAKERS_OPEN.test(opening.text)) return [];
  const people: Person[] = [];
  for (let j = c + 1; j < clauses.length && j <= c + 6; j++) {
    people.push(...peopleIn(source, sentence.start + clauses[j]!.start, clauses[j]!.text.length));
    // "…, an dem Rubio oder andere Unterhändler nicht teilnehmen": who stays away takes no part.
    if (PARTAKERS_VERB.test(clauses[j]!.text)) return NOT_TAKING_PART.test(clauses[j]!.text) ? [] : people;
  }
  return [];
}
const NOT_TAKING_PART = /(?<![\p{L}])(?:nicht|nie|niemals)(?![\p{L}])(?!\s+nur)/u;

// "Eine Delegation, bestehend aus A, B und C, wird … teilnehmen", "Neben zehn Regierungschefs,
// unter ihnen auch X, nimmt Y teil": the list before the meeting clause is its company.
const LIST_BEFORE = /^\s*(?:bestehend\s+aus|darunter|unter\s+ihnen|[Nn]eben|zusammen\s+mit|gemeinsam\s+mit)(?![\p{L}])/u;

/**
 * The people of the clauses right before clause `c` that list its company; and when clause `c`
 * begins with "an der Spitze" or with the list's last "und …" ("Rubio, der Gesandte Trumps, Witkoff, und Kushner sollen
 * teilnehmen"), the names and appositions before it, back to the naming words that open the list.
 */
export function listedBefore(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number): Person[] {
  const people: Person[] = [];
  const clauseOf = (j: number) => peopleIn(source, sentence.start + clauses[j]!.start, clauses[j]!.text.length);
  for (let j = c - 1; j >= Math.max(0, c - 3) && LIST_BEFORE.test(clauses[j]!.text); j--) people.unshift(...clauseOf(j));
  if (people.length || !(LIST_END.test(clauses[c]!.text) || AT_THE_HEAD.test(clauses[c]!.text))) return people;
  let j = c - 1;
  for (; j > 0 && j >= c - 4 && namesOnly(clauses[j]!.text); j--) people.unshift(...clauseOf(j));
  const opening = clauses[j];
  const tail = opening ? namingTail(opening.text) : '';
  // A list, not two main clauses: "Merz traf Macron, und Selenskyj nahm teil" is no list.
  if (!opening || (j === c - 1 && !tail.includes(','))) return [];
  return [...peopleIn(source, sentence.start + opening.start + opening.text.trimEnd().length - tail.length, tail.length), ...people];
}

const LIST_END = /^\s*und\s/u;
// "Eine Delegation mit dem Außenminister, X, an der Spitze reist nach Kairo": the head named in the
// apposition before leads the delegation that travels.
const AT_THE_HEAD = /^\s*an\s+der\s+Spitze\s/u;

// "Merz hatte nach dem Telefonat mit Macron angekündigt, dass er sich mit dem Präsidenten treffen
// wolle": "er" in a clause after one of saying or announcing is the one who says it.
const ANNOUNCING = /(?<![\p{L}])(?:angekündigt|kündigte|kündigten|ankündigte|sagte|sagt|gesagt|erklärte|erklärt|teilte|mitgeteilt|betonte|schrieb|geschrieben|bekräftigte|versicherte)(?![\p{L}])/u;
const FINITE_OF_SAYING = /(?<![\p{L}])(?:hat|hatte|haben|hatten|kündigte|kündigten|sagte|sagt|erklärte|erklärt|teilte|betonte|schrieb|bekräftigte|versicherte)(?![\p{L}])/u;
// What he said, with or without "dass": "dass er sich … treffen wolle", "er habe … telefoniert";
// not a condition ("wenn er die Verhandlungen für sinnvoll halte").
const HE_SHE = /^\s*(?:(?:dass|ob)\s+)?(?:er|sie)\s/u;
// Only names, "der"/"die" and adjectives between a finite verb of saying and its subject ("sagte der
// russische Außenminister Lawrow"). One pattern for sayer and sayerAfter.
const SUBJECT_RIGHT_AFTER = /^\s*(?:\p{Lu}[\p{L}-]*\s+|der\s+|die\s+|\p{Ll}+(?:e|en)\s+){0,4}$/u;

// "Lührmann sagte, dass beim Treffen mit Nehammer …", "sagte, nach dem Gespräch mit X sei …": what
// was said opens with a meeting noun whose only company is "mit X"; the speaker had that meeting.
const OPENS_WITH_OWN_MEETING = /^\s*(?:(?:dass|ob)\s+)?(?:beim|bei\s+(?:dem|seinem|ihrem)|nach\s+(?:dem|seinem|ihrem)|im|in\s+(?:seinem|ihrem)|während\s+(?:des|seines|ihres))\s+(?:\p{Ll}+(?:en|em|es)\s+)?$/u;
const NOUN_WITH = /^\p{Lu}\p{L}*\s+mit\s/u;
const opensWithOwnMeeting = (clause: string, beforeTrigger: string) => OPENS_WITH_OWN_MEETING.test(beforeTrigger) && NOUN_WITH.test(clause.slice(beforeTrigger.length));

/** The one who says or announces, for "er" or "sie" in the clause that tells what he said. */
export function sayer(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number, beforeTrigger: string): Person[] {
  const ownMeeting = !HE_SHE.test(beforeTrigger);
  if (ownMeeting && !opensWithOwnMeeting(clauses[c]!.text, beforeTrigger)) return [];
  for (let j = c - 1; j >= 0; j--) {
    const clause = clauses[j]!;
    if (!ANNOUNCING.test(clause.text)) continue;
    const verb = FINITE_OF_SAYING.exec(clause.text);
    if (!verb) return [];
    const at = sentence.start + clause.start + verb.index;
    const people = peopleIn(source, sentence.start + clause.start, clause.text.length);
    // The subject right before the finite verb ("Trump hatte"), or right after it ("sagte Merz").
    const before = people.filter(p => p.at < at && namingTail(source.text.slice(p.at, at)).trim() === source.text.slice(p.at, at).trim()).at(-1);
    const after = people.find(p => p.at > at && SUBJECT_RIGHT_AFTER.test(source.text.slice(at + verb[0].length, p.at)));
    const subject = before ?? after;
    // "Kremlsprecher Peskow sagte, beim Treffen mit X …": a spokesman tells of his master's meeting.
    if (subject && ownMeeting && SPOKESPERSON.test(source.text.slice(Math.max(0, subject.at - 40), subject.at))) return [];
    return subject ? [subject] : [];
  }
  return [];
}

// "…, sagte Selenskyj", "…, schrieb Trump auf seiner Plattform": a reporting clause after what was
// said, its verb first and the one who says it right after.
const SAID_AFTER = /^\s*(?:so\s+|wie\s+)?(?:sagte|sagt|schrieb|schreibt|erklärte|erklärt|betonte|betont|teilte|teilt|berichtete|bekräftigte|versicherte|fügte|ergänzte)\s/u;
// Who speaks for someone else ("sagte Kremlsprecher Peskow") did not meet in their place.
const SPOKESPERSON = /(?:sprecher|sprecherin|berater|beraterin)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/iu;
// "Er habe mit Putin telefoniert", "Das Gespräch mit Trump sei …", "sein Treffen mit Xi": a pronoun
// subject, or a meeting noun whose only company is "mit X". "eine Begegnung mit Rubio" may be anyone's.
const HE_SHE_OPENS = /^\s*(?:(?:dass|ob)\s+)?(?:[Ee]r|[Ss]ie)\s/u;
const WITH_ONLY = /^\s+mit\s/u;
const UNOWNED_NOUN = /(?:^|\s)(?:[Dd]as|[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Ss]ein|[Ss]einem|[Ss]einen|[Ii]hr|[Ii]hrem|[Ii]hren)\s+(?:\p{Ll}+\s+)?$/u;

/**
 * "Er habe am Montag mit Putin telefoniert, schrieb Trump", "Das Gespräch mit Trump sei konstruktiv
 * gewesen, sagte Selenskyj": the one who says so after what was said is the other side of the
 * meeting it tells, when that names only the one met. Not a spokesperson or adviser.
 */
export function sayerAfter(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number, beforeTrigger: string, afterTrigger: string, isNoun: boolean): Person[] {
  if (!(HE_SHE_OPENS.test(beforeTrigger) || (isNoun && WITH_ONLY.test(afterTrigger) && UNOWNED_NOUN.test(beforeTrigger)))) return [];
  for (let j = c + 1; j < clauses.length && j <= c + 2; j++) {
    const clause = clauses[j]!;
    const verb = SAID_AFTER.exec(clause.text);
    if (!verb) continue;
    const from = sentence.start + clause.start + verb[0].length;
    const subject = peopleIn(source, sentence.start + clause.start, clause.text.length).find(p => p.at >= from && SUBJECT_RIGHT_AFTER.test(source.text.slice(from, p.at)));
    return subject && !SPOKESPERSON.test(source.text.slice(from, subject.at)) ? [subject] : [];
  }
  return [];
}

/**
 * "Zur Delegation gehören Budanow, Kyslyzja und der Vizechef des Geheimdienstes, Wadym Skibizkyj.":
 * the names in apposition at the end of the meeting clause's sentence are its company too.
 */
export function appositionsAfter(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number): Person[] {
  const people: Person[] = [];
  for (let j = c + 1; j < clauses.length && j <= c + 3 && namesOnly(listItems(j === c + 1 ? clauses[j]!.text.replace(TOGETHER_WITH, '') : clauses[j]!.text)); j++) people.push(...peopleIn(source, sentence.start + clauses[j]!.start, clauses[j]!.text.length));
  return people;
}

// "Merz will am Sonntag mit Trump telefonieren, gemeinsam mit Präsident Macron und Premier
// Starmer": the company added after the meeting clause, names only, takes part too.
const TOGETHER_WITH = /^\s*(?:gemeinsam|zusammen)\s+mit\s+/u;

// "Die Delegation wird aus A (43), B, dem Chef der Partei C (46) sowie D (56) bestehen.": the list's
// last items, after its "sowie" and before the verb that closes it, are names too.
const CLOSING_VERB = /(?:\s+(?:bestehen|besteht|bestand|bestanden|bestünde|angehören|angehört|angehörten|gehören|gehört|gehörten|zählen|zählt|zählten|teilnehmen|teilnimmt|teil)(?:\s+(?:soll|sollen|sollte|sollten|wird|werden|würden))?)?\s*[.!?]?\s*$/u;
const listItems = (clause: string) => clause.replace(CLOSING_VERB, '').replace(/(?<=\s)sowie(?=\s)/gu, 'und');

// "der Gast aus Kiew", "den Besucher aus Washington", "der Ukrainer" (no name after it): a role
// phrase that points back to the person of that side named last.
const GUEST = /(?<![\p{L}])(?:der|den|dem)\s+(?:\p{Ll}+e[nrm]?\s+)?(?:Gast|Besucher)\s+aus\s+(\p{Lu}[\p{L}-]+)|(?<![\p{L}])(?:der|den|dem)\s+(Ukrainer|Russen?|Amerikaner|US-Amerikaner)(?![\p{L}])(?!\s+\p{Lu})/gu;

/** The people a clause points back to as "der Gast aus Kiew" or "der Ukrainer". */
export function guests(source: MentionSource, sentence: Sentence, clause: string): Person[] {
  if (!/Gast|Besucher|Ukrainer|Russe|Amerikaner/u.test(clause)) return [];
  const found: Person[] = [];
  for (const match of clause.matchAll(GUEST)) {
    const side = findDelegations(match[1] ?? match[2]!)[0];
    const named = peopleIn(source, 0, sentence.start).filter(person => sideName(person.side) === side).at(-1);
    if (named) found.push(named);
  }
  return found;
}

export type Borrowed = {people: Person[]; place: PlaceHit | null; dates: boolean};

/**
 * What a meeting clause takes from the clause before it: "werden am Montag mit X, dem Y und Z
 * zusammentreffen" splits at the list's commas, so place and date may stand before. After a
 * verb of saying the speaker takes part when the meeting clause refers to them ("Meloni
 * schrieb, sie habe … telefoniert").
 */
export function borrow(source: MentionSource, sentence: Sentence, leadIn: Clause, beforeTrigger: string): Borrowed | null {
  const people = peopleIn(source, sentence.start + leadIn.start, leadIn.text.length);
  if (!REPORTING.test(leadIn.text)) {
    const places = findPlaces(leadIn.text);
    // "Umerow übernahm die Leitung; ihm gegenüber saßen …": the pronoun is the one just named.
    if (OBJECT_PRONOUN.test(beforeTrigger)) return {people, place: places[places.length - 1] ?? null, dates: true};
    const planner = announcesInfinitive(leadIn.text, beforeTrigger) ? subjectAmong(source, sentence.start + leadIn.start, people) : null;
    return {people: planner ? [planner] : [], place: places[places.length - 1] ?? null, dates: true};
  }
  if (!PRONOUN.test(` ${beforeTrigger}`) || !people.length) return null;
  return {people: people.slice(-1), place: null, dates: true};
}

// "Tusk hatte angekündigt, am Montag mit Macron zu telefonieren", "Rutte plant, im Mai nach Rom zu
// reisen": the meeting of an infinitive clause is had by the subject of the plan it hangs on. Not
// an offer ("hat angeboten, im Vatikan zu vermitteln"): who offers to mediate or host may stay out.
const ANNOUNCED_PLAN = /(?<![\p{L}])(?:angekündigt|kündigt|kündigte|kündigten|ankündigte|ankündigten|plant|plante|planen|planten|geplant|beabsichtigt|beabsichtigte|beabsichtigen|vorgenommen|versprochen|versprach)(?![\p{L}])/u;
const INFINITIVE_BEFORE = /(?<![\p{L}])zu\s+$/u;
const announcesInfinitive = (leadIn: string, beforeTrigger: string) => INFINITIVE_BEFORE.test(beforeTrigger) && ANNOUNCED_PLAN.test(leadIn);

// A sentence with no meeting word of its own that tells who comes to the meeting just told:
// "Mit dabei sind X und Y", "Die ukrainische Delegation besteht aus X, Y und Z", "Die
// US-Delegation wird von X geleitet", "Zu seiner Delegation zählen X und Y", "Begleitet wird er
// von X", "Es werden zudem X und Y erwartet".
const COMPANY = [
  /(?<![\p{L}])(?:[Mm]it|[Aa]uch|[Ee]benfalls)\s+dabei(?![\p{L}])/u,
  /Delegation\p{L}*\s(?:[^.;:!?]*\s)?(?:besteht|bestand|bestehen|bestanden|bestünde)\s(?:[^.;:!?]*\s)?aus(?![\p{L}])/u,
  // "Die russische Delegation umfasst A, B und C": "umfassen" lists it as "bestehen aus" does.
  /Delegation\p{L}*\s(?:[^.;:!?]*\s)?(?:umfasst|umfasste|umfassen|umfassten|umfassen\s+soll|umfassen\s+wird)(?![\p{L}])/u,
  // The verb last: "Die Delegation soll aus A, B sowie C bestehen".
  /Delegation\p{L}*\s(?:[^.;:!?]*\s)?aus\s[^.;:!?]*\s(?:bestehen|bestünde|bestehe)(?![\p{L}])/u,
  // "Die Delegation wird von X geleitet", "vom Sondergesandten X", and the verb first after an
  // adverbial: "Diesmal wird die polnische Delegation vom Minister X angeführt".
  /Delegation\p{L}*\s+(?:wird|wurde|werde|werden|wurden|soll|sollte)\s(?:[^.;:!?]*\s)?vo[nm]\s[^.;:!?]*\s(?:geleitet|angeführt)(?![\p{L}])/u,
  /(?<![\p{L}])(?:wird|wurde|werde|werden|wurden|soll|sollte)\s+(?:die|der)\s+(?:\p{Ll}+e\s+)?\p{L}*Delegation\s(?:[^.;:!?]*\s)?vo[nm]\s[^.;:!?]*\s(?:geleitet|angeführt)(?![\p{L}])/u,
  // The participle first: "Angeführt wird die Delegation von X", "Geleitet wird sie von X und Y",
  // "vom Berater X" as in the patterns above.
  /(?:^|[^\p{L}])(?:[Aa]ngeführt|[Gg]eleitet)\s+(?:wird|werden|wurde|wurden)\s+(?:sie|die\s+(?:\p{Ll}+e\s+)?\p{L}*Delegation)\s(?:[^.;:!?]*\s)?vo[nm](?![\p{L}])/u,
  /Delegation\p{L}*\s(?:[^.;:!?]*\s)?(?:zählen|zählt|zählte|zählten)(?![\p{L}])|(?<![\p{L}])(?:zählen|zählt|zählte|zählten)\s(?:[^.;:!?]*\s)?(?:zur|zu\s+(?:der|seiner|ihrer|\p{Lu}\p{L}*s))\s(?:[^.;:!?]*\s)?Delegation/u,
  /(?<![\p{L}])[Bb]egleitet\s+(?:wird|werden|wurde|wurden)\s+(?:er|sie)\s|(?<![\p{L}])(?:wird|werden|wurde|wurden)\s+(?:er|sie)\s+(?:[^.;:!?]*\s)?von\s[^.;:!?]*\sbegleitet(?![\p{L}])/u,
  /(?<![\p{L}])(?:wird|werden|wurde|wurden)\s+(?:[^.;:!?]*\s)?(?:zudem|auch|außerdem|ebenfalls)\s[^.;:!?]*\serwartet(?![\p{L}])/u,
  // The "auch" first: "Auch der Gesandte X und Y werden erwartet". Not the past ("Auch X wurde
  // erwartet"): whether the one awaited came, the sentence does not say.
  /^\s*(?:Auch|Zudem|Außerdem|Ebenfalls)\s[^.;:!?]*\s(?:wird|werden)\s+(?:[^.;:!?]*\s)?erwartet(?![\p{L}])/u,
  // "Für Kiew reist der Sekretär des Sicherheitsrats, X, an": who travels in for the meeting just
  // told is at it ("anreisen", its particle at the end of the sentence).
  /(?<![\p{L}])(?:reist|reisen|reiste|reisten)\s[^.;:!?]*\san\s*[.!]?\s*$|(?<![\p{L}])(?:angereist|anreisen)(?![\p{L}])/u,
  // "X soll per Video zugeschaltet werden": who joins by video takes part.
  /(?<![\p{L}])zugeschaltet(?![\p{L}])/u,
  // "X war per Video beteiligt", "Beteiligt ist auch X": who is said to take part does. Not what
  // should be ("müsse beteiligt werden", "beteiligt sein"): a demand, not a presence.
  /(?<![\p{L}])(?:ist|sind|war|waren)\s(?:[^.;:!?]*\s)?beteiligt(?!\s+(?:werden|sein|gewesen))(?![\p{L}])|(?<![\p{L}])[Bb]eteiligt\s+(?:ist|sind|war|waren)(?![\p{L}])/u,
];
const mayTellCompany = (text: string) => text.includes('dabei') || text.includes('Delegation') || text.includes('eleitet') || text.includes('ngeführt') || text.includes('egleitet') || text.includes('erwartet') || text.includes('reis') || text.includes('zugeschaltet') || text.includes('eteiligt');

const NOT_IN_COMPANY = /(?<![\p{L}])(?:nicht|nie|niemals)\s+(?:(?:mit|persönlich|selbst|eigens)\s+)?(?:dabei|angereist|anreisen|anreist|beteiligt|zugeschaltet)(?![\p{L}])/u;

/**
 * The people a sentence without a meeting word adds to the meeting told just before it (see
 * COMPANY): its named people, less those it names only as a source ("nach Angaben von X").
 * None when its delegation is of a side the meeting lacks.
 */
export function companyTold(source: MentionSource, sentence: Sentence, meetingSides: readonly SideName[]): Person[] {
  const text = sentence.text;
  if (!mayTellCompany(text) || !COMPANY.some(pattern => pattern.test(text))) return chairsTold(source, sentence);
  // "X ist aber – anders als Y – nicht angereist", "Auch X war nicht dabei": a company denied adds no one.
  if (NOT_IN_COMPANY.test(text)) return [];
  // "Die russische Delegation …" after talks of the USA and Ukraine speaks of other talks.
  const delegation = /^[^.;:!?]*?Delegation/u.exec(text);
  const sides = delegation ? findDelegations(delegation[0]) : [];
  if (sides.length && meetingSides.length && !sides.some(side => meetingSides.includes(side))) return [];
  // "…, zitierten Agenturen Kremlsprecher Peskow": who is quoted on the company only tells of it.
  const reported = / (?:sagte|sagten|zitierte|zitierten|berichtete|berichteten|meldete|meldeten|teilte|teilten|erklärte|erklärten)\s/u.exec(text);
  const comma = reported ? text.lastIndexOf(',', reported.index) : -1;
  return peopleIn(source, sentence.start, comma > 0 ? comma : sentence.end - sentence.start);
}

// "Unter dem Vorsitz von Kanzler X und Premier Y soll dort … beraten werden", "unter der Leitung
// von Ministerin X": who chairs the meeting just told sits at its table. Only the names of the
// phrase itself: "Z hat einer Abordnung unter der Leitung des Geheimdienstchefs die Fahrt
// erlaubt" adds no one. ("unter Präsident X", whose government it was: participants.ts.)
const CHAIRED_BY = /(?<![\p{L}])[Uu]nter\s+(?:dem\s+|der\s+)?(?:gemeinsamen\s+)?(?:Ko-|Co-)?(?:Vorsitz|Leitung)\s+(?:von\s+|des\s+|der\s+)?/gu;

function chairsTold(source: MentionSource, sentence: Sentence): Person[] {
  if (!sentence.text.includes('Vorsitz') && !sentence.text.includes('Leitung')) return [];
  return [...sentence.text.matchAll(CHAIRED_BY)].flatMap(chair => {
    const from = chair.index + chair[0].length;
    return peopleIn(source, sentence.start + from, namingHead(sentence.text.slice(from)).length);
  });
}

// "Am Montag ist X in Amman, von wo sie am Dienstag nach Damaskus aufbricht, wo ein Treffen mit Y
// geplant ist": the one whose journey a chain of "von wo", "wo" and "und anschließend" clauses
// tells is at each meeting at its stops, though the clause of the meeting names only the host.
const STOP_OPENS = /^\s*(?:von\s+wo(?:\s+aus)?|wo|und\s+(?:anschließend|dann|danach|später)|anschließend)\s/u;
const TRAVELS_ON = /(?<![\p{L}])(?:reist|reisen|reiste|reisten|weiterreisen|weiterreist|weiterreiste|weiterreisten|fliegt|fliegen|flog|flogen|weiterfliegen|weiterfliegt|weiterflog|aufbrechen|aufbricht|aufbrach|aufbrachen|bricht|brechen|brach|brachen)(?![\p{L}])/u;
// The subject takes no preposition or article of an object: not "mit Y", "den Gast".
const NOT_SUBJECT = /(?<![\p{L}])(?:mit|von|vom|bei|beim|gegen|über|für|ohne|zu|zum|zur|nach|laut|den|dem|einen|einem)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** The traveller of the sentence's main clause, for a meeting clause `c` at a stop of the journey it tells. */
export function traveller(source: MentionSource, sentence: Sentence, clauses: Clause[], c: number): Person[] {
  if (c < 1 || !/^\s*wo\s/u.test(clauses[c]!.text) || !TRAVELS_ON.test(clauses[c - 1]!.text)) return [];
  let main = c - 1;
  while (main > 0 && STOP_OPENS.test(clauses[main]!.text)) main--;
  if (STOP_OPENS.test(clauses[main]!.text)) return [];
  const clause = clauses[main]!;
  const from = sentence.start + clause.start;
  return peopleIn(source, from, clause.text.length).filter(p => !NOT_SUBJECT.test(source.text.slice(Math.max(from, p.at - 40), p.at)));
}
