// The corpus scorer's matching rules (corpus/FORMAT.md, "Scoring"), reimplemented so that tests can
// score the extractor in-process without depending on the shared corpus folder.
import type {Meeting, Precision} from '../../source/extract/types.js';

export type GoldMeeting = Omit<Meeting, 'evidence'> & {optional: boolean; note: string};
export type Gold = {actors: string[]; meetings: GoldMeeting[]};
type Scored = Pick<Meeting, 'place' | 'country' | 'start' | 'end' | 'precision' | 'status' | 'participants'> & {
  evidence?: string;
};
export type Predicted = {actors: string[]; meetings: Scored[]};

export type Counts = {tp: number; fp: number; fn: number};
export type Pair = {gold: GoldMeeting; predicted: Scored; dateOk: boolean; statusOk: boolean};
export type ArticleScore = {
  actors: Counts;
  meetings: Counts;
  participants: Counts;
  missedActors: string[];
  extraActors: string[];
  missedMeetings: GoldMeeting[];
  extraMeetings: Scored[];
  pairs: Pair[];
};

/** Lower case, umlauts spelled out, accents and punctuation dropped. */
export function fold(text: string | null | undefined): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const COLOGNE_LETTERS: Record<string, string> = {b: '1', f: '3', v: '3', w: '3', g: '4', k: '4', q: '4', l: '5', m: '6', n: '6', r: '7', s: '8', z: '8'};

/** Kölner Phonetik: makes German and English transliterations of one name (Selenskyj, Zelensky) equal. */
export function cologne(word: string): string {
  const w = fold(word).replace(/[^a-z]/g, '').replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  let digits = '';
  for (let i = 0; i < w.length; i++) {
    const [c, prev, next] = [w[i]!, w[i - 1] ?? '', w[i + 1] ?? ''];
    if ('aeijouy'.includes(c)) digits += '0';
    else if (c === 'p') digits += next === 'h' ? '3' : '1';
    else if (c === 'd' || c === 't') digits += 'csz'.includes(next) ? '8' : '2';
    else if (c === 'c') digits += (i === 0 ? 'ahkloqrux'.includes(next) : !'sz'.includes(prev) && 'ahkoqux'.includes(next)) ? '4' : '8';
    else if (c === 'x') digits += 'ckq'.includes(prev) ? '8' : '48';
    else digits += COLOGNE_LETTERS[c] ?? '';
  }
  let code = '';
  for (const d of digits) if (code[code.length - 1] !== d) code += d;
  return code.slice(0, 1) + code.slice(1).replace(/0/g, '');
}

const surname = (name: string) => fold(name).split(' ').filter(Boolean).pop() ?? '';

/** Same person when the surnames agree, literally or phonetically (Umjerow = Umerov). */
export function sameActor(a: string, b: string): boolean {
  const [x, y] = [surname(a), surname(b)];
  if (!x || !y) return false;
  return x === y || (cologne(x).length >= 3 && cologne(x) === cologne(y));
}

const PLACE_ALIASES: Record<string, string> = {
  geneva: 'genf', riyadh: 'riad', jeddah: 'dschidda', dschiddah: 'dschidda', moscow: 'moskau', kyiv: 'kiew', kiev: 'kiew',
  turkey: 'tuerkei', 'saudi arabia': 'saudi arabien', switzerland: 'schweiz', 'vereinigte staaten': 'usa', us: 'usa',
  'united states': 'usa', 'vereinigte arabische emirate': 'vae', emirate: 'vae', uae: 'vae', russia: 'russland',
  germany: 'deutschland', 'vereinigtes koenigreich': 'grossbritannien', uk: 'grossbritannien',
  'st petersburg': 'sankt petersburg', 'the hague': 'den haag', rome: 'rom', brussels: 'bruessel', vatican: 'vatikan',
  vatikanstadt: 'vatikan', copenhagen: 'kopenhagen',
};
const COUNTRY_OF: Record<string, string> = {
  miami: 'usa', washington: 'usa', 'new york': 'usa', anchorage: 'usa', alaska: 'usa', florida: 'usa', 'palm beach': 'usa',
  'mar a lago': 'usa', 'weisses haus': 'usa', 'hallandale beach': 'usa', istanbul: 'tuerkei', ankara: 'tuerkei',
  antalya: 'tuerkei', genf: 'schweiz', buergenstock: 'schweiz', davos: 'schweiz', bern: 'schweiz', 'abu dhabi': 'vae',
  dubai: 'vae', riad: 'saudi arabien', dschidda: 'saudi arabien', moskau: 'russland', 'sankt petersburg': 'russland',
  kreml: 'russland', kiew: 'ukraine', berlin: 'deutschland', muenchen: 'deutschland', paris: 'frankreich',
  london: 'grossbritannien', bruessel: 'belgien', 'den haag': 'niederlande', rom: 'italien', budapest: 'ungarn',
  helsinki: 'finnland', doha: 'katar', kopenhagen: 'daenemark', warschau: 'polen', minsk: 'belarus',
  baku: 'aserbaidschan', vatikan: 'vatikan',
};
const normPlace = (place: string | null) => PLACE_ALIASES[fold(place)] ?? fold(place);
const countryOf = (place: string) => COUNTRY_OF[place] ?? place;

/** null when one side knows no place; otherwise whether the places agree (a city lies in the named country). */
function placeAgrees(g: Scored, p: Scored): boolean | null {
  const [a, b] = [normPlace(g.place ?? g.country), normPlace(p.place ?? p.country)];
  if (!a || !b) return null;
  const [ca, cb] = [countryOf(a), countryOf(b)];
  return a === b || ca === b || a === cb || (ca === cb && (a === ca || b === cb));
}

const TOLERANCE: Partial<Record<Precision, number>> = {day: 1, days: 1, 'month-part': 10, month: 31, season: 92, year: 366};
const dayNumber = (date: string | null) => (date ? Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 864e5 : Number.NaN);

function span(m: Scored): [number, number] | null {
  const start = dayNumber(m.start);
  if (Number.isNaN(start)) return null;
  const end = Number.isNaN(dayNumber(m.end)) ? start : dayNumber(m.end);
  const slack = TOLERANCE[m.precision] ?? 1;
  return [start - slack, end + slack];
}

function dateAgrees(g: Scored, p: Scored): boolean | null {
  const [a, b] = [span(g), span(p)];
  if (!a || !b) return null;
  return a[0] <= b[1] && b[0] <= a[1];
}

/** The scorer's date accuracy: the start within the gold precision's tolerance. */
export function dateCorrect(g: Scored, p: Scored): boolean {
  if (!g.start || g.precision === 'unknown') return !p.start || p.precision === 'unknown';
  if (!p.start) return false;
  if (g.precision === 'month') return g.start.slice(0, 7) === p.start.slice(0, 7);
  if (g.precision === 'year') return g.start.slice(0, 4) === p.start.slice(0, 4);
  return Math.abs(dayNumber(g.start) - dayNumber(p.start)) <= (TOLERANCE[g.precision] ?? 1);
}

const sharedPeople = (g: Scored, p: Scored) => g.participants.filter(x => p.participants.some(y => sameActor(x, y))).length;

/** 0 when the two cannot be the same meeting; otherwise higher for a closer pair. */
function affinity(g: GoldMeeting, p: Scored): number {
  const [place, date, people] = [placeAgrees(g, p), dateAgrees(g, p), sharedPeople(g, p)];
  if (place === false || date === false) return 0;
  if (place !== true && date !== true && !(place === null && date === null && people > 0)) return 0;
  return 1 + Number(place === true) + Number(date === true) + Number(g.status === p.status) * 0.5 + Math.min(people, 4) * 0.1;
}

/** Greedy one-to-one matching, closest pairs first and required gold meetings before optional ones. */
function matchMeetings(gold: GoldMeeting[], predicted: Scored[]): Map<number, number> {
  const candidates: {i: number; j: number; score: number}[] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const score = affinity(g, p);
    if (score) candidates.push({i, j, score: score + (g.optional ? 0 : 10)});
  }));
  candidates.sort((x, y) => y.score - x.score);
  const goldToPredicted = new Map<number, number>();
  const taken = new Set<number>();
  for (const {i, j} of candidates) {
    if (goldToPredicted.has(i) || taken.has(j)) continue;
    goldToPredicted.set(i, j);
    taken.add(j);
  }
  return goldToPredicted;
}

export function scoreArticle(gold: Gold, predicted: Predicted): ArticleScore {
  const names = [...new Set(predicted.actors)];
  const missedActors = gold.actors.filter(g => !names.some(p => sameActor(g, p)));
  const extraActors = names.filter(p => !gold.actors.some(g => sameActor(g, p)));
  const matches = matchMeetings(gold.meetings, predicted.meetings);
  const pairs: Pair[] = [];
  const missedMeetings: GoldMeeting[] = [];
  const participants: Counts = {tp: 0, fp: 0, fn: 0};
  gold.meetings.forEach((g, i) => {
    if (g.optional) return;
    const j = matches.get(i);
    if (j === undefined) return void missedMeetings.push(g);
    const p = predicted.meetings[j]!;
    pairs.push({gold: g, predicted: p, dateOk: dateCorrect(g, p), statusOk: g.status === p.status});
    const hits = sharedPeople(g, p);
    participants.tp += hits;
    participants.fn += g.participants.length - hits;
    participants.fp += p.participants.filter(y => !g.participants.some(x => sameActor(x, y))).length;
  });
  const used = new Set(matches.values());
  return {
    actors: {tp: gold.actors.length - missedActors.length, fp: extraActors.length, fn: missedActors.length},
    meetings: {tp: pairs.length, fp: predicted.meetings.length - used.size, fn: missedMeetings.length},
    participants,
    missedActors,
    extraActors,
    missedMeetings,
    extraMeetings: predicted.meetings.filter((_, j) => !used.has(j)),
    pairs,
  };
}

export type Summary = {actorF1: number; meetingF1: number; dateAccuracy: number; statusAccuracy: number; participantF1: number};

const add = (a: Counts, b: Counts): Counts => ({tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn});

/** Micro F1 as the scorer computes it: an empty side counts as perfect. */
export function f1({tp, fp, fn}: Counts): number {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export function summarize(scores: ArticleScore[]): Summary {
  const zero: Counts = {tp: 0, fp: 0, fn: 0};
  const pairs = scores.flatMap(s => s.pairs);
  const share = (ok: (pair: Pair) => boolean) => (pairs.length ? pairs.filter(ok).length / pairs.length : 0);
  return {
    actorF1: f1(scores.map(s => s.actors).reduce(add, zero)),
    meetingF1: f1(scores.map(s => s.meetings).reduce(add, zero)),
    dateAccuracy: share(pair => pair.dateOk),
    statusAccuracy: share(pair => pair.statusOk),
    participantF1: f1(scores.map(s => s.participants).reduce(add, zero)),
  };
}
