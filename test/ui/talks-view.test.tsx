// The negotiations filter: `v` switches Latest between every article and those about the talks.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeServices} from './fake-services.js';
import {renderDashboard} from './render-dashboard.js';
import {actor, article, meeting} from './sample-data.js';

afterEach(cleanup);

const titleLine = (frame: string) => frame.split('\n')[0] ?? '';

// Six articles: 2 names a tracked person, 4 reports a meeting; the rest are sport and weather.
function sample(view: 'all' | 'talks' = 'all') {
  return fakeServices({
    view,
    articles: [
      article(1, {kicker: 'Sport', title: 'Pokal: Auswärtssieg in Bremen'}),
      article(2, {title: 'Selenskyj fordert mehr Luftabwehr', actorIds: ['selenskyj']}),
      article(3, {kicker: 'Wetter', title: 'Sturmtief zieht über Norddeutschland'}),
      article(4, {title: 'Delegationen treffen sich in Genf'}),
      article(5, {kicker: 'Kriminalität', title: 'Einbruchserie in Köln aufgeklärt'}),
      article(6, {kicker: 'Sport', title: 'Tennis: Finale abgesagt'}),
    ],
    actors: [actor('selenskyj', 'Wolodymyr Selenskyj', {side: 'UA'})],
    meetings: [meeting(1, {sourceArticleIds: [4]})],
  });
}

describe('the talks view of Latest (v)', () => {
  it('v shows only articles that name a tracked person or report a meeting, with both counts; v again shows all', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(6\) · talks 2/);
    expect(frame()).toContain('Sturmtief');

    await press('v');
    expect(titleLine(frame())).toMatch(/^ 1 Latest · talks 2 of 6/);
    expect(frame()).toContain('Selenskyj fordert');
    expect(frame()).toContain('Delegationen treffen sich');
    for (const other of ['Sturmtief', 'Auswärtssieg', 'Einbruchserie', 'Tennis']) expect(frame()).not.toContain(other);

    await press('v');
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(6\) · talks 2/);
    expect(frame()).toContain('Sturmtief');
  });

  it('remembers the choice: it is saved, and the next start opens on it', async () => {
    const services = sample();
    const first = await renderDashboard(services);
    await first.press('v');
    expect(services.view).toBe('talks');
    first.unmount();

    const again = await renderDashboard(sample(services.view));
    expect(titleLine(again.frame())).toMatch(/talks 2 of 6/);
    expect(again.frame()).not.toContain('Sturmtief');
  });

  it('Enter and n walk the talks view, not the whole list', async () => {
    const {frame, press} = await renderDashboard(sample('talks'));
    await press('\r');
    expect(frame()).toContain('Delegationen treffen sich in Genf');
    await press('n');
    expect(frame()).toContain('Selenskyj fordert mehr Luftabwehr');
    await press('n');
    expect(frame()).toContain('Last article in this list');
  });

  it('says how to get back when no article is about the talks', async () => {
    const services = fakeServices({view: 'talks', articles: [article(1, {kicker: 'Sport', title: 'Pokal: Auswärtssieg'})]});
    const {frame} = await renderDashboard(services);
    expect(frame()).toContain('talks 0 of 1');
    expect(frame()).toContain('No article names a tracked person or reports a meeting — v shows all');
  });
});
