// The extractor's contract. `talkwatch extract --json` prints `Extraction` (see
// ../shared/corpus/FORMAT.md for the scored fields); the store keeps it per article.

/** What the extractor reads: one article, no I/O. */
export type ExtractInput = {
  title: string;
  kicker?: string | null;
  /** Body as plain text, paragraphs separated by blank lines (no captions, bylines or source line). */
  text: string;
  /** Publication time, ISO 8601; a date without offset is read as Europe/Berlin. */
  published: string;
};

export type Side = 'UA' | 'RU' | 'US' | 'EU' | 'DE' | 'other';

export type ActorMention = {
  /** Gazetteer id, e.g. "selenskyj". */
  id: string;
  /** Canonical German full name, e.g. "Wolodymyr Selenskyj". */
  name: string;
  /** Role at the article's date, when known (e.g. "Präsident der Ukraine"). */
  role: string | null;
  side: Side | null;
  mentions: number;
};

/** A capitalised name after a role cue that the gazetteer does not know. */
export type SuggestedActor = {name: string; cue: string; mentions: number};

export type Precision = 'day' | 'days' | 'month-part' | 'month' | 'season' | 'year' | 'unknown';
export type MeetingStatus = 'proposed' | 'planned' | 'ongoing' | 'held' | 'cancelled';
export type MeetingKind = 'talks' | 'summit' | 'call' | 'visit';

export type Meeting = {
  /** German spelling; a country or region when no city is named. */
  place: string | null;
  country: string | null;
  /** YYYY-MM-DD */
  start: string | null;
  end: string | null;
  precision: Precision;
  status: MeetingStatus;
  kind: MeetingKind;
  /** Canonical names of actors, or delegations such as "USA", "Ukraine", "Russland". */
  participants: string[];
  /** The sentence it came from. */
  evidence: string;
};

export type Extraction = {
  actors: ActorMention[];
  suggestions: SuggestedActor[];
  meetings: Meeting[];
};
