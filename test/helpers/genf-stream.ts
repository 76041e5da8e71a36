// Four articles of our own about one meeting (proposed, planned, moved, held), as an RSS feed:
// what the event model must read into one meeting with its history.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {rss} from '../feeds/poller-rss.js';

export const genfStream = [
  {day: '2026-03-01', outlet: 'zeit.de', title: 'Selenskyj schlägt Treffen in der Schweiz vor', text: 'Der ukrainische Präsident Wolodymyr Selenskyj hat ein Treffen mit US-Außenminister Marco Rubio in der Schweiz vorgeschlagen. Ein Termin steht noch nicht fest.'},
  {day: '2026-03-05', outlet: 'tagesschau.de', title: 'Gespräche in Genf geplant', text: 'Die Delegationen der USA und der Ukraine sollen sich am 11. März in Genf treffen. Das teilte das Außenministerium in Kiew mit.'},
  {day: '2026-03-10', outlet: 'n-tv.de', title: 'Genfer Gespräche verschoben', text: 'Die Gespräche zwischen den USA und der Ukraine in Genf sind auf Donnerstag verschoben worden. Ursprünglich war das Treffen für Mittwoch geplant.'},
  {day: '2026-03-12', outlet: 'deutschlandfunk.de', title: 'Gespräche in Genf beendet', text: 'Die Delegationen der USA und der Ukraine haben am Donnerstag in Genf stundenlang verhandelt. Die Gespräche seien konstruktiv gewesen, hieß es.'},
];

/** Writes the stream as one feed in `dir`, newest first as feeds list them; returns its path. */
export function writeGenfFeed(dir: string): string {
  const feed = join(dir, 'genf-feed.xml');
  const items = [...genfStream].reverse().map(({day, outlet, title, text}) => ({
    guid: `${outlet}-${day}`,
    title,
    link: `https://www.${outlet}/politik/${day}.html`,
    description: text,
    pubDate: new Date(`${day}T09:00:00+01:00`),
  }));
  writeFileSync(feed, rss(items));
  return feed;
}
