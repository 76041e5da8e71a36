// What the reading of one article's meeting mentions (mentions.ts) carries from sentence to
// sentence and clause to clause, worked out only when a meeting word asks for it, and the answers
// about a text that are kept while one article is read.
import type {CarriedSide} from './carried-dates.js';
import {type Clause, splitClauses} from './clauses.js';
import {type DateMention, findDates} from './dates.js';
import {delegationHeads} from './delegations.js';
import type {MeetingMention, MentionSource} from './mentions.js';
import {findMeetingTriggers, type MeetingTrigger} from './meeting-words.js';
import {peopleIn} from './participants.js';
import {isDomestic} from './not-meetings.js';
import {findPlaces, type PlaceHit} from './places.js';
import type {Sentence} from './sentences.js';
import {statusCue} from './status.js';
import {sentenceTense, type Tense} from './tense.js';
import type {Meeting, MeetingStatus} from './types.js';

// The tense, status cue and domestic test of one text are asked for several times per clause
// and sentence; the answers are kept while one article is read (and forgotten after it).
const kept: Map<string, unknown>[] = [];
function keptPerArticle<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  kept.push(answers);
  return text => {
    if (answers.has(text)) return answers.get(text)!;
    const found = answer(text);
    answers.set(text, found);
    return found;
  };
}

/** Forgets the answers kept for the article read before. */
export function forgetAnswers(): void {
  for (const answers of kept) answers.clear();
}

export const tenseOf = keptPerArticle(sentenceTense);
export const cueOf = keptPerArticle(text => statusCue(text));
export const domestic = keptPerArticle(isDomestic);

// "NATO-Gipfel in Den Haag", "EU-Gipfels im belgischen Brüssel", "Gipfel am 8. Juli in Rom": the
// name, then its place.
const NAME_THEN_PLACE = /^s?\s+(?:am\s+\d{1,2}\.\s+\p{L}+\s+)?(?:in|im|am|auf\s+de[mnr])\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** What one article's reading carries from sentence to sentence. */
export class ArticleReading {
  readonly mentions: MeetingMention[] = [];
  // Every clause read so far and, once a meeting word asks for "dort" or "wo", its places: most
  // clauses name no meeting, and their places are looked for only when a later one points back.
  private readonly clauseTexts: string[] = [];
  private readonly clausePlaces: (PlaceHit[] | undefined)[] = [];
  // "Die Fraktionen kamen zu einem Gespräch zusammen. Ein weiteres Treffen ist … angesetzt": a
  // meeting that names no one and no place speaks of the one just told, domestic too.
  domesticUntil = -1;
  mentionSentence = -1;
  /** The last sentence that named the company of the meeting just told ("Mit dabei sind …"). */
  companySentence = -1;
  // The last date the sentence before named (a past one, or either side), for "damals", "am
  // selben Tag" and "einen Monat später" (carried-dates.ts). Worked out only when a clause asks
  // for it: it takes the dates of the sentence before.
  carriedDate: (side?: CarriedSide) => DateSpan | null = () => null;
  private headsBySide: ReturnType<typeof delegationHeads> | undefined;
  constructor(readonly source: MentionSource) {}
  heads(): ReturnType<typeof delegationHeads> {
    return (this.headsBySide ??= delegationHeads(this.source.text, this.source.hits, this.source.sideOf));
  }
  /** Notes a clause as read; its number. */
  addClause(text: string): number {
    return this.clauseTexts.push(text) - 1;
  }
  clauseText(clause: number): string {
    return this.clauseTexts[clause]!;
  }
  placesIn(clause: number): PlaceHit[] {
    return (this.clausePlaces[clause] ??= findPlaces(this.clauseTexts[clause]!));
  }
  /**
   * Where an earlier clause placed the meeting named by `word` (a compound, lower case): "Der
   * NATO-Gipfel beginnt am Dienstag" after "beim NATO-Gipfel in Den Haag" is in Den Haag.
   */
  placeOfNamed(word: string, clause: number): PlaceHit | null {
    // The nearest town beats a country ("Gipfel in Paraguay" in the headline, "in Asunción" below).
    let country: PlaceHit | null = null;
    for (let j = clause - 1; j >= 0; j--) {
      const text = this.clauseTexts[j]!;
      const at = text.toLowerCase().indexOf(word);
      if (at < 0) continue;
      const after = at + word.length;
      const hit = this.placesIn(j).find(p => p.index >= after && NAME_THEN_PLACE.test(text.slice(after, p.index)));
      if (hit?.isCity) return hit;
      country ??= hit ?? null;
    }
    return country;
  }
  /** The town of `country` named last before clause `clause` ("in dem ägyptischen Badeort"). */
  lastTownIn(country: string, clause: number): PlaceHit | null {
    for (let j = clause - 1; j >= 0; j--) {
      const town = this.placesIn(j).filter(p => p.isCity && p.country === country).at(-1);
      if (town) return town;
    }
    return null;
  }
  /** The place named last before clause `clause`, at or after clause `from`. */
  lastPlaceBefore(clause: number, from = 0): PlaceHit | null {
    for (let j = clause - 1; j >= from; j--) {
      const places = this.placesIn(j);
      if (places.length) return places[places.length - 1]!;
    }
    return null;
  }
}

/** One sentence: its clauses, and its tense and dates, worked out only when a meeting word asks. */
export class SentenceReading {
  readonly heading: boolean;
  readonly clauses: Clause[];
  readonly found: MeetingMention[] = [];
  /** The number of the sentence's first clause among the article's. */
  firstClause = -1;
  private tensed: Tense | undefined;
  private readonly datesByTense = new Map<Tense, DateMention[]>();
  private readonly cues: (MeetingStatus | null)[] = [];
  private readonly triggerLists: (MeetingTrigger[] | undefined)[] = [];
  constructor(readonly article: ArticleReading, readonly s: number, readonly sentence: Sentence) {
    this.heading = sentence.paragraph < article.source.leadParagraph;
    this.clauses = this.heading ? [{text: sentence.text, start: 0}] : splitClauses(sentence.text);
  }
  // Only a sentence with a meeting word needs its tense and its clauses' status cues.
  tense(): Tense {
    return (this.tensed ??= tenseOf(this.sentence.text));
  }
  /**
   * The sentence's dates read in tense `t`, parsed once per tense. A meeting word asks in the tense
   * its own clause and cue give, not the sentence's: tense changes how a date resolves, not
   * whether there is one, so the sentence's own tense need not be worked out first to see that.
   */
  resolve(t: Tense): DateMention[] {
    return this.datesByTense.get(t) ?? this.datesByTense.set(t, findDates(this.sentence.text, {published: this.article.source.published, tense: t})).get(t)!;
  }
  /**
   * The meeting words of clause `c`, found once: a clause's own reading asks, and so do the
   * clauses around it (a lead-in, a relative clause after it, a subject before it).
   */
  triggersIn(c: number): MeetingTrigger[] {
    return (this.triggerLists[c] ??= findMeetingTriggers(this.clauses[c]!.text));
  }
  /** Whether a clause before clause `c` has a meeting word. */
  triggersBefore(c: number): boolean {
    for (let j = 0; j < c; j++) if (this.triggersIn(j).length) return true;
    return false;
  }
  /** The last status cue of the clauses before clause `c`. */
  cueBeforeClause(c: number): MeetingStatus | null {
    for (let j = c - 1; j >= 0; j--) {
      const cue = j in this.cues ? this.cues[j]! : (this.cues[j] = cueOf(this.clauses[j]!.text));
      if (cue !== null) return cue;
    }
    return null;
  }
}

export const NOW = /^(?:jetzt|nun|derzeit|zurzeit|aktuell|gerade|inzwischen|mittlerweile)$/iu;

export type DateSpan = Pick<Meeting, 'start' | 'end' | 'precision'> & {start: string};

/** "am Freitag und gestern" is one span of days; otherwise the first date tells. */
export function combine(found: DateMention[]): DateSpan | null {
  // "jetzt soll es der 12. März sein": "jetzt" is when it is said, not a day of the meeting.
  const named = found.filter(d => !NOW.test(d.text));
  const dates = named.length ? named : found;
  if (!dates.length) return null;
  const days = dates.filter(d => d.precision === 'day' || d.precision === 'days');
  if (days.length > 1 && days.length === dates.length) {
    const starts = days.map(d => d.start).sort();
    const ends = days.map(d => d.end ?? d.start).sort();
    return {start: starts[0]!, end: ends[ends.length - 1]!, precision: 'days'};
  }
  const first = dates[0]!;
  return {start: first.start, end: first.end, precision: first.precision};
}

// "Merz initiierte eine Videokonferenz mit Trump. Selenskyj reiste am Mittwoch dafür nach Berlin.":
// a journey made for the meeting just told, in a sentence with no meeting word, gives it the
// traveller and, where it has none, its place and day (a past day, when no word marked its status,
// makes it held).
const FOR_IT = /(?<![\p{L}])(?:dafür|eigens|extra|zu\s+diesem\s+Zweck)(?![\p{L}])/u;
const TRAVELS_TO = /(?<![\p{L}])(?:reiste|reisten|reist|reisen|flog|flogen|fliegt|fliegen|kam|kamen|kommt|kommen)\s(?:[^;:!?]{0,80}?\s)?nach\s/u;

/** What a sentence of a journey made for the meeting just told adds to it; null when it tells none. */
export function journeyFor(reading: SentenceReading, meeting: MeetingMention): Partial<MeetingMention> | null {
  const {text} = reading.sentence;
  if (!(text.includes('dafür') || text.includes('eigens') || text.includes('extra') || text.includes('Zweck')) || !FOR_IT.test(text) || !TRAVELS_TO.test(text)) return null;
  const {source} = reading.article;
  const travellers = peopleIn(source, reading.sentence.start, reading.sentence.end - reading.sentence.start).map(p => p.name);
  const place = meeting.place ? null : (findPlaces(text).at(-1) ?? null);
  const date = meeting.start ? null : combine(reading.resolve(reading.tense()));
  return {
    participants: [...new Set([...meeting.participants, ...travellers])],
    ...(place ? {place: place.name, country: place.country, isCity: place.isCity, area: place.area} : {}),
    ...(date ?? {}),
    // A day told past for a meeting no word marked: it is over.
    ...(date && date.start < source.today && !meeting.explicit ? {status: 'held' as const} : {}),
  };
}
