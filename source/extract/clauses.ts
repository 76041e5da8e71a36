// Clauses of a sentence: the stretch a meeting word shares with its place, date and cues.
// Commas, colons, semicolons, dashes, brackets and quotation marks end one, so "sagte Selenskyj
// in Kiew" does not place the meeting he proposes in Kiew. A comma between two capitalised
// words that goes on as a list ("aus Belgien, Dänemark und Polen") is no clause boundary.

export type Clause = {text: string; /** Offset into the sentence. */ start: number};

const BOUNDARY = /[,;:]\s|\s[-–—]\s|["„“”»«()]/g;
// The list goes on after the next item ("Belgien, Dänemark und Polen", "Merz, der britische
// Premier Starmer und Tusk"); "…in der Ukraine, Russland ist nicht eingeladen" and "Merz, der
// britische Interessen vertritt" start a clause. An item may be a role and a long name with its
// particles: "Meloni, Katars Regierungschef Mohammed bin Rahman Al Thani und Duda".
const LIST_COMMA = /(?<=\p{Lu}[\p{L}-]*),\s(?=(?:(?:der|die|den|dem)\s+(?:\p{Ll}+\s+)?)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:bin|ibn|al|el|von|van|de|di|da|del|dos)\s+)?\p{Lu}[\p{L}.-]*){0,5}(?:,|\s+(?:und|oder|sowie)\s))/uy;

// "…soll es nach Ostern weitergehen, diesmal womöglich in Istanbul, wo …": a verbless place
// after a comma still belongs to the clause before; it is where that clause's meeting happens.
const PLACE_APPENDIX = /(?:(?:diesmal|dieses\s+Mal|wieder|erneut|erst|zunächst|zuerst|womöglich|möglicherweise|vermutlich|voraussichtlich|wahrscheinlich|wohl|vielleicht|eventuell)\s+){0,2}(?:in|im|nach)\s+(?:[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]*(?=[,;.!?]|$)/uy;

const DASHED_PLACE = /(?:\p{Ll}+\s+)?(?:in|im|nach)\s+(?:[\p{L}-]+\s+){0,5}\p{Lu}[\p{L}-]*(?=\s*[,;.!?]|\s*$)/uy;

// "die Organisation für Sicherheit (OSZE) in der Hofburg": a short aside in brackets, an
// abbreviation or a party, is part of the clause around it; so is one spaced inside its brackets,
// as page text gives it: "Friedrich Merz ( CDU ) bei seinem Kollegen …".
// A clock time in brackets is one too, with the time elsewhere after a comma: "am Sonntag (15 Uhr
// Ortszeit, 21 Uhr MEZ)".
const SHORT_ASIDE = /\(\s?(?:(?:[^()\s]+\s?){1,3}|\d{1,2}(?:[.:]\d{2})?\s+Uhr[^()]{0,40})\)/y;
// "war aus „logistischen Gründen“ verschoben worden": a quotation of a few words inside a clause
// is a phrase of it, not a clause of its own (a quoted sentence has punctuation or more words).
// So are up to four quoted words, opening lower-case, before a noun: ein „ausführliches“
// Telefongespräch, "sehr gute und offene" Gespräche. A quoted
// phrase that opens lower-case is no sentence and may be longer, up to seven words: the time a
// meeting is set for, quoted as said ("dass der Gipfel „vermutlich in den kommenden zwei
// Wochen“ stattfinden werde"), stays with the meeting word of its clause.
// A few quoted words that open lower-case and close the clause belong to it too: Das Treffen sei
// „im Gange“, erfuhr AFP.
// Words are separated by exactly one space: a word cannot be cut into several repetitions, so a long
// quotation without its closing mark fails at once instead of after every way of cutting it.
const QUOTED_WORD = String.raw`[^"„“”»«,;:.!?()\s]+`;
const SHORT_QUOTE = new RegExp(String.raw`["„“»«](?:${QUOTED_WORD}(?:\s${QUOTED_WORD}){0,3}\s?["“”«»](?=\s+\p{Ll})|(?=\p{Ll})${QUOTED_WORD}(?:\s${QUOTED_WORD}){4,6}\s?["“”«»](?=\s+\p{Ll})|(?=\p{Ll})${QUOTED_WORD}(?:\s${QUOTED_WORD}){0,3}["“”«»](?=\s+\p{Lu})|(?=\p{Ll})${QUOTED_WORD}(?:\s${QUOTED_WORD}){0,3}["“”«»](?=[,.;!?]))`, 'uy');

// "telefonierte mit dem saudischen Außenminister, Prinz Faisal bin Farhan, und sprach …", "hat mit
// ihrem Amtskollegen, Jean-Noël Barrot, telefoniert": a name in apposition to the noun before it,
// with the clause going on after it, is part of that clause.
const NAME_IN_COMMAS = String.raw`(?<=\p{Lu}[\p{L}-]*),\s(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:bin|ibn|al|el|von|van|de|di|da|del|dos)\s+)?){0,4}\p{Lu}[\p{L}.'’-]*,\s`;
const NAME_APPOSITION = new RegExp(String.raw`${NAME_IN_COMMAS}(?=(?!(?:der|die|das|den|dem|des|deren|dessen|welche[rsmn]?|wo|was|dass|ob|wie|als|weil|wenn|um|sagte|sagt|hieß|teilte|schrieb|erklärte)(?![\p{L}]))\p{Ll})`, 'uy');

// The same name in commas with a preposition after it ("…, Emmanuel Macron, am Rande der …"), or
// "und" and another office ("…, Emmanuel Macron, und der Regierungschefin …"): a list of names has no
// comma before its "und".
const NAME_APPOSITION_THEN_PREPOSITION = new RegExp(String.raw`${NAME_IN_COMMAS}(?=(?:am|im|in|bei|beim|auf|an|nach|vor|während|über|zu|zum|zur|(?:und|sowie)\s+(?:de[mnrs]|die|das|seine[mnrs]?|ihre[mnrs]?))\s)`, 'uy');

const NAME_BEFORE_LAST_VERB = /(?<=\p{Lu}[\p{L}-]*),\s(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s(?=\p{Ll}+[.!?]?$)/uy;

// "ein weiteres, breiteres Treffen": a comma between two adjectives after an article is no clause edge.
const ADJECTIVE_COMMA = /(?<=(?<![\p{L}])(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des)\s+\p{Ll}+(?:e|en|er|es|em)),\s(?=\p{Ll}+(?:e|en|er|es|em)\s+\p{Lu})/uy;

// The sticky patterns above begin with the mark itself: each is tried only at a mark it can begin
// with (a quotation mark, a comma), not at every mark.
const OPENING_QUOTES = '"„“»«';

/** The text with the comma between two adjectives blanked ("ein weiteres  größeres Treffen"), offsets kept. */
export function withoutAdjectiveCommas(text: string): string {
  return text.includes(', ') ? text.replace(ADJECTIVE_COMMAS, ' ') : text;
}
const ADJECTIVE_COMMAS = new RegExp(ADJECTIVE_COMMA.source, 'gu');

export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let asideEnd = -1;
  BOUNDARY.lastIndex = 0;
  for (let mark = BOUNDARY.exec(sentence); mark; mark = BOUNDARY.exec(sentence)) {
    SHORT_ASIDE.lastIndex = mark.index;
    if (mark[0] === '(' && SHORT_ASIDE.test(sentence)) asideEnd = SHORT_ASIDE.lastIndex;
    SHORT_QUOTE.lastIndex = mark.index;
    if (mark.index >= asideEnd && OPENING_QUOTES.includes(mark[0][0]!) && SHORT_QUOTE.test(sentence)) asideEnd = SHORT_QUOTE.lastIndex;
    if (mark.index < asideEnd) continue;
    // "dem Gesandten für Handelsfragen, Emmanuel Macron, geplant.": a name in apposition before
    // the verb that ends the sentence is one clause, although the name looks like a list's next item.
    NAME_BEFORE_LAST_VERB.lastIndex = mark.index;
    if (mark[0][0] === ',' && NAME_BEFORE_LAST_VERB.test(sentence)) {
      asideEnd = NAME_BEFORE_LAST_VERB.lastIndex;
      continue;
    }
    // "mit dem Präsidenten Frankreichs, Emmanuel Macron, am Rande der …": a name in apposition
    // that a preposition or "und dem …" goes on after looks like a list of names, but is none.
    NAME_APPOSITION_THEN_PREPOSITION.lastIndex = mark.index;
    if (mark[0][0] === ',' && NAME_APPOSITION_THEN_PREPOSITION.test(sentence)) {
      asideEnd = NAME_APPOSITION_THEN_PREPOSITION.lastIndex;
      continue;
    }
    LIST_COMMA.lastIndex = mark.index;
    if (mark[0][0] === ',' && LIST_COMMA.test(sentence)) continue;
    NAME_APPOSITION.lastIndex = mark.index;
    if (mark[0][0] === ',' && NAME_APPOSITION.test(sentence)) {
      asideEnd = NAME_APPOSITION.lastIndex;
      continue;
    }
    ADJECTIVE_COMMA.lastIndex = mark.index;
    if (mark[0][0] === ',' && ADJECTIVE_COMMA.test(sentence)) continue;
    PLACE_APPENDIX.lastIndex = mark.index + mark[0].length;
    // "Gespräche gab es mehrfach – erst in Abu Dhabi, dann in Genf": after a dash too.
    if ((mark[0].startsWith(',') || /^\s[-–—]\s$/u.test(mark[0])) && PLACE_APPENDIX.test(sentence)) continue;
    // "wollen heute reden – in der Hauptstadt der Emirate.": a bare place after a dash.
    DASHED_PLACE.lastIndex = mark.index + mark[0].length;
    if (/^\s[-–—]\s$/u.test(mark[0]) && DASHED_PLACE.test(sentence)) continue;
    clauses.push({text: sentence.slice(from, mark.index), start: from});
    from = mark.index + mark[0].length;
  }
  clauses.push({text: sentence.slice(from), start: from});
  return clauses.filter(clause => clause.text.trim() !== '');
}
