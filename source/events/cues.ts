// Words in a report's sentence that tell the event model more than the extractor's fields: a
// repeated meeting, a postponement, a look back. One named row per cue, with an example; each
// row has a test in test/events/cues.test.ts and a line in docs/events.md.

type Cue = {name: string; example: string; pattern: RegExp};

/** A meeting after an earlier one of the same parties: never the earlier event. */
export const REPEAT_CUES: readonly Cue[] = [
  {name: 'ordinal-round', example: 'Die zweite Runde der Gespräche soll in Genf stattfinden.', pattern: /\b(?:zweit|dritt|viert|fünft|nächst|neu)\p{L}*\s+(?:Verhandlungs|Gesprächs)?[Rr]unde/u},
  {name: 'again', example: 'Die Delegationen wollen sich erneut in Istanbul treffen.', pattern: /\berneut\b|\babermals\b|\bnoch einmal\b/u},
  {name: 'another-meeting', example: 'Ein weiteres Treffen in Genf ist geplant.', pattern: /\bweiter\p{L}*\s+(?:Treffen|Gespräch\p{L}*|Verhandlung\p{L}*|Gipfel\p{L}*|Runde|Telefonat\p{L}*)/u},
  {name: 'follow-up', example: 'Ein Folgetreffen soll im Frühjahr stattfinden.', pattern: /\bFolge(?:treffen|gespräch\p{L}*|gipfel\p{L}*)/u},
];

/** The meeting keeps its identity but moves to another date. */
export const MOVE_CUES: readonly Cue[] = [
  {name: 'postponed', example: 'Die Gespräche wurden auf Donnerstag verschoben.', pattern: /\bverschoben\b|\bverschieb\p{L}*|\bvertagt\b|\bverlegt\b/u},
  {name: 'instead-now', example: 'Die Gespräche beginnen statt am Montag nun erst in der kommenden Woche.', pattern: /\bstatt\b[^.]*\b(?:nun|jetzt)\b/u},
];

/** A look back at a meeting from an article about something else. */
export const BACKGROUND_CUES: readonly Cue[] = [
  {name: 'at-the-talks-in', example: 'Bei den Gesprächen in Genf im November gab es keine Einigung.', pattern: /\b[Bb]ei\s+(?:den|dem|der)\s+(?:\p{L}+\s+)?(?:Gespräch|Treffen|Verhandlung|Gipfel|Runde|Telefonat)\p{L}*/u},
  {name: 'back-then', example: 'Damals trafen sich die Unterhändler in Istanbul.', pattern: /\b[Dd]amals\b/u},
];

const matches = (cues: readonly Cue[], sentence: string) => cues.some(cue => cue.pattern.test(sentence));

export const isRepeat = (sentence: string) => matches(REPEAT_CUES, sentence);
export const isMove = (sentence: string) => matches(MOVE_CUES, sentence);
export const isBackgroundCue = (sentence: string) => matches(BACKGROUND_CUES, sentence);
