// What every bench section gets: its sizes, how many runs, and where to log progress and notes.

export type BenchConfig = {
  quick: boolean;
  seed: number;
  /** Runs per figure; the table shows their median. */
  runs: number;
  ingest: {feeds: number; items: number};
  startupSizes: number[];
  interactionPresses: number;
  extractionArticles: number;
  /** The development corpus (NNN.json), read at bench time. */
  corpusDir: string;
  /** The corpus folders whose articles make the real-text ingest work. */
  realTextDirs: string[];
  /** How long the soak runs. */
  soakMinutes: number;
  scale: {feeds: number; items: number; slowShare: number};
};

export type SectionContext = {
  config: BenchConfig;
  /** Progress on stderr, so stdout carries only the table. */
  log: (line: string) => void;
  /** A remark printed under the table (e.g. a check that failed). */
  note: (line: string) => void;
  /** newsboat's version line, or null when it is unavailable. */
  newsboat: string | null;
};
