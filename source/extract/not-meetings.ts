// Meeting words that report no meeting: one denied or refused ("kein Treffen", "ist nicht
// geplant", "lehnt der Kreml ab"), and talk about talks in general ("weitere Gespräche",
// "hatte mehrfach telefoniert"), which needs a place or a date to count.

// "weitere Gespräche", "solche Treffen": talk about talks, not one meeting, unless placed or dated.
const GENERIC = /(?:^|\s)(?:weitere[nmrs]?|künftige[nmrs]?|solche[nmrs]?|neue[nmrs]?|mehrere[nmrs]?|viele[nmrs]?|zahlreiche[nmrs]?|regelmäßige[nmrs]?)\s+(?:\p{Ll}+\s+)?$/u;
// "kein Treffen", "ist derzeit nicht geplant": a meeting that is not.
const NEGATED = /(?:^|\s)kein(?:e|en|em|er)?\s+(?:\p{Ll}+\s+)?$/u;
const NOT_PLANNED = /(?<![\p{L}])nicht\s+(?:mehr|geplant|vorgesehen|beabsichtigt|angedacht|absehbar|in\s+Sicht)(?![\p{L}])/u;
// "Ein Treffen lehnt der Kreml ab": a refused meeting is none.
const REFUSED = /(?<![\p{L}])(?:lehnt\p{L}*\s+[^,;:]*\s*ab|abgelehnt|zurückgewiesen|wies\p{L}*\s+[^,;:]*\s*zurück|weist\s+[^,;:]*\s*zurück)(?![\p{L}])/u;
// "hatte mehrfach mit Putin telefoniert": several contacts, not one meeting.
const REPEATED = /(?<![\p{L}])(?:mehrfach|mehrmals|wiederholt|regelmäßig|immer\s+wieder|häufig|oft|seit\s+(?:Wochen|Monaten|Jahren))(?![\p{L}])/u;

/** The clause says the meeting does not or will not take place. */
export function isDenied(clause: string, beforeTrigger: string): boolean {
  return NEGATED.test(beforeTrigger) || NOT_PLANNED.test(clause) || REFUSED.test(clause);
}

/** The clause speaks of talks in general or of many, not of one occasion. */
export function isGeneric(clause: string, beforeTrigger: string): boolean {
  return GENERIC.test(beforeTrigger) || REPEATED.test(clause);
}
