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

// Each template writes one sentence; together they read like agency copy on the talks.
const sentences: ReadonlyArray<(random: Random) => string> = [
  r => {
    const [a, p] = [r.pick(people), r.pick(places)];
    return `${capitalised(a.role)} ${a.name} will ${dateOf(r)} in ${p.city} über ${r.pick(topics).accusative} sprechen.`;
  },
  r => {
    const meeting = r.pick(meetingNouns);
    return `In ${r.pick(places).city} ${meeting.plural ? 'haben' : 'hat'} ${dateOf(r)} ${meeting.nominative} zwischen Vertretern der USA, der Ukraine und Russlands begonnen.`;
  },
  r => `"Wir sind bereit, über ${r.pick(topics).accusative} zu reden, aber nicht um jeden Preis", sagte ${r.pick(people).surname} vor Journalisten in ${r.pick(places).city}.`,
  r => {
    const [a, b] = twoPeople(r);
    return `Nach Angaben des Kremls telefonierte ${a.name} ${dateOf(r)} mit ${b.name}; Einzelheiten wurden zunächst nicht bekannt.`;
  },
  r => {
    const [a, b] = twoPeople(r);
    return `${a.surname} kündigte an, ${r.pick(monthParts)} ${r.pick(months)} nach ${r.pick(places).city} zu reisen, um dort ${b.surname} zu treffen.`;
  },
  r => {
    const meeting = r.pick(meetingNouns);
    return `Beobachter in ${r.pick(places).city} rechnen nicht damit, dass ${meeting.nominative} schon ${dateOf(r)} einen Durchbruch ${meeting.plural ? 'bringen' : 'bringt'}.`;
  },
  r => `Die ukrainische Delegation unter Leitung von ${r.pick(people).name} war ${dateOf(r)} in ${r.pick(places).city} eingetroffen.`,
  r => `Ein Treffen ${r.pick(monthParts)} ${r.pick(months)} in ${r.pick(places).city} wurde nach Angaben aus Diplomatenkreisen kurzfristig abgesagt.`,
  r => {
    const speaker = r.pick(people);
    return `Moskau lehnt ${r.pick(topics).accusative} bislang ab, signalisierte aber Gesprächsbereitschaft, wie ${speaker.role} ${speaker.surname} sagte.`;
  },
  r => `Zuletzt hatten sich Unterhändler beider Seiten ${r.pick(monthParts)} ${r.pick(months)} in ${r.pick(places).city} getroffen, ohne greifbare Ergebnisse.`,
  r => `Aus Kiew hieß es, man erwarte von ${r.pick(people).surname} klare Zusagen zu ${r.pick(topics).dative}, bevor ein Gipfel stattfinden könne.`,
  r => `${r.pick(people).name} bezeichnete die Gespräche in ${r.pick(places).city} als "konstruktiv und sachlich", betonte jedoch, dass noch viel Arbeit vor allen Beteiligten liege.`,
  r => `Der Sprecher des Weißen Hauses sagte, Präsident Trump sei bereit, ${r.pick(people).surname} ${dateOf(r)} persönlich zu empfangen.`,
  r => `Europäische Regierungen drängen darauf, bei ${r.pick(meetingNouns).dative} über ${r.pick(topics).accusative} mit am Tisch zu sitzen.`,
];

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
  const paragraphs: string[] = [];
  // ~130 bytes a sentence, 3–4 sentences a paragraph: 6–8 paragraphs give 2–4 KB.
  const count = random.int(6, 8);
  for (let index = 0; index < count; index++) {
    const parts: string[] = [];
    const length = random.int(3, 4);
    for (let sentence = 0; sentence < length; sentence++) parts.push(random.pick(sentences)(random));
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
