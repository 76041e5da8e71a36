// The extractor's one entry: actors and meetings of one article, or of several at once. Pure and
// fast; the poller, `talkwatch reindex` and `talkwatch extract` all call this.
import {findActors, type FoundActors} from './actors.js';
import {publishedDay} from './dates.js';
import {type Gazetteer, loadGazetteer} from './gazetteer.js';
import {findMeetings, prepareMeetings} from './meetings.js';
import {dayNumber} from './merge.js';
import {datelineCity, findPlaces, townBeforeColon} from './places.js';
import {forgetTexts} from './prefilter.js';
import type {MentionSource} from './mentions.js';
import {repairMojibake} from '../text/mojibake.js';
import {splitSentences} from './sentences.js';
import {blankEntryMarks, entryStarts, isTicker} from './ticker.js';
import type {Extraction, ExtractInput, Meeting} from './types.js';

let bundled: Gazetteer | undefined;

export function extract(input: ExtractInput, gazetteer: Gazetteer = (bundled ??= loadGazetteer())): Extraction {
  return extractBatch([input], gazetteer)[0]!;
}

/**
 * extract() of each article, the same extraction for each as extract() gives it alone. The work
 * goes pass by pass over all the articles: their people, then their sentences' clauses and meeting
 * words, then the rest of their meetings. Each pass keeps its own patterns, automata and code in
 * the CPU's caches from one article to the next, where article after article each pass evicted
 * the others': the 62 corpus articles take 53 instead of 60 ms of CPU, and the people's steps of
 * each cost 12–37% more between meetings than in a row (docs/benchmarks.md).
 */
export function extractBatch(inputs: readonly ExtractInput[], gazetteer: Gazetteer = (bundled ??= loadGazetteer())): Extraction[] {
  forgetTexts();
  const read = inputs.map(input => readActors(input, gazetteer));
  const prepared = read.map(article => {
    const source = mentionSource(article, gazetteer);
    return {source, reading: prepareMeetings(source)};
  });
  return read.map((article, a) => withMeetings(article, findMeetings(prepared[a]!.source, prepared[a]!.reading)));
}

// A page saved as UTF-8 and read as Windows-1252 ("empfÃ¤ngt") is read as it was written.
const repairedInput = (input: ExtractInput): ExtractInput => ({
  ...input,
  title: repairMojibake(input.title),
  kicker: input.kicker ? repairMojibake(input.kicker) : input.kicker,
  text: repairMojibake(input.text),
});

type ReadArticle = {input: ExtractInput; text: string; heading: string[]; entries: number[] | undefined; found: FoundActors};

function readActors(garbled: ExtractInput, gazetteer: Gazetteer): ReadArticle {
  const input = repairedInput(garbled);
  // Kicker and title are read like paragraphs of their own: "Gespräche … für Sonntag angekündigt"
  // may be the only place that dates a meeting.
  const heading = [input.kicker, input.title].filter((line): line is string => Boolean(line?.trim()));
  const marked = [...heading, input.text].join('\n\n');
  const entries = isTicker(input.text) ? entryStarts(marked) : undefined;
  const text = blankEntryMarks(marked);
  return {input, text, heading, entries, found: findActors(text, new Date(input.published), gazetteer)};
}

function mentionSource({input, text, heading, entries, found}: ReadArticle, gazetteer: Gazetteer): MentionSource {
  const sentences = splitSentences(text);
  return {text, sentences, hits: found.hits, published: input.published, today: publishedDay(input.published), sideOf: id => gazetteer.byId.get(id)?.side ?? null, leadParagraph: heading.length, entries};
}

function withMeetings({input, found}: ReadArticle, meetings: Meeting[]): Extraction {
  const {actors, suggestions} = found;
  // "NEU-DELHI (dpa) - Putin ist zu einem Staatsbesuch in Indien eingetroffen": a meeting placed
  // only in the dateline's country took place in the dateline's city.
  const dateline = datelineCity(input.text);
  for (let m = 0; m < meetings.length; m++) {
    const meeting = meetings[m]!;
    if (dateline && meeting.place !== null && meeting.place === meeting.country && meeting.country === dateline.country) meeting.place = dateline.place;
    // "Kairo: Die Verhandlungen sollen morgen fortgesetzt werden": the talks the opening sentence
    // tells without a place are in the town it reports from (a call has no place).
    const town = meeting.place === null && meeting.kind !== 'call' && meeting.evidence.includes(':') ? townBeforeColon(meeting.evidence) : null;
    if (town) Object.assign(meeting, {place: town.place, country: town.country});
  }
  // "hat Selenskyj im Bundeskanzleramt empfangen" in an article about Austria's chancellor: his
  // chancellery, in Wien, when the article names no German chancellor and never Berlin itself.
  if (isAustrianChancellorsArticle(actors, input.text)) for (const meeting of meetings) if (meeting.place === 'Berlin') Object.assign(meeting, {place: 'Wien', country: 'Österreich'});
  // "nimmt am Sonntag am Gipfel in Malaysia teil" beside talks "am Samstag in Kuala Lumpur": a
  // meeting placed only in a country, on the day of (or the day next to) a meeting in one town of
  // that country, is in that town. A region named ("in Alaska", reported as its country) stays.
  const placed = meetings.map(meeting => townOfTheDays(meeting, meetings));
  placed.forEach((town, m) => town && Object.assign(meetings[m]!, town));
  return {actors, suggestions, meetings};
}

const BERLIN = /(?<![\p{L}])Berlin/u;
const isAustrianChancellorsArticle = (actors: Extraction['actors'], text: string) =>
  actors.some(actor => actor.role === 'Bundeskanzler Österreichs') && !actors.some(actor => actor.role === 'Bundeskanzler') && text.includes('anzleramt') && !BERLIN.test(text);

function townOfTheDays(meeting: Meeting, meetings: readonly Meeting[]): {place: string; country: string} | null {
  if (!meeting.place || meeting.place !== meeting.country || !meeting.start || meeting.precision === 'unknown') return null;
  if (findPlaces(meeting.evidence).some(hit => !hit.isCity && hit.area !== null)) return null;
  const towns = new Set(
    meetings
      .filter(other => other.place && other.place !== other.country && other.country === meeting.place)
      .filter(other => sameDays(meeting, other))
      .map(other => other.place!),
  );
  return towns.size === 1 ? {place: [...towns][0]!, country: meeting.country} : null;
}

function sameDays(meeting: Meeting, other: Meeting): boolean {
  if (!other.start || other.precision === 'unknown') return false;
  const day = dayNumber(meeting.start!), from = dayNumber(other.start);
  return Math.abs(from - day) <= 1 || (other.end !== null && from <= day && day <= dayNumber(other.end) + 1);
}
