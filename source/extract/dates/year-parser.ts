import type {Parser} from 'chrono-node';
import {day, yearOf} from './calendar.js';
import {LAST, NEXT, THIS, shiftOf, words} from './german-words.js';
import {dated, readingOf} from './reading.js';

// Years (precision year), dated by 1 January: "im Jahr 2024", "seit 2014", "2022 begann …",
// "im vergangenen Jahr", "im Vorjahr", "nächstes Jahr". Four-digit numbers that count things
// ("2000 Soldaten", "rund 1900") or name them ("Resolution 2022") are not years.
const NUMBERED = words(`(?:((?:[Ii]m\\s+)?Jahre?|[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Ff]ür|[Vv]or|[Nn]ach|[Ii]n)\\s+)?((?:19|20)\\d{2})`);
const PREPOSITION = 1;
const YEAR = 2;

const QUANTITY_BEFORE =
  /(?:als|rund|etwa|über|fast|knapp|circa|ca\.|mindestens|höchstens|insgesamt|zu|Nummer|Nr\.|Resolution|Punkt|Artikel|Paragraf|§)\s*$/iu;
// A capitalised word right after a bare number is what it counts: "2000 Soldaten".
const NOUN_AFTER = /^\s+\p{Lu}/u;
// Part of a longer figure: "2.024", "2024-2025" is left to the range handling of chrono.
const FIGURE_AROUND = /[\d.,]$/;

export const yearParser: Parser = {
  pattern: () => NUMBERED,
  extract(context, match) {
    const index = match.index ?? 0;
    const before = context.text.slice(0, index);
    const after = context.text.slice(index + match[0].length);
    if (FIGURE_AROUND.test(before) || /^[.,]\d/.test(after)) return null;
    if (!match[PREPOSITION] && (QUANTITY_BEFORE.test(before) || NOUN_AFTER.test(after))) return null;
    return dated(context, match, day(Number(match[YEAR]), 1, 1), 'year');
  },
};

// The genitive too: "im Laufe des nächsten Jahres", "Mai kommenden Jahres" (see year-suffix.ts).
const RELATIVE = words(
  `(?:(?:im|in|seit\\s+dem|im\\s+Laufe\\s+des|des)\\s+)?(?:(${NEXT}|${LAST}|${THIS})\\s+Jahre?s?|(Vorjahr))`,
  'i',
);

export const relativeYearParser: Parser = {
  pattern: () => RELATIVE,
  extract(context, match) {
    const shift = match[2] ? -1 : shiftOf(match[1]);
    return dated(context, match, day(yearOf(readingOf(context).today) + shift, 1, 1), 'year');
  },
};
