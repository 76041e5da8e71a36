// Generated German news articles about the negotiations: 2–4 KB each, deterministic from
// (seed, feed, item), so the server can rebuild any article page without keeping it.
import {createRandom, seedOf, type Random} from './random.js';
import {kickers, meetingNouns, monthParts, months, people, places, relativeDays, topics, weekdays, type Person} from './vocabulary.js';

export type GeneratedArticle = {
  guid: string;
  kicker: string;
  title: string;
  /** ISO 8601 with offset. */
  published: string;
  paragraphs: string[];
};

const dateOf = (random: Random): string => {
  switch (random.int(0, 3)) {
    case 0:
      return random.pick(weekdays);
    case 1:
      return `${random.pick(monthParts)} ${random.pick(months)}`;
    case 2:
      return `am ${String(random.int(1, 28)).padStart(2, '0')}.${String(random.int(1, 12)).padStart(2, '0')}.2025`;
    default:
      return random.pick(relativeDays);
  }
};

const capitalised = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/** Two different people, so nobody telephones themselves. */
const twoPeople = (random: Random): [Person, Person] => {
  const first = random.pick(people);
  let second = random.pick(people);
  while (second === first) second = random.pick(people);
  return [first, second];
};

// Sentences that report a meeting: talks, calls, visits, with a place and often a date. A real
// article on the negotiations names one or two meetings (the development corpus: 1.6 on
// average), so an article gets one or two of these and background prose for the rest.
const meetingSentences: ReadonlyArray<(random: Random, cast: Cast) => string> = [
  (r, c) => `${capitalised(c.lead.role)} ${c.lead.name} will ${dateOf(r)} in ${r.pick(places).city} über ${r.pick(topics).accusative} sprechen.`,
  r => {
    const meeting = r.pick(meetingNouns);
    return `In ${r.pick(places).city} ${meeting.plural ? 'haben' : 'hat'} ${dateOf(r)} ${meeting.nominative} zwischen Vertretern der USA, der Ukraine und Russlands begonnen.`;
  },
  (r, c) => `Nach Angaben des Kremls telefonierte ${c.lead.name} ${dateOf(r)} mit ${c.other.name}; Einzelheiten wurden zunächst nicht bekannt.`,
  (r, c) => `${c.lead.surname} kündigte an, ${r.pick(monthParts)} ${r.pick(months)} nach ${r.pick(places).city} zu reisen, um dort ${c.other.surname} zu treffen.`,
  (r, c) => `Die ukrainische Delegation unter Leitung von ${c.other.name} war ${dateOf(r)} zu Gesprächen in ${r.pick(places).city} eingetroffen.`,
  r => `Ein Treffen ${r.pick(monthParts)} ${r.pick(months)} in ${r.pick(places).city} wurde nach Angaben aus Diplomatenkreisen kurzfristig abgesagt.`,
  r => `Zuletzt hatten sich Unterhändler beider Seiten ${r.pick(monthParts)} ${r.pick(months)} in ${r.pick(places).city} getroffen, ohne greifbare Ergebnisse.`,
  (r, c) => `Der Sprecher des Weißen Hauses sagte, Präsident Trump sei bereit, ${c.other.surname} ${dateOf(r)} zu einem Gipfel in ${r.pick(places).city} zu empfangen.`,
];

const quotes = [
  'Wir wollen einen gerechten Frieden, keinen Frieden um jeden Preis',
  'Die Zeit für halbe Lösungen ist vorbei',
  'Ohne Sicherheitsgarantien wird es keine Einigung geben',
  'Russland spielt auf Zeit',
  'Wir sind zu Kompromissen bereit, aber nicht zur Kapitulation',
] as const;

// Background: positions, the front, sanctions, reactions — prose around the news without
// another meeting in it.
const backgroundSentences: ReadonlyArray<(random: Random, cast: Cast) => string> = [
  (r, c) => `"${r.pick(quotes)}", sagte ${c.lead.surname} am Abend in einer Videobotschaft.`,
  () => 'Die Lage an der Front im Osten der Ukraine bleibt nach Angaben des Generalstabs angespannt.',
  () => 'In der Nacht griff Russland erneut mit Drohnen und Raketen an; in mehreren Regionen fiel der Strom aus.',
  (_r, c) => `${capitalised(c.other.role)} ${c.other.surname} warf der Gegenseite vor, auf Zeit zu spielen.`,
  () => 'Nach Einschätzung von Militärexperten hat sich an der Frontlinie im Donbass zuletzt wenig bewegt.',
  () => 'Die Europäische Union bereitet unterdessen ein weiteres Sanktionspaket gegen Russland vor.',
  (r, c) => `${c.lead.surname} betonte, über ${r.pick(topics).accusative} könne es nur mit belastbaren Zusagen eine Einigung geben.`,
  (_r, c) => `Kritiker werfen ${c.third.surname} vor, die Interessen der Ukraine aus den Augen zu verlieren.`,
  () => 'Umfragen zufolge lehnt eine Mehrheit der Ukrainer Gebietsabtretungen weiterhin ab.',
  () => 'Der Kreml äußerte sich zunächst nicht zu den Berichten.',
  r => `Auch in ${r.pick(places).city} wird die Entwicklung aufmerksam verfolgt, wie Beobachter berichten.`,
  () => 'Wirtschaftlich leidet Russland zunehmend unter den niedrigen Ölpreisen und den westlichen Sanktionen.',
  (_r, c) => `${c.third.name} sprach von einem "entscheidenden Moment" für die Sicherheit Europas.`,
  () => 'Die Ukraine meldete zudem die Rückkehr mehrerer Hundert Kriegsgefangener.',
  (r, c) => `Aus dem Umfeld von ${c.lead.surname} hieß es, man erwarte klare Zusagen zu ${r.pick(topics).dative}.`,
  () => 'Die Regierung in Kiew pocht darauf, dass die Europäer an jeder Lösung beteiligt werden.',
  () => 'Mehrere Hilfsorganisationen warnten vor einer Verschärfung der humanitären Lage im Winter.',
  (_r, c) => `Moskau lehnt die Vorschläge bislang ab, wie ${c.other.role} ${c.other.surname} deutlich machte.`,
];

/** The people an article is about: three, as in a typical report on the talks. */
type Cast = {lead: Person; other: Person; third: Person};

const castOf = (random: Random): Cast => {
  const [lead, other] = twoPeople(random);
  let third = random.pick(people);
  while (third === lead || third === other) third = random.pick(people);
  return {lead, other, third};
};

const titles: ReadonlyArray<(random: Random) => string> = [
  r => {
    const [a, b] = twoPeople(r);
    return `${a.surname} und ${b.surname} verhandeln in ${r.pick(places).city}`;
  },
  r => `Neue Gespräche über ${r.pick(topics).accusative} in ${r.pick(places).city}`,
  r => {
    const [a, b] = twoPeople(r);
    return `${a.surname} stellt Bedingungen für Treffen mit ${b.surname}`;
  },
  r => `Gipfel in ${r.pick(places).city} rückt näher`,
  r => {
    const [a, b] = twoPeople(r);
    return `Telefonat zwischen ${a.surname} und ${b.surname} ohne Ergebnis`;
  },
];

/** Minutes between two items of the same feed: newer items get smaller indexes. */
const itemSpacingMinutes = 7;
const newest = Date.UTC(2025, 11, 20, 20, 0, 0);

/**
 * Article `item` of feed `feed`: the same arguments always give the same article. Item 0 is
 * the newest, published at `newestMs` (a fixed day unless a seeded cache wants "today").
 */
export function generateArticle(seed: number, feed: number, item: number, newestMs = newest): GeneratedArticle {
  const random = createRandom(seedOf(seed, feed, item));
  const cast = castOf(random);
  const paragraphs: string[] = [];
  // ~130 bytes a sentence, 3–4 sentences a paragraph: 8–11 paragraphs give 2–4 KB. The news
  // (a meeting) leads; a second one, when there is one, comes later in the text.
  const count = random.int(8, 11);
  const meetingParagraphs = new Set([0, ...(random.next() < 0.6 ? [random.int(2, count - 1)] : [])]);
  for (let index = 0; index < count; index++) {
    const parts: string[] = [];
    const length = random.int(3, 4);
    for (let sentence = 0; sentence < length; sentence++) {
      const templates = sentence === 0 && meetingParagraphs.has(index) ? meetingSentences : backgroundSentences;
      parts.push(random.pick(templates)(random, cast));
    }
    paragraphs.push(parts.join(' '));
  }
  const published = new Date(newestMs - (item * itemSpacingMinutes + feed) * 60_000);
  return {
    guid: `bench-${seed}-${feed}-${item}`,
    kicker: random.pick(kickers),
    title: random.pick(titles)(random),
    published: published.toISOString().replace('Z', '+00:00'),
    paragraphs,
  };
}
