// Keys that change only read marks, or only the filter, must not count the whole cache again:
// on 100,000 articles the talks count alone takes ~80 ms, which a person feels on every Enter.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {actor, article, meeting} from './sample-data.js';

afterEach(cleanup);

const titleLine = (frame: string) => frame.split('\n')[0] ?? '';

function sample() {
  return fakeServices({
    articles: [
      article(1, {kicker: 'Wetter', title: 'Sturmtief zieht über Norddeutschland'}),
      article(2, {title: 'Selenskyj fordert mehr Luftabwehr', actorIds: ['selenskyj']}),
      article(3, {title: 'Delegationen treffen sich in Genf'}),
    ],
    actors: [actor('selenskyj', 'Wolodymyr Selenskyj', {side: 'UA'})],
    meetings: [meeting(1, {sourceArticleIds: [3]})],
  });
}

describe('read marks and counts', () => {
  it('opening an article clears its ● in Latest without counting the cache again', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    expect(frame()).toMatch(/^›● .*Delegationen treffen sich/m);
    const counted = services.counts.length;

    await press(keys.enter);
    expect(frame()).toContain('Delegationen treffen sich in Genf');
    await press(keys.escape);
    expect(frame()).toMatch(/^› {2}.*Delegationen treffen sich/m);
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(3\) · talks 2/);
    expect(services.counts.length).toBe(counted);
  });

  it('u toggles the mark and re-reads the row, not the counts', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    const counted = services.counts.length;
    await press('u');
    expect(frame()).toMatch(/^› {2}.*Delegationen treffen sich/m);
    await press('u');
    expect(frame()).toMatch(/^›● .*Delegationen treffen sich/m);
    expect(services.counts.length).toBe(counted);
  });

  it('clearing a search shows the whole counts kept from before it, unless the cache changed meanwhile', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    const whole = () => services.counts.filter(query => !query.search && query.feedId == null).length;
    const before = whole();

    await press('/', 'g', 'e', 'n', 'f', keys.enter);
    expect(titleLine(frame())).toContain('search “genf”');
    await press(keys.escape);
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(3\) · talks 2/);
    expect(whole()).toBe(before);

    // New articles while a search is shown: clearing it counts them.
    await press('/', 'g', 'e', 'n', 'f', keys.enter);
    services.articles.push(article(4, {title: 'Witkoff reist nach Moskau', actorIds: ['selenskyj']}));
    services.emit();
    await press(keys.escape);
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(4\) · talks 3/);
  });
});
