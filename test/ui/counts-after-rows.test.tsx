// Latest's counts follow the frame that first shows its rows: on a large cache the rows are what
// the user waits for, and counting them costs more than reading them. Never a wrong number.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {DashboardData} from '../../source/ui/hooks/use-dashboard-data.js';
import {layoutFor} from '../../source/ui/layout.js';
import {type CommandContext, runCommand} from '../../source/ui/run-command.js';
import {type Action, initialState} from '../../source/ui/state.js';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {actor, article} from './sample-data.js';

afterEach(cleanup);

function sample() {
  return fakeServices({
    articles: [
      article(1, {title: 'Gespräche in Genf ohne Ergebnis', actorIds: ['selenskyj']}),
      article(2, {title: 'Kälte trifft das Stromnetz'}),
      article(3, {title: 'Hochwasser an der Oder'}),
    ],
    actors: [actor('selenskyj', 'Wolodymyr Selenskyj')],
  });
}

const titleLine = (frame: string | undefined) => frame?.split('\n')[0] ?? '';

describe("Latest's counts", () => {
  it('open with "…" beside the first rows, then the numbers; no frame shows another number', async () => {
    const {frames, frame} = await renderDashboard(sample());
    const firstWithRows = frames.find(drawn => drawn.includes('Gespräche in Genf'));
    expect(titleLine(firstWithRows)).toMatch(/^ 1 Latest \(…\) · talks … /);
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(3\) · talks 1 /);
    for (const drawn of frames.filter(Boolean)) expect(titleLine(drawn)).toMatch(/^ 1 Latest (\(…\) · talks …|\(3\) · talks 1) /);
  });

  it("of a search follow the frame that shows its matches; no frame shows another filter's number", async () => {
    const {frames, frame, press} = await renderDashboard(sample());
    await press('/', ...'kalte');
    const typed = frames.length;
    await press(keys.enter);
    const after = frames.slice(typed).filter(drawn => titleLine(drawn).includes('search'));
    expect(titleLine(after[0])).toMatch(/^ 1 Latest \(…\) · search “kalte”/);
    expect(after[0]).toContain('Kälte trifft das Stromnetz');
    expect(after[0]).not.toContain('Gespräche in Genf');
    expect(titleLine(frame())).toMatch(/^ 1 Latest \(1\) · search “kalte”/);
    for (const drawn of after) expect(titleLine(drawn)).toMatch(/^ 1 Latest \((…|1)\) · search/);
  });

  it('are read with the rows when new articles arrive under the same filter: a poll does not blank them', async () => {
    const services = sample();
    const {frames, frameWith} = await renderDashboard(services);
    const shown = frames.length;
    services.articles.push(article(4, {title: 'Neue Gespräche angekündigt', actorIds: ['selenskyj']}));
    services.emit();
    expect(titleLine(await frameWith('Neue Gespräche'))).toMatch(/^ 1 Latest \(4\) · talks 2 /);
    for (const drawn of frames.slice(shown)) expect(titleLine(drawn)).not.toContain('…');
  });

  it('are read at once for a key that needs them before they are shown (G to the last article)', () => {
    const services = sample();
    const actions: Action[] = [];
    const data = {latest: {rows: [], top: 0, count: null}} as unknown as DashboardData;
    const context: CommandContext = {
      state: initialState,
      data,
      layout: layoutFor(80, 24),
      services,
      articleLineCount: 0,
      dispatch: action => actions.push(action),
      refresh: () => {},
      exit: () => {},
    };
    runCommand('bottom', context);
    expect(actions).toEqual([expect.objectContaining({type: 'move', move: 'bottom', length: 3})]);
  });
});
