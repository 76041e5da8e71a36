// Live tickers ("+++ 11:20 +++ Headline", then the entry's text): each entry is the news of the
// ticker's day, and its clock time is no date. The marks are blanked, not removed, so offsets into
// the text stay valid for actor hits.

const ENTRY_MARK = /\+\+\+\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*\+\+\+/g;

/** Whether the text is a live ticker of timed entries. */
export function isTicker(text: string): boolean {
  return (text.match(ENTRY_MARK)?.length ?? 0) >= 2;
}

/** Where each entry begins in the text: the offsets of its time marks. */
export function entryStarts(text: string): number[] {
  return [...text.matchAll(ENTRY_MARK)].map(mark => mark.index);
}

/** The text with every entry's time mark replaced by spaces of the same length. */
export function blankEntryMarks(text: string): string {
  return text.replace(ENTRY_MARK, mark => ' '.repeat(mark.length));
}
