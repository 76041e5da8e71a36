/** The body of an article page, as the n-tv or the generic extractor reads it. */
export type ArticleText = {
  kicker: string | null;
  title: string | null;
  /** ISO 8601, when the page states it. */
  published: string | null;
  lead: string | null;
  /** Body paragraphs in order; subheads are included as their own entries. */
  paragraphs: string[];
  /** Subheads as they appear in `paragraphs` (so the UI can style them). */
  subheads: string[];
  /** e.g. "Quelle: ntv.de, chr/rts/AFP"; excluded from `text` because it names no actors. */
  sourceLine: string | null;
  tags: string[];
  /** Lead and paragraphs joined by blank lines: the text the extractor reads. */
  text: string;
};
