import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeServices, feed} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {article} from './sample-data.js';

afterEach(cleanup);

function sample() {
  return fakeServices({
    articles: [
      article(1, {title: 'Gespräche in Genf ohne Ergebnis', text: 'Die Unterhändler reisten ab.'}),
      article(2, {title: 'Kälte trifft das Stromnetz', text: 'Angriffe auf Kraftwerke gehen weiter.'}),
      article(3, {title: 'Selenskyj reist nach Paris', text: 'Er will über Sicherheitsgarantien sprechen.'}),
    ],
  });
}

describe('search', () => {
  it('/ with a word typed without umlauts shows the matching articles in Latest; Esc clears', async () => {
    const {frame, press} = await renderDashboard(sample());
    await press('/', 'g', 'e', 's', 'p', 'r', 'a', 'c', 'h', 'e');
    expect(frame()).toContain('Search: gesprache█');
    await press(keys.enter);
    expect(frame()).toContain('Latest (1) · search “gesprache”');
    expect(frame()).toContain('Gespräche in Genf');
    expect(frame()).not.toContain('Kälte trifft das Stromnetz');
    await press(keys.escape);
    expect(frame()).toContain('Latest (3)');
    expect(frame()).toContain('Kälte trifft das Stromnetz');
  });

  it('says so when nothing matches, and Backspace edits the typed word', async () => {
    const {frame, press} = await renderDashboard(sample());
    await press('/', 'x', 'y', 'z', keys.backspace);
    expect(frame()).toContain('Search: xy█');
    await press(keys.enter);
    expect(frame()).toContain('Nothing matches — Esc clears the filter');
  });
});

describe('adding a feed', () => {
  it('a, a valid URL and Enter adds the feed', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    await press('a');
    await press('file:///tmp/ntv.xml', keys.enter);
    expect(services.feedList.map(feed => feed.url)).toEqual(['file:///tmp/ntv.xml']);
    expect(frame()).toContain('Added file:///tmp/ntv.xml');
    expect(frame()).toContain('1 feeds ok');
  });

  it('an invalid address shows the reason inline, adds nothing and keeps the input for correcting', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    await press('a', 'kein feed', keys.enter);
    expect(frame()).toContain('Add feed (URL or file): kein feed█');
    expect(frame()).toContain('✗ not a feed: kein feed is no http(s) or file URL');
    expect(services.feedList).toEqual([]);
    await press(keys.escape);
    expect(frame()).not.toContain('Add feed');
    expect(services.feedList).toEqual([]);
  });
});

describe('filtering by feed', () => {
  it('f cycles Latest through the feeds and back to all of them', async () => {
    const services = fakeServices({
      articles: [article(1, {title: 'Nur bei n-tv', feeds: ['n-tv']}), article(2, {title: 'Nur bei DW', feeds: ['DW']})],
      feeds: [feed({id: 1, name: 'n-tv'}), feed({id: 2, name: 'DW'})],
    });
    const {frame, press} = await renderDashboard(services);
    await press('f');
    expect(frame()).toContain('Latest (1) · feed n-tv');
    expect(frame()).not.toContain('Nur bei DW');
    await press('f');
    expect(frame()).toContain('Latest (1) · feed DW');
    expect(frame()).toContain('Nur bei DW');
    await press('f');
    expect(frame()).toContain('Latest (2)');
    expect(frame()).toContain('Latest: all feeds');
  });
});
