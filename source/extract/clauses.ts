// Clauses of a sentence: the stretch a meeting word shares with its place, date and cues.
// Commas, colons, semicolons, dashes, brackets and quotation marks end one, so "sagte Selenskyj
// in Kiew" does not place the meeting he proposes in Kiew.

export type Clause = {text: string; /** Offset into the sentence. */ start: number};

const BOUNDARY = /[,;:]\s|\s[-–—]\s|["„“”»«()]/g;

export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (const mark of sentence.matchAll(BOUNDARY)) {
    clauses.push({text: sentence.slice(from, mark.index), start: from});
    from = mark.index + mark[0].length;
  }
  clauses.push({text: sentence.slice(from), start: from});
  return clauses.filter(clause => clause.text.trim() !== '');
}
