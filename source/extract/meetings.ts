// The meetings of one article: its mentions merged so that "Gespräche in Miami", "die am Freitag
// aufgenommenen Gespräche" and "An den Gesprächen nahmen … teil" become one meeting. A mention
// with place, date or distinct parties can open a meeting; one without ("die Gespräche") only
// adds people and status to the meeting the text spoke of last.
import {countNumber} from './dates/german-words.js';
import {datesAgree, datesNear, moreSpecificDate, moreSpecificPlace, placesAgree} from './merge.js';
import {findMentions, prepareMentions, type MentionSource, type MeetingMention, type PreparedMentions} from './mentions.js';
import {isLeisureReport, isOffPolitics, isSportsReport} from './not-meetings.js';
import {isOngoingOfThePast} from './past-ongoing.js';
import {isStatementAtMeeting} from './status.js';
import type {Meeting, MeetingKind, MeetingStatus} from './types.js';

/** `headline`: the evidence is still a headline; a sentence of the body says more. */
/** `arrivedOn`: the day of an arrival told for the meeting ("ist am Dienstagmittag in Kairo eingetroffen"). */
type Draft = MeetingMention & {last: number; headline: boolean; cameToNothing?: boolean; arrivedOn?: string};

const PLAN: MeetingStatus[] = ['proposed', 'planned', 'cancelled'];
// Within one article the most telling report wins: talks "begun" and "held" on Friday are ongoing.
const WEIGHT: Record<MeetingStatus, number> = {proposed: 0, planned: 1, held: 2, ongoing: 3, cancelled: 4};

/** What findMeetings reads of an article before it reads it sentence by sentence; null for a sports or a club's report. */
export function prepareMeetings(source: MentionSource): PreparedMentions | null {
  return isSportsReport(source.text) || isLeisureReport(source.text) ? null : prepareMentions(source);
}

/** The meetings an article reports, in the order it first mentions them. */
export function findMeetings(source: MentionSource, prepared = prepareMeetings(source)): Meeting[] {
  if (!prepared) return [];
  const drafts: Draft[] = [];
  // Headline and lead may speak of "the talks" before the text says where they were.
  const waiting: MeetingMention[] = [];
  const take = (draft: Draft, mention: MeetingMention, locates: boolean) => absorb(draft, mention, locates, mention.paragraph >= source.leadParagraph, source.today);
  // An index loop: a for-of over the mentions made V8 recompile findMeetings when the array's
  // element kind changed between articles (empty or not).
  const mentions = findMentions(source, prepared);
  for (let n = 0; n < mentions.length; n++) {
    const mention = source.entries ? onTickerDay(mentions[n]!, source.today) : mentions[n]!;
    const latest = drafts.reduce<Draft | undefined>((found, d) => (!found || d.last > found.last ? d : found), undefined);
    if (latest && !mention.place && !mention.start && THEREIN.test(mention.evidence)) {
      // "Darin spricht Witkoff mit Uschakow": the call or talks just told, seen from inside.
      take(latest, {...mention, kind: latest.kind, status: latest.status, explicit: false}, false);
    } else if (mention.continues && (!mention.place || mention.place === latest?.place) && latest?.explicit && sameContact(latest, mention) && !PLAN.includes(latest.status) && !toldAsEnded(latest)) {
      // The talks under way go on another day: still the same meeting, and not over yet.
      take(latest, {...mention, status: 'ongoing', explicit: true}, false);
    } else if (latest?.kind === 'call' && isTheCall(mention, latest)) {
      // "Trump hat mit Putin telefoniert. … dauerte das Gespräch am Sonntagabend knapp zwei Stunden": that call.
      take(latest, {...mention, kind: 'call'}, false);
    } else if (!mention.place && THE_POSSIBLE_MEETING.test(mention.evidence) && lastPlanned(drafts)) {
      // "ob Stubb bei dem möglichen Treffen dabei sein wird": the meeting in prospect just
      // told, whatever date the clause around it ("Auch jetzt ist unklar") carries. Whoever the
      // question asks about ("ob Tusk …") is not known to take part.
      take(lastPlanned(drafts)!, WHETHER.test(mention.evidence) ? {...mention, participants: [], sides: []} : mention, false);
    } else if (!mention.start && (ALL_DAY.test(mention.evidence) || (mention.place && THE_TALKS_IN.test(mention.evidence))) && todays(drafts, mention, source.today)) {
      // "Es werde den ganzen Tag Gespräche in verschiedenen Formaten geben": the programme of the
      // day's meeting at that place, which keeps its own status. So is "hatte dabei die Beratungen
      // in Genf vereinbart": the definite talks at the place of the day's meeting are that meeting.
      const target = todays(drafts, mention, source.today)!;
      take(target, {...mention, status: target.status, explicit: target.explicit}, false);
    } else if (isArrival(mention) && arrivalFor(drafts, mention, source.today)) {
      // "Scholz war schon am Dienstagabend in Rom eingetroffen" beside his reception in Rom
      // on Thursday: the arrival begins that visit. It tells where, not when or how far the
      // meeting is: its kind, date and status stay.
      const target = arrivalFor(drafts, mention, source.today)!;
      take(target, {...mention, kind: target.kind, status: target.status, explicit: target.explicit, start: target.start, end: target.end, precision: target.precision}, true);
      if (mention.start && mention.precision === 'day') target.arrivedOn ??= mention.start;
    } else if (mention.status === 'cancelled' && !mention.place && THREE_WAY.test(mention.evidence) && threeWayApart(drafts) && datesAgree(threeWayApart(drafts)!, mention)) {
      // "Nach getrennten Treffen mit X und Y … kam es zu keinem trilateralen Treffen": the meeting
      // of all three, told before the separate ones, is the one that did not come about.
      // It was to be on the day the separate ones were.
      const group = threeWayApart(drafts)!;
      take(group, mention, false);
      group.cameToNothing = true;
    } else if (mention.sideline) {
      // A meeting on a summit's sidelines is its own, where and when the summit is.
      // "am Rande des Treffens": with no summit told, the definite article points to the meeting told last.
      const summit = [...drafts].reverse().find(isSummit) ?? (BESIDE_THE_MEETING.test(mention.evidence) ? latest : undefined);
      const where = summit && !mention.place && !mention.start ? {place: summit.place, country: summit.country, isCity: summit.isCity, start: summit.start, end: summit.end, precision: summit.precision} : {};
      // "Am Vorabend des Gipfels": the day before the summit begins.
      const eve = summit?.start && (summit.precision === 'day' || summit.precision === 'days') && (!mention.start || mention.start === summit.start) && EVE.test(mention.evidence) ? {start: previousDay(summit.start), end: null, precision: 'day' as const} : {};
      drafts.push({...mention, ...where, ...eve, last: mention.order, headline: mention.paragraph < source.leadParagraph});
    } else if (mention.standalone) {
      const target = sameRound([...drafts].sort((a, b) => b.last - a.last), mention) ?? bestMatch(drafts, mention, Boolean(source.entries), source.today, source.leadParagraph);
      if (target) take(target, mention, true);
      else {
        // "Trump werde zudem Milei treffen": another meeting of the same occasion, where and when the one before is.
        // "Nach getrennten Treffen mit X und Y": the separate meetings are where and when the meeting of all of them is.
        const group = mention.separate && !mention.place && !mention.start ? [...drafts].reverse().find(d => isGroupOf(d, mention)) : undefined;
        // Undated as the group's news, they are that day's news as well.
        const occasion = group ? {...occasionOf(group, mention), paragraph: Math.min(group.paragraph, mention.paragraph), earlier: group.earlier} : !mention.place && !mention.start && ALSO.test(mention.evidence) && latest ? occasionOf(latest, mention) : {};
        const draft = {...mention, ...occasion, last: mention.order, headline: mention.paragraph < source.leadParagraph};
        for (const early of waiting.splice(0)) if (sameContact(draft, early) && statusesFit(draft, early) && !behindTheNews(draft, early, source.today)) take(draft, early, false);
        drafts.push(draft);
      }
    } else if (!drafts.length && mention.paragraph <= source.leadParagraph) {
      waiting.push(mention);
    } else {
      // "die Gespräche" speaks of the meeting the text spoke of last, "das mögliche Treffen" of
      // the last one that was possible.
      const recent = [...drafts].sort((a, b) => b.last - a.last);
      const alike = mention.explicit ? recent.find(d => d.explicit && !d.earlier && d.status === mention.status && sameContact(d, mention)) : undefined;
      // "Zur litauischen Delegation in Riga gehören …" after talks in Vilnius told in
      // passing: a place of its own points to the meeting at that place, not the one told last.
      const placed = mention.place ? recent.find(d => d.place === mention.place && !toldAsBehind(d, mention)) : undefined;
      const target = placed ?? alike ?? sameRound(recent, mention) ?? recent.find(d => !toldAsBehind(d, mention)) ?? recent[0];
      // "Unabhängig davon wollen sich X auch mit Y treffen": other guests apart, where and when the meeting before is.
      if (target && !mention.joins && ALSO.test(mention.evidence) && otherGuest(target, mention)) drafts.push({...mention, ...occasionOf(target, mention), last: mention.order, headline: mention.paragraph < source.leadParagraph});
      // "Am Montag soll X in Paris mit Y verhandeln. Im Laufe der Woche werde X dann mit Z sprechen":
      // the same person's next meeting ahead, with someone new, is a meeting of its own.
      else if (target && !mention.joins && nextLeg(target, mention)) drafts.push({...mention, last: mention.order, headline: mention.paragraph < source.leadParagraph});
      else if (target && (sameContact(target, mention) || callNamesTalks(target, mention)) && statusesFit(target, mention) && !twoPairs(target, mention) && !preparesTheOther(target, mention) && !outsider(target, mention)) take(target, mention, false);
    }
  }
  const meetings = drafts.map(draft => toMeeting(draft, source.today, source.leadParagraph));
  return meetings.some(isBareSummit) && isOffPolitics(source.text) ? meetings.filter(m => !isBareSummit(m)) : meetings;
}

// "die dritte Runde", "der vierten Verhandlungsrunde": a round named by its number.
const NUMBERED_ROUND = /(?<![\p{L}])(erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte)[nmrs]?\s+(?:\p{Ll}+\s+)?(?:Runde|Verhandlungsrunde|Gesprächsrunde)(?![\p{L}])/u;
/**
 * "Die vierte Verhandlungsrunde in Wien ist zu Ende. … wie bei den Runden in Oslo. … Auch die
 * vierte Runde der Gespräche brachte nichts": a round named by its number is
 * the round told with that number before, not the meeting the text spoke of last.
 */
function sameRound(recent: Draft[], mention: MeetingMention): Draft | undefined {
  if (!mention.evidence.includes('unde')) return undefined;
  const number = NUMBERED_ROUND.exec(mention.evidence)?.[1];
  if (!number) return undefined;
  return recent.find(d => d.evidence !== mention.evidence && NUMBERED_ROUND.exec(d.evidence)?.[1] === number && sameContact(d, mention) && venuesAgree(d, mention) && datesAgree(d, mention));
}

// "Gipfeltreffen der Traktorfreunde", "unser achtes Gipfeltreffen" of a hiking group: a summit word
// that names no one and no venue, in an article that names no office, government or diplomacy, is
// a hobby's or a club's gathering (or a mountain top), not a meeting of governments. A summit at a
// place stays ("Tusk sagt ab. Der Gipfel findet am Freitag in Antalya statt").
const isBareSummit = (meeting: Meeting) => meeting.kind === 'summit' && meeting.participants.length === 0 && !meeting.place;

/** A ticker entry's meeting that happens or happened, undated, is that day's (FORMAT.md). */
function onTickerDay(mention: MeetingMention, today: string): MeetingMention {
  const undated = !mention.start || mention.precision === 'unknown';
  if (!undated || !mention.standalone || mention.earlier || (mention.status !== 'held' && mention.status !== 'ongoing')) return mention;
  return {...mention, start: today, end: null, precision: 'day'};
}

// The meeting told with all the people of one of the separate meetings, and more.
const isGroupOf = (draft: MeetingMention, mention: MeetingMention) => !draft.separate && draft.participants.length > mention.participants.length && mention.participants.every(p => draft.participants.includes(p));

const THREE_WAY = /(?<![\p{L}])(?:trilateral\p{L}*|Dreier\p{L}*|dreiseitig\p{L}*)(?![\p{L}])/u;
// The meeting told with three people, two of whom the text then tells met the third separately.
const threeWayApart = (drafts: Draft[]) => drafts.find(d => !d.separate && d.participants.length === 3 && drafts.filter(other => other.separate && isGroupOf(d, other)).length >= 2);

// "Das Treffen folgt auf Gespräche in Warschau sowie eine Begegnung in Paris. Für Litauen nimmt X an
// den Gesprächen teil": "die Gespräche" of a later sentence speak of the meeting the text is about,
// not of one it named only as what came before (unless they are told as before too).
const toldAsBehind = (draft: MeetingMention, mention: MeetingMention) => draft.earlier && !mention.earlier && draft.evidence !== mention.evidence;
const sameContact = (a: MeetingMention, b: MeetingMention) => (a.kind === 'call') === (b.kind === 'call');
// "X hat mit Y gesprochen. Bei dem Telefongespräch waren auch Z und W anwesend": a sentence that
// tells who joined, naming the meeting just told a call, speaks of those talks.
const callNamesTalks = (draft: MeetingMention, mention: MeetingMention) => Boolean(mention.joins) && mention.kind === 'call' && draft.kind === 'talks';
// A date fixes the status as firmly as a word: talks "gestern im Weißen Haus" are not the meeting
// being prepared.
const fixed = (m: MeetingMention) => m.explicit || (m.start !== null && m.precision !== 'unknown');
// "treffen sich an diesem Donnerstag" and "werden sich am Donnerstag treffen": on the same day, a
// present tense that no word marks is that plan.
const statusesFit = (a: MeetingMention, b: MeetingMention) =>
  !fixed(a) || !fixed(b) || PLAN.includes(a.status) === PLAN.includes(b.status) || (a.precision === 'day' && a.start === b.start && b.precision === 'day' && (!a.explicit || !b.explicit));

function bestMatch(drafts: Draft[], mention: MeetingMention, ticker: boolean, today: string, lead: number): Draft | undefined {
  let best: Draft | undefined;
  let bestScore = -1;
  let bestShared = 0;
  for (const draft of drafts) {
    const samePlace = Boolean(draft.place && draft.place === mention.place);
    // A ticker entry's headline and text are one story: "Videoschalte" above, "beraten per Video" below.
    const sameStory = ticker && draft.entry === mention.entry;
    if ((!sameContact(draft, mention) && !sameStory) || !statusesFit(draft, mention) || !venuesAgree(draft, mention)) continue;
    const journey = samePlace && (travelsTo(mention, draft) || travelsTo(draft, mention));
    if (!journey && !(samePlace ? datesNear(draft, mention) : datesAgree(draft, mention))) continue;
    // The headline's undated news ("Treffen im Kreml hat begonnen") is today's or last night's:
    // not the meeting "Anfang Dezember" told further down.
    // A headline in the plain present ("USA und Ukraine verhandeln in Saudi-Arabien") announces the
    // meeting the body plans ahead ("werden am Dienstag in Dschidda erwartet"): that one.
    if (!samePlace && isNews(draft, lead) && mention.start && mention.precision !== 'unknown' && !datesNear({start: today, end: null, precision: 'day'}, mention) && !datesNear({start: previousDay(today), end: null, precision: 'day'}, mention) && !announces(draft, mention, today)) continue;
    if (!samePlace && nextLeg(draft, mention)) continue;
    // "Gestern hatte er sich bereits mit Tusk getroffen" after the day's news with Stubb: a meeting
    // told as done before the news, with someone new, is one of its own.
    if (!samePlace && isNews(draft, lead) && mention.start && ALREADY_BEFORE.test(mention.evidence) && mention.participants.some(p => !draft.participants.includes(p))) continue;
    // "Macron hatte Merz am Vorabend zu einem Abendessen empfangen" after the day's talks of the two:
    // the evening before is an occasion of its own.
    if (isNews(draft, lead) && mention.start && BARE_EVE.test(mention.evidence) && !BARE_EVE.test(draft.evidence)) continue;
    // "Nach dem Ende der Beratungen in Genf traf sich Medinski …": the meeting that sets the time and the one told are two.
    if (draft.evidence === mention.evidence && draft.earlier !== mention.earlier) continue;
    if (mention.kind === 'call' && !peopleFit(draft, mention)) continue;
    if (twoPairs(draft, mention) || preparesTheOther(draft, mention)) continue;
    // "Nach getrennten Treffen mit X und Y": each of the separate meetings is neither the meeting
    // told with all of them nor the other one.
    if (mention.separate && (draft.separate || isGroupOf(draft, mention))) continue;
    // "Trump werde zudem Milei treffen" after "Trump trifft Selenskyj": the same host, another guest.
    if (ALSO.test(mention.evidence) && otherGuest(draft, mention)) continue;
    if (!journey && anotherEncounter(draft, mention)) continue;
    // "Tusk wird auch in Danzig zu Gesprächen erwartet" beside the talks of Merz and Macron in Polen:
    // a meeting told with a word of its own, with none of the meeting's people, is one of its own.
    if (!samePlace && mention.explicit && outsider(draft, mention)) continue;
    // "Außerdem nimmt X an einem Gespräch im Quint-Format teil": "also" and an indefinite meeting
    // word tell one more meeting, not the one before again.
    if (ALSO.test(mention.evidence) && ONE_MORE.test(mention.evidence)) continue;
    // One sentence naming two venues ("im Weißen Haus, kurz nach dem Gipfel in Alaska") tells two
    // meetings; a country and a town in it ("reist nach Angola, wo er am Gipfel in Luanda
    // teilnimmt") are one venue told twice.
    if (draft.evidence === mention.evidence && draft.place && mention.place && draft.place !== mention.place && !countryAndTown(draft, mention)) continue;
    // "war im Februar und März in Russland gewesen": one sentence naming two months tells two occasions.
    if (draft.evidence === mention.evidence && draft.precision === 'month' && mention.precision === 'month' && draft.start !== mention.start) continue;
    // "Die Begegnung von Putin und Selenskyj ist ausgefallen" after Trump's visit: other people, no place or date of its own.
    if (!mention.joins && !mention.place && !mention.start && mention.participants.length >= 2 && draft.participants.length > 0 && draft.kind !== 'summit' && !mention.participants.some(p => draft.participants.includes(p))) continue;
    // "Witkoff werde mit Putin sprechen. Driscoll treffe sich mit den Ukrainern": new people with a
    // side the meeting lacks, no place or date of their own, meet apart.
    if (newSideApart(draft, mention)) continue;
    if (placedApart(draft, mention)) continue;
    // The new date of a meeting put off is not the old date called off. A headline that told the
    // postponement with the new date ("verschieben Treffen auf Anfang Mai") is that new date.
    if (mention.rescheduled && draft.status === 'cancelled' && draft.start && draft.start !== mention.start) continue;
    // "Umjerow will in Den Haag Hegseth treffen": two people meeting at a summit of many meet on its side.
    // So do other people than those of a side meeting already told.
    const strangers = mention.participants.length >= 2 && !mention.participants.some(p => draft.participants.includes(p));
    if (strangers && mention.kind !== 'summit' && (MANY.test(draft.evidence) || (draft.sideline && draft.participants.length > 0))) continue;
    // One leader's trip and a summit of several are different meetings unless place or date join them.
    // A trip to the country the summit's town lies in ("reist in die Schweiz") goes to the summit.
    if (kindsDiffer(draft, mention) && !(draft.place && (draft.place === mention.place || (!mention.isCity && draft.country === mention.place) || (draft.evidence === mention.evidence && countryAndTown(draft, mention))))) continue;
    // Each ticker entry tells its own story: only the place joins two entries' meetings. The
    // ticker's headline repeats one of them.
    if (draft.entry !== mention.entry && !samePlace && !draft.headline) continue;
    // "Another" is told against the sentences before: in its own sentence the latest round is the
    // meeting that sentence told ("habe man sich in Wien geeinigt, schrieb Lawrow, der Leiter bei
    // den jüngsten Gesprächen").
    if (mention.another && draft.evidence !== mention.evidence && !(draft.place && (draft.place === mention.place || draft.country === mention.place || draft.place === mention.country)) && !(draft.start && draft.start === mention.start)) continue;
    const score = (draft.place && draft.place === mention.place ? 2 : 0) + (draft.start && draft.start === mention.start ? 2 : 0) + (draft.status === mention.status ? 1 : 0);
    // "Tusk traf am Freitag Selenskyj. Selenskyj war am Freitag zunächst vom König empfangen worden.
    // An dem Treffen nehmen neben Selenskyj und Tusk auch Rutte teil": of two encounters of the same
    // day and town, the one with more of the mention's people is the one it tells, not the latest.
    const shared = sharedPeople(draft, mention);
    const sameOccasion = score === bestScore && best!.start === draft.start && best!.place === draft.place;
    const closer = sameOccasion ? shared > bestShared || (shared === bestShared && draft.last > best!.last) : score === bestScore && draft.last > best!.last;
    if (score > bestScore || closer) [best, bestScore, bestShared] = [draft, score, shared];
  }
  return best;
}

// "landete in Pretoria", "ist am Morgen in Rom eingetroffen", "traf am Abend in Kairo ein": told
// only as an arrival, a visit with no meeting word of its own and no one met ("war am Dienstag
// eingetroffen und hatte dort Starmer getroffen" tells a meeting of that day).
const ARRIVAL = /(?<![\p{L}])(?:eingetroffen|angekommen|gelandet|landete|landeten|(?:traf|trafen)\s[^,;:]*\sein(?=\s*[,;:.!?]|\s+(?:und|um)\s))(?![\p{L}])/u;
const MEETING_WORD = /(?:Gespräch|Treffen|Verhandlung|Gipfel|Besuch|Konferenz|Beratung|Runde|Begegnung)/u;
const isArrival = (mention: MeetingMention) => mention.kind === 'visit' && mention.place !== null && mention.participants.length <= 1 && ARRIVAL.test(mention.evidence) && !MEETING_WORD.test(mention.evidence);

/**
 * The meeting an arrival begins: at its place or in its country, not a call or one called off,
 * undated or on the arrival's day or the day after ("am Mittwochabend eingetroffen", the talks
 * on Thursday), with the one who arrives among its people, no people named yet, two or more
 * people, or a summit of many (a leader landing for the G20 summit).
 */
function arrivalFor(drafts: Draft[], arrival: MeetingMention, today: string): Draft | undefined {
  const day = arrival.start && arrival.precision === 'day' ? arrival.start : today;
  const dayFits = (draft: Draft) => !draft.start || draft.precision === 'unknown' || ((draft.precision === 'day' || draft.precision === 'days') && (draft.start === day || previousDay(draft.start) === day));
  // "Witkoff und Kushner verhandeln heute in Genf mit Iran. Die iranische Delegation traf am Abend
  // in der Schweiz ein": someone new arriving where two or more meet that day comes for those talks,
  // and is no meeting of its own (outsider in bestMatch would keep it apart).
  const peopleFit = (draft: Draft) => !draft.participants.length || isSummit(draft) || draft.participants.length >= 2 || arrival.participants.some(p => draft.participants.includes(p));
  return [...drafts].reverse().find(draft => draft.kind !== 'call' && draft.status !== 'cancelled' && draft.place !== null && venuesAgree(draft, arrival) && dayFits(draft) && peopleFit(draft));
}

/** Places that can be one venue: the same place, or a town in the other's country, and no region apart from the other (areasApart). */
const venuesAgree = (a: MeetingMention, b: MeetingMention) => placesAgree(a, b) && !areasApart(a, b);

/**
 * A region is reported as its country ("in Alaska": USA), which would take in every town of
 * that country: "Trump empfängt Selenskyj in Washington. Beim Gipfel in Alaska hatte er Putin
 * getroffen" tells two venues. A town inside the region (Anchorage), or the same region, is one.
 */
function areasApart(a: MeetingMention, b: MeetingMention): boolean {
  const regionOf = (m: MeetingMention) => (!m.isCity && m.area ? m.area : null);
  const [ra, rb] = [regionOf(a), regionOf(b)];
  if (!ra && !rb) return false;
  if (ra && rb) return ra !== rb;
  const town = ra ? b : a;
  return town.isCity && town.area !== (ra ?? rb);
}

/**
 * One names a country and the other a town in it, joined by "wo": "reist nach Angola, wo er am
 * Gipfel in Luanda teilnimmt". Without "wo" the two may be two meetings ("im Weißen Haus, nach
 * dem Gipfel in Alaska": a region is reported as its country).
 */
function countryAndTown(a: MeetingMention, b: MeetingMention): boolean {
  const country = !a.isCity && a.place === b.country ? a.place : !b.isCity && b.place === a.country ? b.place : null;
  return country !== null && a.evidence.includes(`${country}, wo `);
}

// "ein Treffen von Trump und Putin" and "das Vorbereitungstreffen von Rubio und Lawrow": two
// pairs of people with no one in common meet separately (a summit of many may hold both).
const twoPairs = (a: MeetingMention, b: MeetingMention) =>
  !b.joins && a.kind !== 'summit' && b.kind !== 'summit' && a.participants.length >= 2 && b.participants.length >= 2 && !a.participants.some(p => b.participants.includes(p));

// "Vorbereitet werden soll der Gipfel bei einem Treffen der Außenminister", "das vorbereitende
// Treffen von Rubio und Lawrow": a meeting told as preparing another is not the one it prepares,
// nor any other meeting whose people it does not share.
const PREPARATORY = /(?<![\p{L}])(?:vorbereitend\p{L}*|Vorbereitungs(?:treffen|gespräch|runde|konferenz)\p{L}*|zur\s+Vorbereitung|[Vv]orbereitet\s+werden\s+soll(?:en|te|ten)?)(?![\p{L}])/u;
const preparesTheOther = (a: MeetingMention, b: MeetingMention) => {
  const [preparing, other] = PREPARATORY.test(a.evidence) ? [a, b] : [b, a];
  return preparing.participants.length > 0 && PREPARATORY.test(preparing.evidence) && !PREPARATORY.test(other.evidence) && sharedPeople(other, preparing) === 0;
};

// "Für eine Begegnung mit Rubio …" after talks of Trump and Putin: an undated meeting word whose
// people are all new to a meeting of two or more speaks of another one.
const outsider = (draft: MeetingMention, mention: MeetingMention) =>
  !mention.joins && draft.kind !== 'summit' && draft.participants.length >= 2 && mention.participants.length > 0 && !mention.participants.some(p => draft.participants.includes(p));

const newSideApart = (draft: MeetingMention, mention: MeetingMention) =>
  !mention.joins && !mention.place && !mention.start && outsider(draft, mention) && mention.sides.some(side => !draft.sides.includes(side));

// "Trump will am Montag mit Xi telefonieren. Merz sprach in Rom mit Rubio": a meeting told as
// done at a place, with someone new, is no part of a plan that states its status or date and has
// no place yet (as a dated plan and a dated meeting held are two). Told in the present ("Sein
// Gesandter sondiert in Moskau"), only when all its people are new: "Merz empfängt in Berlin" is
// still the host's programme.
const placedApart = (draft: MeetingMention, mention: MeetingMention) =>
  !mention.joins && mention.place !== null && draft.place === null && fixed(draft) && PLAN.includes(draft.status) && !PLAN.includes(mention.status) && newPeople(draft, mention) > 0 && (mention.status === 'held' || newPeople(draft, mention) === mention.participants.length);
const newPeople = (draft: MeetingMention, mention: MeetingMention) => mention.participants.filter(p => !draft.participants.includes(p)).length;

// "Trump sagte zudem ein Treffen mit Putin ab": a meeting called off is no part of the occasion
// still on before it, and has neither its place nor its date.
const calledOffApart = (draft: Draft, mention: MeetingMention) => (mention.status === 'cancelled') !== (draft.status === 'cancelled');
/** Where and when `draft` is, for another meeting of its occasion; none between a call and a meeting, nor beside one called off. */
const occasionOf = (draft: Draft, mention: MeetingMention) =>
  draft.kind !== 'call' && mention.kind !== 'call' && !calledOffApart(draft, mention) ? {place: draft.place, country: draft.country, isCity: draft.isCity, start: draft.start, end: draft.end, precision: draft.precision} : {};

// "Am Morgen empfing König Harald die Ministerin in Oslo" beside her talks with Støre that day:
// a meeting told with a word of its own and a place or date, whose two or more people and the
// meeting's each have someone the other lacks, is another encounter of that day or town (a host
// receiving one guest, then another). A summit of three or more named holds such groups and
// stays one; a journey of some of its people to the meeting (travelsTo) is that meeting.
const anotherEncounter = (draft: MeetingMention, mention: MeetingMention) =>
  mention.explicit && Boolean(mention.place || mention.start) && !(draft.kind === 'summit' && draft.participants.length > 2) && otherGuest(draft, mention) && !sharesTwoPeople(draft, mention);

// "Die Gesandten reisen nach Berlin, um Selenskyj und Merz zu treffen. Am Montag treffen sie
// Selenskyj, Merz, Macron und Starmer": a meeting that has two or more of the meeting's people
// tells that meeting again with more names, not a guest received after another.
const sharesTwoPeople = (draft: MeetingMention, mention: MeetingMention) => sharedPeople(draft, mention) >= 2;
const sharedPeople = (draft: MeetingMention, mention: MeetingMention) => mention.participants.filter(p => draft.participants.includes(p)).length;

const otherGuest = (a: MeetingMention, b: MeetingMention) =>
  a.participants.length >= 2 && b.participants.length >= 2 && !a.participants.every(p => b.participants.includes(p)) && !b.participants.every(p => a.participants.includes(p));

// A summit of an alliance or of many leaders, not of two.
const MANY = /(?<![\p{L}])(?:Staats-\s+und\s+Regierungschefs|(?:Nato|NATO|EU|G7|G20|G-7|G-20)-Gipfel\p{L}*|Gipfel\p{L}*\s+(?:der|des)\s+(?:Nato|NATO|EU|G7|G20))(?![\p{L}])/u;
const isSummit = (draft: Draft) => draft.kind === 'summit' || MANY.test(draft.evidence);

const kindsDiffer = (a: MeetingMention, b: MeetingMention) =>
  (a.kind === 'visit' && b.kind === 'summit') || (a.kind === 'summit' && b.kind === 'visit');

/**
 * Two calls of Trump's are different calls when each has someone the other lacks: a person, or
 * a side ("mit den europäischen Regierungschefs" against "mit Putin").
 */
function peopleFit(a: MeetingMention, b: MeetingMention): boolean {
  return nested(a.participants, b.participants) && nested(a.sides, b.sides) && !strangers(a.participants, b.participants);
}

// "er habe mit Putin telefoniert. Trump telefonierte darauf mit Selenskyj": no one in common and
// three people in all are two calls.
function strangers(x: readonly string[], y: readonly string[]): boolean {
  return x.length > 0 && y.length > 0 && x.length + y.length >= 3 && !x.some(item => y.includes(item));
}

function nested(x: readonly string[], y: readonly string[]): boolean {
  if (x.length < 2 || y.length < 2) return true;
  return x.every(item => y.includes(item)) || y.every(item => x.includes(item));
}

function absorb(draft: Draft, mention: MeetingMention, locates: boolean, inBody: boolean, today: string): void {
  // Weighed against the draft as it was, before the mention's place and date join it.
  const wins = outranks(mention, draft, today);
  if (locates) {
    const place = moreSpecificPlace(draft, mention);
    Object.assign(draft, place, place.place === draft.place ? {area: draft.area ?? (mention.place === draft.place ? mention.area : null)} : {isCity: mention.isCity, area: mention.area});
    // A meeting put off to a new date keeps only that date; the journey to a meeting, the meeting's.
    if (travelsTo(draft, mention)) Object.assign(draft, {start: mention.start, end: mention.end, precision: mention.precision, kind: mention.kind});
    else Object.assign(draft, mention.rescheduled ? {start: mention.start, end: mention.end, precision: mention.precision} : moreSpecificDate(draft, mention));
    if (draft.kind === 'talks' && mention.kind !== 'talks' && !travelsTo(mention, draft)) draft.kind = mention.kind;
    draft.standalone ||= mention.standalone;
    draft.earlier &&= mention.earlier;
  }
  // "Die USA werden von Witkoff vertreten": who joins, in a tense of its own and with no word or
  // date for the meeting, tells nothing of whether the meeting is over.
  const onlyWho = mention.joins && !locates;
  if (wins && !onlyWho) [draft.status, draft.explicit] = [mention.status, mention.explicit];
  draft.participants = [...new Set([...draft.participants, ...mention.participants])];
  draft.sides = [...new Set([...draft.sides, ...mention.sides])];
  // The headline's story is the entry that tells it first.
  if (draft.headline && inBody) [draft.evidence, draft.headline, draft.entry] = [mention.evidence, false, mention.entry];
  draft.paragraph = Math.min(draft.paragraph, mention.paragraph);
  draft.last = mention.order;
}

// No date, or only a season or a year ("im Herbst", "2027"): the day is still open.
const namesNoDay = (m: MeetingMention) => !m.start || m.precision === 'unknown' || m.precision === 'season' || m.precision === 'year';

function outranks(mention: MeetingMention, draft: MeetingMention, today: string): boolean {
  // "will am Montag telefonieren. Der Kreml bestätigte das Telefonat": told as done without a date
  // of its own, it does not make a meeting dated ahead done.
  if (mention.status === 'held' && !mention.start && draft.start !== null && draft.start > today) return false;
  // "sind vertagt worden. Das Treffen soll nun an diesem Freitag stattfinden": the date told after a
  // postponement is the plan now.
  if (draft.status === 'cancelled' && !draft.start && mention.status === 'planned' && mention.start !== null && POSTPONED.test(draft.evidence) && NOW_AGAIN.test(mention.evidence)) return true;
  // "verschoben" in the headline, "auf den 12. März verschoben" below: planned anew.
  if (mention.rescheduled) return true;
  // "verschoben – jetzt soll es der 12. März sein" above, "ist verschoben worden" below: the
  // postponement told again, undated, does not undo the new date.
  if (draft.rescheduled && mention.status === 'cancelled' && !mention.start) return false;
  // "Die Runde begann am Mittag. Nach zwei Stunden endeten die Gespräche": the end told after the
  // start closes the meeting that was under way.
  if (draft.status === 'ongoing' && mention.status === 'held' && mention.explicit && ENDED.test(mention.evidence)) return true;
  // "Norwegen sei bereit, die Runde in Oslo auszurichten. … Beide Seiten wollen sich treffen": a
  // plan that names no day does not make an offer or a wish that names none either a meeting
  // agreed; planned is a meeting fixed for a date (FORMAT.md).
  if (draft.status === 'proposed' && mention.status === 'planned' && namesNoDay(mention) && namesNoDay(draft)) return false;
  // "Danach ist in Oslo weiterverhandelt worden. Man wäre bereit, weitere Gespräche zu
  // führen": an offer or a wish that names neither place nor day, told after a meeting over
  // or fixed, looks ahead to another meeting; it does not make this one only possible. (Not
  // after a meeting under way: its plain present tells least, and keeps an offer apart.)
  if (mention.status === 'proposed' && !mention.place && !mention.start && (draft.status === 'held' || draft.status === 'planned')) return false;
  if (mention.explicit !== draft.explicit) return mention.explicit;
  // Unmarked present tense ("beraten in einer Videokonferenz") tells least of all.
  if (!mention.explicit && (mention.status === 'ongoing') !== (draft.status === 'ongoing')) return draft.status === 'ongoing';
  return WEIGHT[mention.status] > WEIGHT[draft.status];
}

/**
 * A meeting that happens or happened without a date of its own, reported in the headline or
 * the lead, is the day's news: it is dated on the publication day (FORMAT.md). So is a call.
 */
function toMeeting(draft: Draft, today: string, leadParagraph: number): Meeting {
  const undated = !draft.start || draft.precision === 'unknown';
  // "besuchte unterdessen Kiew": meanwhile is the day of the report, anywhere in the text.
  // "und zuvor bei Verhandlungen in Genf": before is background, even in the lead.
  const news = ((draft.paragraph <= leadParagraph && !draft.earlier) || draft.kind === 'call' || MEANWHILE.test(draft.evidence) || isStatementAtMeeting(draft.evidence)) && (draft.kind === 'call' ? !VAGUE_PAST_TOLD.test(draft.evidence) : !BEFORE.test(draft.evidence)) && !draft.background;
  // "Im Kreml wird derweil der Gesandte erwartet": someone awaited meanwhile arrives on the day of the report.
  const awaitedMeanwhile = draft.status === 'planned' && MEANWHILE.test(draft.evidence) && AWAITED.test(draft.evidence);
  const dated = undated && news && (draft.status === 'held' || draft.status === 'ongoing' || awaitedMeanwhile || Boolean(draft.cameToNothing));
  // "Die Delegation ist am Dienstagmittag in Kairo eingetroffen" for talks told without a date:
  // the talks it came for are that day's.
  const arrived = undated && !dated && draft.arrivedOn ? draft.arrivedOn : null;
  let status = draft.status;
  // An arrival on the day or the day before, with no word of its end: the visit goes on. A
  // reception ("hat … empfangen", "empfing am Freitag"), a visit or an encounter in the Präteritum ("besuchte", "traf am Dienstagabend", not the arrival "traf … ein") or a
  // journey told in the pluperfect ("war … gereist") is over; so is the encounter a statement was
  // made at ("sagte Merz bei einem Treffen mit Tusk"), and talks joined to it told as ended ("sind vorerst zu Ende gegangen").
  // So is a stop that what the clause tells came after ("Nach einem Stopp in Zypern stand Ägypten auf dem Programm").
  if (draft.kind === 'visit' && status === 'held' && !OVER.test(draft.evidence) && !ENDED.test(draft.evidence) && (dated || (draft.start && draft.start >= previousDay(today)))) status = 'ongoing';
  if (!dated && isOngoingOfThePast(draft, today)) status = 'held';
  // "Die dreitägigen Verhandlungen sind positiv verlaufen": days that end with the report.
  const days = dated && status === 'held' ? daysOf(draft.evidence, draft.kind) : 1;
  return {
    place: draft.place,
    country: draft.country,
    start: dated ? (days > 1 ? addDays(today, 1 - days) : today) : arrived ?? draft.start,
    end: dated ? (days > 1 ? today : null) : arrived ? null : draft.end,
    precision: dated ? (days > 1 ? 'days' : 'day') : arrived ? 'day' : draft.start ? draft.precision : 'unknown',
    status,
    kind: draft.kind,
    participants: draft.participants,
    evidence: draft.evidence,
  };
}

const BESIDE_THE_MEETING = /(?<![\p{L}])am\s+Rande\s+(?:des|der)\s+(?:Treffens|Gespräche|Verhandlungen|Beratungen|Runde|Verhandlungsrunde|Gesprächsrunde)(?![\p{L}])/u;

// "den ganzen Tag (lang)", "im Laufe des Tages": the day of the report.
const ALL_DAY = /(?<![\p{L}])(?:den\s+ganzen\s+Tag|im\s+(?:Laufe|Verlauf)\s+des\s+Tages)(?![\p{L}])/u;
const THE_TALKS_IN = /(?<![\p{L}])(?:die|den|der)\s+(?:Gespräche|Gesprächen|Beratungen|Verhandlungen)\s+in\s+(?:der\s+|dem\s+)?\p{Lu}/u;
/** The meeting of the report's day at the mention's place (or any place, when it names none). */
const todays = (drafts: Draft[], mention: MeetingMention, today: string) =>
  drafts.find(d => d.start === today && d.precision === 'day' && sameContact(d, mention) && (!mention.place || d.place === mention.place));

// "reist am Montag nach Riad", "fliegt nach Peking": a journey told by a verb of travel.
const TRAVEL = /(?<![\p{L}])(?:reist|reisen|reiste|reisten|gereist|fliegt|fliegen|flog|flogen|geflogen|weiterreisen|weiterreist|weiterfliegen|weiterfliegt)(?![\p{L}])/u;

/**
 * "würden noch am Montag nach Riad reisen" beside "das Treffen am Dienstag in Riad": the journey of
 * one of a meeting's people to its town, on its day or the day before, is that meeting.
 */
function travelsTo(journey: MeetingMention, meeting: MeetingMention): boolean {
  if (journey.kind !== 'visit' || meeting.kind === 'visit' || meeting.kind === 'call' || !journey.start || !meeting.start || journey.precision !== 'day' || meeting.precision !== 'day') return false;
  if (journey.start !== meeting.start && journey.start !== previousDay(meeting.start)) return false;
  return journey.participants.some(p => meeting.participants.includes(p)) && TRAVEL.test(journey.evidence);
}

/**
 * An unmarked present-tense headline and the body's meeting planned ahead: one meeting. Not a
 * headline that calls something off ("X sagt Teilnahme am Gipfel ab").
 */
const announces = (draft: Draft, mention: MeetingMention, today: string) =>
  draft.headline && !draft.explicit && draft.status === 'ongoing' && mention.status === 'planned' && mention.start! > today && !CALLS_OFF.test(draft.evidence);
const CALLS_OFF = /(?<![\p{L}])(?:sagt|sagen|bricht|brechen)\s(?:[^,;:]*\s)?ab(?![\p{L}])|(?<![\p{L}])(?:verschiebt|verschieben|streicht|streichen|platzt|abgesagt|verschoben)(?![\p{L}])/u;

// "Rubio und Witkoff treffen ukrainische Delegation" over a text whose first meeting is the talks
// "am Sonntag vergangener Woche": the headline's undated present is the day's news, not a meeting
// dated days before it.
const behindTheNews = (draft: MeetingMention, early: MeetingMention, today: string) =>
  early.status === 'ongoing' && !early.explicit && !early.start && draft.start !== null && draft.precision === 'day' && (draft.end ?? draft.start) < previousDay(today);

// Undated, under way or done, told in headline or lead: the day's news (see toMeeting).
const isNews = (draft: Draft, lead: number) => (!draft.start || draft.precision === 'unknown') && draft.paragraph <= lead && (draft.status === 'held' || draft.status === 'ongoing') && !draft.earlier;

// "das Gespräch", "dem Gespräch": one conversation, the one just told.
const THE_CONVERSATION = /(?<![\p{L}])(?:das|dem|des)\s+Gesprächs?(?![\p{L}])/u;
/** A definite "das Gespräch" at no place, with none but the call's people, right after a call: that call. */
// "Selenskyj telefoniert mit Trump" above, "Selenskyj hat mit Trump über … gesprochen" below: talking
// with the call's two people, at no place and on no other day, is that call.
const SPOKE_WITH = /(?<![\p{L}])(?:hat|haben|hatte|hatten)\s+(?:[^,;:]*\s)?mit\s[^,;:]*\sgesprochen(?![\p{L}])/u;
const isTheCall = (mention: MeetingMention, call: Draft) =>
  mention.kind === 'talks' && !mention.place && PLAN.includes(call.status) === PLAN.includes(mention.status) &&
  ((mention.participants.every(p => call.participants.includes(p)) && THE_CONVERSATION.test(mention.evidence)) ||
    (call.participants.length >= 2 && call.participants.every(p => mention.participants.includes(p)) && (!mention.start || mention.start === call.start) && mention.evidence.includes('gesprochen') && SPOKE_WITH.test(mention.evidence)));

// "bei dem möglichen Treffen", "das geplante Gipfeltreffen": a definite article points back to a meeting in prospect.
const THE_POSSIBLE_MEETING = /(?<![\p{L}])(?:das|dem|des)\s+(?:möglich|geplant|angekündigt|erwogen|angestrebt|avisiert)e[ns]?\s+(?:Treffen|Treffens|Gipfel|Gipfels|Gipfeltreffen|Gipfeltreffens|Gespräch|Gesprächs)(?![\p{L}])/u;
const WHETHER = /(?<![\p{L}])ob(?![\p{L}])/u;
/** The meeting in prospect (proposed or planned) the text spoke of last. */
const lastPlanned = (drafts: Draft[]) => drafts.reduce<Draft | undefined>((found, d) => ((d.status === 'proposed' || d.status === 'planned') && (!found || d.last > found.last) ? d : found), undefined);

// "dann", "danach", "anschließend", "später", "im Anschluss": what follows the meeting just told.
const THEN = /(?<![\p{L}])(?:dann|danach|anschließend|später|im\s+Anschluss)(?![\p{L}])/iu;
/** A meeting ahead that follows one ahead, with one of its people and someone new: the next leg. */
const nextLeg = (target: Draft, mention: MeetingMention) =>
  PLAN.includes(target.status) && PLAN.includes(mention.status) && THEN.test(mention.evidence) && mention.participants.some(p => target.participants.includes(p)) && mention.participants.some(p => !target.participants.includes(p));

// "Die Gespräche sind am Sonntag vorerst zu Ende gegangen. … sie am Montag fortzusetzen": a session
// told as ended (ENDED, below) is over; going on another day is a new session, planned for that day.
const toldAsEnded = (draft: Draft): boolean => draft.status === 'held' && ENDED.test(draft.evidence);

const THEREIN = /^\s*(?:Darin|Dabei|In\s+dem\s+(?:Gespräch|Telefonat))\s/u;

// "Unabhängig davon wollen sich X auch mit Y treffen": a meeting apart from the one just told. At the
// head of a sentence too: "Zudem ist ein kurzes Treffen angesetzt", "Außerdem will er …".
const ONE_MORE = /(?<![\p{L}])(?:ein|eine|einem|einer|einen)\s+(?:[\p{Ll}-]+\s+)?(?:Gespräch|Treffen|Telefonat|Begegnung|Unterredung|Besuch)(?![\p{L}])/u;
const ALSO = /(?<![\p{L}])(?:[Zz]udem|[Aa]ußerdem|[Ee]benfalls|[Bb]ilateral|(?:[Uu]nabhängig|[Gg]etrennt)\s+davon|gesondert|separat)(?![\p{L}])/u;
// "unterdessen", "reiste parallel nach Vilnius", "die inzwischen beendete Runde", "ist inzwischen in Ankara
// eingetroffen": the time of the report.
const AWAITED = /(?<![\p{L}])(?:wird|werden)\s(?:[^,;:]*\s)?erwartet(?![\p{L}])/u;
const MEANWHILE = /(?<![\p{L}])(?:unterdessen|derweil|zeitgleich|indessen|parallel(?!\s+zu)|(?:inzwischen|mittlerweile)\s+(?:\p{L}+\s+)?(?:beendet|abgeschlossen|zu\s+Ende)\p{L}*|(?:inzwischen|mittlerweile)\s(?:[^,;:]*\s)?(?:eingetroffen|angekommen|gelandet))(?![\p{L}])/u;
// "Der letzte Besuch der Präsidentin in Berlin …": the visit before, background too. So is one
// "vor Jahren" or "in den vergangenen Monaten" (or Tagen): a past the text leaves without a date. "Nach dem
// jüngsten Treffen in Oslo traten Differenzen zutage": the latest meeting before the news.
// A past the text gives no day: "vor einigen Tagen", "in den vergangenen Tagen", "kürzlich". Not even a call
// told so is the day's news.
const VAGUE_PAST = String.raw`kürzlich\p{Ll}*|unlängst|vor\s+(?:(?:einigen|wenigen|mehreren)\s+)?(?:Tagen|Wochen|Monaten|Jahren)|(?:vergangenen|letzten|vorigen)\s+(?:Tagen|Wochen|Monaten|Jahren)`;
const VAGUE_PAST_TOLD = new RegExp(String.raw`(?<![\p{L}])(?:${VAGUE_PAST})(?![\p{L}])`, 'iu');
const BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:zuvor|vorher|davor|damals|früher|einst|seinerzeit|bereits\s+mehrfach|(?:letzte|vorige)[nmrs]?\s+(?:Besuch\p{L}*|Begegnung|Reise|Visite)|(?:nach|seit)\s+(?:dem|der|den)\s+jüngsten\s+\p{L}*(?:treffen|runde|gespräch|verhandlung|begegnung|besuch|gipfel|telefonat|beratung)\p{L}*|${VAGUE_PAST})(?![\p{L}])`, 'iu');

// A pluperfect with "bereits" or "schon": "hatte sich bereits mit X getroffen", "war schon am Montag … gewesen".
const ALREADY_BEFORE = /(?<![\p{L}])(?:hatte|hatten|war|waren)\s+(?:[^,;:]*\s)?(?:bereits|schon)(?![\p{L}])|(?<![\p{L}])(?:[Bb]ereits|[Ss]chon)\s+(?:[^,;:]*\s)?(?:hatte|hatten|war|waren)(?![\p{L}])/u;

const POSTPONED = /(?<![\p{L}])(?:vertagt|verschoben|verlegt)(?![\p{L}])/u;
const NOW_AGAIN = /(?<![\p{L}])(?:nun|jetzt|inzwischen|stattdessen|neu)(?![\p{L}])/u;

const EVE = /(?<![\p{L}])[Aa]m\s+(?:Vorabend|Vortag)\s+(?:des|der|eines|einer)\s/u;
// "am Vorabend", "am Vortag" with no event named: the day before the one told (dates/nearby-parser.ts).
const BARE_EVE = /(?<![\p{L}])[Aa]m\s+(?:Vorabend|Vortag)(?![\p{L}])(?!\s+(?:des|der|eines|einer)\s)/u;

const ENDED = /(?<![\p{L}])(?:endete|endeten|beendet|beendete|beendeten|zu\s+Ende\s+(?:gegangen|ging|gingen))(?![\p{L}])/u;

const OVER = /(?<![\p{L}])(?:[Nn]ach\s+(?:einem|dem|ihrem|seinem)\s+(?:\p{Ll}+\s+)?(?:Stopp|Zwischenstopp|Zwischenhalt|Aufenthalt|Abstecher)(?![\p{L}])|(?:war|waren|hatte|hatten)\s[^,;:]*\s(?:gereist|geflogen|empfangen|besucht|getroffen|zusammengekommen|zusammengetroffen)|(?:hat|haben)\s[^,;:]*\sempfangen|empfing|empfingen|besuchte|besuchten|(?:sprach|sprachen)\s(?:[^,;:]*\s)?mit|(?:traf|trafen)(?![^,;:.!?]*\sein(?=\s*[,;:.!?]|$))|(?:sagte|sagten|erklärte|erklärten|betonte|betonten)\s[^,;:]*\sbei\s+(?:einem|dem)\s+(?:Treffen|Gespräch))(?![\p{L}])/u;

const LASTING = /(?<![\p{L}])(zwei|drei|vier|fünf|[2-5])-?tägig/iu;

// "Zum Abschluss seiner dreitägigen Polen-Reise ist Merz mit Tusk zusammengetroffen": the days are
// the journey's; talks or a summit told in it keep one day (a visit is the journey itself).
const JOURNEY_LASTING = /^\p{L}*\s+(?:\p{Lu}[\p{L}]*-)?(?:\p{L}*[Rr]eise|\p{L}*[Bb]esuch|\p{L}*[Aa]ufenthalt|Visite|\p{L}*[Tt]our)(?![\p{L}])/u;

/** "die dreitägigen Verhandlungen": how many days a meeting of `kind` lasted, 1 when not told. */
function daysOf(text: string, kind: MeetingKind): number {
  const match = LASTING.exec(text);
  if (!match) return 1;
  return kind !== 'visit' && JOURNEY_LASTING.test(text.slice(match.index + match[0].length)) ? 1 : countNumber(match[1]!);
}

function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
