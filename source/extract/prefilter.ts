// A cheap "can this RegExp match here at all?" test, derived from the RegExp itself. Most of the
// extractor's patterns can only match where one of a few literal words stands ("trafen|traf|…",
// a place name, "Gipfel"); when none of them occurs in the text, the RegExp cannot match and its
// scan is skipped. The words are read from the pattern's source, so a rule added or changed is
// filtered by what it says, never by a second list kept by hand.
//
// The test is one-sided: false means "cannot match", true means "may match, run it". Text and
// words are compared case-folded (upper then lower case, twice, so "ß", "ẞ" and "SS" meet), which
// covers case-insensitive patterns too. Lookarounds, anchors and character classes tell nothing
// and are skipped; a pattern whose every match could avoid all literals (".*", "\p{Lu}\p{L}+") gets
// no filter and always runs.

/** Upper then lower case, twice: one spelling for every case variant a RegExp with /i accepts. */
export function foldCase(text: string): string {
  // ASCII, the Latin-1 letters but µ, and punctuation: lower case alone is the same fold (and
  // "ß", whose fold is "ss").
  const plain = text.includes('ß') ? text.replaceAll('ß', 'ss') : text;
  if (PLAIN.test(plain)) return plain.toLowerCase();
  // A final sigma folds to σ wherever it stands: lower case alone would depend on the next letter.
  return text.toUpperCase().toLowerCase().toUpperCase().toLowerCase().replace(/ς/g, 'σ');
}

const PLAIN = /^[\x00-\xB4\xB6-\xDE\xE0-\xFF\u2000-\u206F]*$/;

// Sets of strings larger than this are not multiplied out; the more telling part is kept.
const EXACT_LIMIT = 64;
// Character classes up to this many (folded) characters are kept as alternatives: "[Vv]", "\d".
const CLASS_LIMIT = 16;

type Node =
  | {type: 'chars'; options: string[] | null} // one character: its folded spellings, null = any
  | {type: 'empty'} // zero-width: anchors, lookarounds, \b
  | {type: 'unknown'} // a back-reference: any text
  | {type: 'sequence'; items: Node[]}
  | {type: 'choice'; items: Node[]}
  | {type: 'repeat'; item: Node; min: number; max: number};

/** What a node's matches are made of: exactly one of `exact`, or text holding one of `required`. */
type Info = {exact: Set<string> | null; required: Requirement};

class Parser {
  private at = 0;
  constructor(private readonly source: string, private readonly unicode: boolean) {}

  parse(): Node {
    const node = this.choice();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]}`);
    return node;
  }

  private choice(): Node {
    const items = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0]! : {type: 'choice', items};
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified(this.atom()));
    return {type: 'sequence', items};
  }

  private quantified(item: Node): Node {
    const source = this.source;
    const char = source[this.at];
    let min: number;
    let max: number;
    if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '?') [min, max] = [0, 1];
    else if (char === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.at));
      if (!bounds) return item; // a literal "{" (not in u-mode patterns, but harmless)
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
      this.at += bounds[0].length - 1;
    } else return item;
    this.at++;
    if (source[this.at] === '?') this.at++; // lazy
    return this.quantified({type: 'repeat', item, min, max});
  }

  private atom(): Node {
    const source = this.source;
    const char = source[this.at]!;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '^' || char === '$') {
      this.at++;
      return {type: 'empty'};
    }
    if (char === '.') {
      this.at++;
      return {type: 'chars', options: null};
    }
    if (char === '\\') return this.escape();
    const codePoint = this.unicode ? String.fromCodePoint(source.codePointAt(this.at)!) : char;
    this.at += codePoint.length;
    return {type: 'chars', options: [codePoint]};
  }

  private group(): Node {
    const rest = this.source.slice(this.at, this.at + 4);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    const named = /^\(\?<[A-Za-z_$]/.test(rest);
    this.at += lookaround ? lookaround[0].length : rest.startsWith('(?:') ? 3 : 1;
    if (named) this.at = this.source.indexOf('>', this.at) + 1;
    const inner = this.choice();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return lookaround ? {type: 'empty'} : inner;
  }

  private escape(): Node {
    const source = this.source;
    const next = source[this.at + 1]!;
    this.at += 2;
    if (next === 'b' || next === 'B') return {type: 'empty'};
    if (/[1-9]/.test(next) || next === 'k') {
      if (next === 'k') this.at = source.indexOf('>', this.at) + 1;
      else while (/\d/.test(source[this.at] ?? '')) this.at++;
      return {type: 'unknown'};
    }
    return {type: 'chars', options: this.escapedChars(next)};
  }

  /** The characters an escape stands for (after the backslash and `letter`), null when many. */
  private escapedChars(letter: string): string[] | null {
    const source = this.source;
    if ((letter === 'p' || letter === 'P') && this.unicode) {
      this.at = source.indexOf('}', this.at) + 1;
      return null;
    }
    if (letter === 'd') return [...'0123456789'];
    if ('DsSwW'.includes(letter)) return null;
    const simple: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0'};
    if (letter in simple) return [simple[letter]!];
    if (letter === 'c') return [String.fromCharCode(source.charCodeAt(this.at++) % 32)];
    if (letter === 'x') {
      this.at += 2;
      return [String.fromCharCode(parseInt(source.slice(this.at - 2, this.at), 16))];
    }
    if (letter === 'u') {
      if (source[this.at] === '{' && this.unicode) {
        const end = source.indexOf('}', this.at);
        const code = parseInt(source.slice(this.at + 1, end), 16);
        this.at = end + 1;
        return [String.fromCodePoint(code)];
      }
      this.at += 4;
      return [String.fromCharCode(parseInt(source.slice(this.at - 4, this.at), 16))];
    }
    return [letter];
  }

  private characterClass(): Node {
    const source = this.source;
    this.at++;
    const negated = source[this.at] === '^';
    if (negated) this.at++;
    let chars: string[] | null = [];
    while (source[this.at] !== ']') {
      if (this.at >= source.length) throw new Error('unclosed class');
      const start = this.classChar();
      if (source[this.at] === '-' && source[this.at + 1] !== ']' && start && start.length === 1) {
        this.at++;
        const end = this.classChar();
        if (!end || end.length !== 1) {
          chars = null;
          continue;
        }
        const [from, to] = [start[0]!.codePointAt(0)!, end[0]!.codePointAt(0)!];
        if (to - from > CLASS_LIMIT) chars = null;
        else for (let code = from; code <= to && chars; code++) chars.push(String.fromCodePoint(code));
        continue;
      }
      if (!start) chars = null;
      else if (chars) chars.push(...start);
    }
    this.at++;
    if (negated || !chars) return {type: 'chars', options: null};
    const folded = [...new Set(chars.map(foldCase))];
    return {type: 'chars', options: folded.length > CLASS_LIMIT ? null : folded};
  }

  /** One member of a class: its characters, or null for a class escape such as \p{L}. */
  private classChar(): string[] | null {
    const source = this.source;
    if (source[this.at] === '\\') {
      const letter = source[this.at + 1]!;
      this.at += 2;
      if (letter === 'b') return ['\b'];
      return this.escapedChars(letter);
    }
    const char = this.unicode ? String.fromCodePoint(source.codePointAt(this.at)!) : source[this.at]!;
    this.at += char.length;
    return [char];
  }
}

const noneOrEmpty = (set: Set<string> | null) => !set || set.has('');

// What a node requires: every one of these sets has a literal in any match ("a digit" and "a
// dot"); no sets, no requirement.
type Requirement = Set<string>[];
const MOST_SETS = 4;

/** The literals any match must contain, from what is known of a node. */
function requiredOf(info: Info): Requirement {
  if (info.exact) return noneOrEmpty(info.exact) ? [] : [info.exact];
  return info.required;
}

/** How telling a set is: the longer its shortest literal, then the fewer literals, the better. */
function rank(a: Set<string>, b: Set<string>): number {
  const shortest = (set: Set<string>) => Math.min(...[...set].map(text => text.length));
  return shortest(b) - shortest(a) || a.size - b.size;
}

/** All requirements of the parts of a sequence, the most telling few. */
function both(a: Requirement, b: Requirement): Requirement {
  return [...a, ...b].sort(rank).slice(0, MOST_SETS);
}

/** One set for a choice: the best set of each alternative, joined; none if an alternative has none. */
function either(options: Requirement[]): Requirement {
  if (options.some(option => option.length === 0)) return [];
  return [new Set(options.flatMap(option => [...[...option].sort(rank)[0]!]))];
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function infoOf(node: Node): Info {
  switch (node.type) {
    case 'empty':
      return {exact: new Set(['']), required: []};
    case 'unknown':
      return {exact: null, required: []};
    case 'chars':
      return {exact: node.options ? new Set(node.options.map(foldCase)) : null, required: []};
    case 'choice': {
      const infos = node.items.map(infoOf);
      if (infos.every(info => info.exact)) {
        const union = new Set(infos.flatMap(info => [...info.exact!]));
        if (union.size <= EXACT_LIMIT) return {exact: union, required: []};
      }
      return {exact: null, required: either(infos.map(requiredOf))};
    }
    case 'sequence': {
      // Runs of exactly known parts are multiplied out; each run and each other part is required.
      let run: Set<string> = new Set(['']);
      let allExact = true;
      let runs = 0;
      let required: Requirement = [];
      for (const item of node.items.map(infoOf)) {
        if (item.exact) {
          const joined = cross(run, item.exact);
          if (joined) {
            run = joined;
            continue;
          }
          required = both(required, requiredOf({exact: run, required: []}));
          run = item.exact;
          runs++;
          continue;
        }
        allExact = false;
        required = both(both(required, requiredOf({exact: run, required: []})), item.required);
        run = new Set(['']);
      }
      if (allExact && runs === 0) return {exact: run, required: []};
      return {exact: null, required: both(required, requiredOf({exact: run, required: []}))};
    }
    case 'repeat': {
      const info = infoOf(node.item);
      if (node.min === 0) {
        if (node.max === 1 && info.exact) return {exact: new Set([...info.exact, '']), required: []};
        return {exact: null, required: []};
      }
      if (info.exact && node.min === node.max && node.min <= 3) {
        let exact: Set<string> | null = new Set(['']);
        for (let i = 0; i < node.min && exact; i++) exact = cross(exact, info.exact);
        if (exact) return {exact, required: []};
      }
      return {exact: null, required: requiredOf(info)};
    }
  }
}

/** Drops literals that hold a shorter one of the set: where "reist" is missing, "reiste" is too. */
function minimal(literals: Set<string>): string[] {
  const sorted = [...literals].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of sorted) if (!kept.some(shorter => literal.includes(shorter))) kept.push(literal);
  return kept;
}

/**
 * Sets of folded literals such that every match of `pattern` holds a literal of each set ("a
 * digit" and "a dot or a slash"); null when nothing is known (the pattern must always run).
 */
export function requiredLiteralSets(pattern: RegExp): string[][] | null {
  let node: Node;
  try {
    node = new Parser(pattern.source, pattern.unicode).parse();
  } catch {
    return null;
  }
  const sets = requiredOf(infoOf(node)).filter(set => !set.has(''));
  return sets.length ? sets.map(minimal) : null;
}

/** The most telling of the sets `requiredLiteralSets` finds. */
export function requiredLiterals(pattern: RegExp): string[] | null {
  return requiredLiteralSets(pattern)?.[0] ?? null;
}

// Every filtered pattern's literals go into one automaton (Aho–Corasick, as a table over the
// characters the literals use), so one pass over a text answers for all patterns at once; the
// answers for the texts of a batch are kept. A pattern seen for the first time is checked with
// String.includes until the automaton is rebuilt with it, after a few hundred such checks.
type Entry = {id: number; literals: string[]};

type Automaton = {
  /** Pattern entries covered: ids below this. */
  covered: number;
  /** UTF-16 code unit → column (0: a character no literal uses). */
  columnOf: Uint16Array;
  columns: number;
  /** State × column → next state. */
  next: Uint16Array | Int32Array;
  /**
   * Entry ids whose literal ends at a state (directly or as a suffix): those of state s are
   * `foundIds[foundFrom[s]]` up to `foundIds[foundFrom[s + 1]]`. Flat typed arrays, not a list
   * per state: a scan reaches such a state at about every sixth character ("in", "an", "."), and
   * a list per state cost it a third more time.
   */
  foundFrom: Int32Array;
  foundIds: Int32Array;
};

function buildAutomaton(entries: Entry[]): Automaton {
  const columnOf = new Uint16Array(65536);
  let columns = 1;
  for (const entry of entries) for (const literal of entry.literals) for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if (columnOf[code] === 0) columnOf[code] = columns++;
  }
  const children: Map<number, number>[] = [new Map()];
  const ends: (number[] | undefined)[] = [undefined];
  for (const entry of entries) {
    for (const literal of entry.literals) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const column = columnOf[literal.charCodeAt(i)]!;
        let to = children[state]!.get(column);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          ends.push(undefined);
          children[state]!.set(column, to);
        }
        state = to;
      }
      (ends[state] ??= []).push(entry.id);
    }
  }
  const next = new Int32Array(children.length * columns);
  const fail = new Int32Array(children.length);
  const found: (number[] | undefined)[] = new Array<number[] | undefined>(children.length).fill(undefined);
  found[0] = ends[0];
  const queue: number[] = [];
  for (const [column, to] of children[0]!) {
    next[column] = to;
    queue.push(to);
  }
  for (let i = 0; i < queue.length; i++) {
    const state = queue[i]!;
    const back = fail[state]!;
    const own = ends[state];
    const inherited = found[back];
    found[state] = own && inherited ? [...new Set([...own, ...inherited])] : (own ?? inherited);
    for (let column = 0; column < columns; column++) {
      const to = children[state]!.get(column);
      if (to === undefined) next[state * columns + column] = next[back * columns + column]!;
      else {
        next[state * columns + column] = to;
        fail[to] = next[back * columns + column]!;
        queue.push(to);
      }
    }
  }
  return {covered: entries.length, columnOf, columns, ...breadthFirst([0, ...queue], next, found, columns)};
}

// A text's characters mostly keep the scan at the root and a few states below it. Numbered
// breadth first, those states' rows lie together at the start of the table, in 16 bits where
// the states fit: the rows a scan reads stay in the CPU's cache beside the rest of the extractor.
function breadthFirst(order: number[], next: Int32Array, found: (number[] | undefined)[], columns: number) {
  const renumbered = new Int32Array(order.length);
  order.forEach((state, index) => (renumbered[state] = index));
  const table = order.length <= 0x10000 ? new Uint16Array(next.length) : new Int32Array(next.length);
  order.forEach((state, index) => {
    for (let column = 0; column < columns; column++) table[index * columns + column] = renumbered[next[state * columns + column]!]!;
  });
  const foundFrom = new Int32Array(order.length + 1);
  const ids: number[] = [];
  order.forEach((state, index) => {
    for (const id of found[state] ?? []) ids.push(id);
    foundFrom[index + 1] = ids.length;
  });
  return {next: table, foundFrom, foundIds: Int32Array.from(ids)};
}

function scan(automaton: Automaton, folded: string): Uint8Array {
  const marks = new Uint8Array(automaton.covered);
  const {columnOf, columns, next, foundFrom, foundIds} = automaton;
  let state = 0;
  for (let i = 0; i < folded.length; i++) {
    state = next[state * columns + columnOf[folded.charCodeAt(i)]!]!;
    const to = foundFrom[state + 1]!;
    for (let k = foundFrom[state]!; k < to; k++) marks[foundIds[k]!] = 1;
  }
  return marks;
}

// One entry per required set; a pattern passes when each of its entries is found.
const entries: Entry[] = [];
// By object; patterns written inside functions are new objects on every call, so also by source.
const byPattern = new WeakMap<RegExp, Entry[] | null>();
const bySource = new Map<string, Entry[] | null>();

// A set holding a single letter ("e", or "h" of chrono's "h|a|j|sek|…") is met by nearly every
// text: the scan would stop at every such letter and rule out next to nothing.
const NEARLY_EVERYWHERE = /^\p{L}$/u;

function entriesOf(pattern: RegExp): Entry[] | null {
  let found = byPattern.get(pattern);
  if (found !== undefined) return found;
  const key = `${pattern.flags}/${pattern.source}`;
  found = bySource.get(key);
  if (found === undefined) {
    const telling = requiredLiteralSets(pattern)?.filter(literals => !literals.some(literal => NEARLY_EVERYWHERE.test(literal)));
    found = telling?.length ? telling.map(literals => ({id: entries.length, literals})) : null;
    for (const entry of found ?? []) entry.id = entries.push(entry) - 1;
    bySource.set(key, found);
  }
  byPattern.set(pattern, found);
  return found;
}

const REBUILD_AFTER = 500;
// Enough for every clause and sentence of a batch of articles (a corpus article has ~23): the
// rules ask about a clause again long after the batch's meeting-word pass asked about it.
const TEXTS_KEPT = 2048;
let automaton: Automaton = buildAutomaton([]);
let uncoveredChecks = 0;

// The entries each kept text holds, one bit per entry: `wordsPerText` 32-bit words at `slotOf`
// the text in one shared pool, so keeping a text allocates nothing, and a text asked about again
// is answered from its bits as they are. (A list of found ids per text, stamped into a shared
// array on every switch between a clause and its sentence, scanned ~30% slower.)
let wordsPerText = 0;
let pool = new Int32Array(0);
let slots = 0;
const slotOf = new Map<string, number>();
// The bits of the text asked about last start at `marked`.
let lastText: string | undefined;
let marked = 0;

/** Sets the bits of the entries `folded` holds in the pool's words from `at`, left all zero. */
function scanInto(folded: string, at: number): void {
  const {columnOf, columns, next, foundFrom, foundIds} = automaton;
  let state = 0;
  for (let i = 0; i < folded.length; i++) {
    state = next[state * columns + columnOf[folded.charCodeAt(i)]!]!;
    const to = foundFrom[state + 1]!;
    for (let k = foundFrom[state]!; k < to; k++) {
      const id = foundIds[k]!;
      const word = at + (id >>> 5);
      pool[word] = pool[word]! | (1 << (id & 31));
    }
  }
}

/**
 * Drops the kept texts' entries: extractBatch starts each batch with none, so a text is scanned
 * again in every batch it is in, as in a poll, where no article comes twice.
 */
export function forgetTexts(): void {
  slotOf.clear();
  slots = 0;
  lastText = undefined;
}

/** Points `marked` at the bits of the entries `text` holds. */
function markText(text: string): void {
  if (text === lastText) return;
  const known = slotOf.get(text);
  if (known !== undefined) marked = known;
  else {
    if (slots >= TEXTS_KEPT) forgetTexts();
    marked = slots++ * wordsPerText;
    pool.fill(0, marked, marked + wordsPerText);
    scanInto(foldCase(text), marked);
    slotOf.set(text, marked);
  }
  lastText = text;
}

/** False when `pattern` cannot match anywhere in `text`; true when it may. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const required = entriesOf(pattern);
  return !required || holdsAll(required, text);
}

/**
 * `mayMatch` for one pattern, its literal sets looked up once: for a rule's fixed patterns asked
 * about every clause (the meeting verbs, the tense cues), where the look-up by pattern cost more
 * than the answer.
 */
export function mayMatchOf(pattern: RegExp): (text: string) => boolean {
  const required = entriesOf(pattern);
  return required ? text => holdsAll(required, text) : () => true;
}

/**
 * False when none of `patterns` can match `text` (mayMatch would say so of each): one look at the
 * text's bits for a group of rules most texts hold none of, such as the meeting verbs (none may
 * match in 70% of the corpus clauses), instead of a look per rule. True whenever unsure.
 */
export function mayMatchAnyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const required = patterns.map(entriesOf);
  if (required.some(entries => entries === null)) return () => true;
  // One entry of each pattern: every match of it holds that entry.
  const ids = required.map(entries => entries![0]!.id);
  const last = Math.max(...ids);
  let mask = new Int32Array(0);
  let maskOf: Automaton | undefined;
  return text => {
    if (last >= automaton.covered) return true;
    if (maskOf !== automaton) {
      mask = new Int32Array(wordsPerText);
      for (const id of ids) mask[id >>> 5] = mask[id >>> 5]! | (1 << (id & 31));
      maskOf = automaton;
    }
    markText(text);
    for (let w = 0; w < mask.length; w++) if ((pool[marked + w]! & mask[w]!) !== 0) return true;
    return false;
  };
}

function holdsAll(required: Entry[], text: string): boolean {
  const last = required[required.length - 1]!;
  if (last.id >= automaton.covered && ++uncoveredChecks >= REBUILD_AFTER) {
    automaton = buildAutomaton(entries);
    uncoveredChecks = 0;
    wordsPerText = (automaton.covered + 31) >>> 5;
    pool = new Int32Array(TEXTS_KEPT * wordsPerText);
    forgetTexts();
  }
  if (last.id < automaton.covered) {
    markText(text);
    for (let i = 0; i < required.length; i++) {
      const id = required[i]!.id;
      if ((pool[marked + (id >>> 5)]! & (1 << (id & 31))) === 0) return false;
    }
    return true;
  }
  const folded = foldCase(text);
  return required.every(entry => entry.literals.some(literal => folded.includes(literal)));
}

/** A chrono parser as chrono calls it: a pattern to scan with, and what to make of a match. */
type ChronoParser = {pattern(context: {text: string}): RegExp; extract(context: never, match: RegExpMatchArray): unknown};

const NEVER = {exec: () => null} as unknown as RegExp;

/**
 * `parser` scanning only texts its pattern may match. chrono's parsers and ours build the same
 * pattern on every call (chrono's German ones as new RegExp objects), so the first one is kept.
 * `mayMatch` answers before chrono is asked: false once the pattern is known and cannot match.
 */
export function skippingImpossible<P extends ChronoParser>(parser: P): P & {mayMatch(text: string): boolean} {
  let pattern: RegExp | undefined;
  // The pattern's filter, looked up once it is known: every date sentence asks all 46 parsers.
  let filter: ((text: string) => boolean) | undefined;
  return {
    pattern(context: {text: string}) {
      if (!pattern) {
        pattern = parser.pattern(context);
        filter = mayMatchOf(pattern);
      }
      return filter!(context.text) ? pattern : NEVER;
    },
    extract: (context: never, match: RegExpMatchArray) => parser.extract(context, match),
    mayMatch: (text: string) => filter === undefined || filter(text),
  } as P & {mayMatch(text: string): boolean};
}

/**
 * A fixed list of literals found in one pass over a text (case-sensitive, as String.includes):
 * for a gazetteer's many words, where an includes() each would read the text once per word.
 */
export class LiteralSet {
  private readonly automaton: Automaton;
  constructor(readonly literals: readonly string[]) {
    this.automaton = buildAutomaton(literals.map((literal, id) => ({id, literals: [literal]})));
  }

  /** For each literal (by its index in `literals`), 1 when `text` holds it. */
  find(text: string): Uint8Array {
    return scan(this.automaton, text);
  }
}
