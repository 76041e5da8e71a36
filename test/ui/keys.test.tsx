import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {keyTable} from '../../source/ui/keys.js';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {actor, article, meeting} from './sample-data.js';

afterEach(cleanup);

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';
const titleLine = (frame: string) => frame.split('\n')[0] ?? '';

function sample() {
  return fakeServices({
    articles: Array.from({length: 50}, (_, index) => article(index + 1, {actorIds: index === 47 ? ['putin'] : []})),
    actors: [actor('putin', 'Wladimir Putin', {side: 'RU'})],
    meetings: [meeting(1, {place: 'Genf', sourceArticleIds: [48, 50]})],
  });
}

describe('pane switching at 80 columns (one pane at a time)', () => {
  it('Tab, Shift-Tab and 1/2/3 choose the pane', async () => {
    const {frame, press} = await renderDashboard(sample());
    expect(titleLine(frame())).toMatch(/^ 1 Latest/);
    await press(keys.tab);
    expect(titleLine(frame())).toMatch(/^ 2 Actors/);
    await press(keys.tab);
    expect(titleLine(frame())).toMatch(/^ 3 Meetings/);
    await press(keys.tab);
    expect(titleLine(frame())).toMatch(/^ 1 Latest/);
    await press(keys.shiftTab);
    expect(titleLine(frame())).toMatch(/^ 3 Meetings/);
    await press('2');
    expect(titleLine(frame())).toMatch(/^ 2 Actors/);
    await press('1');
    expect(titleLine(frame())).toMatch(/^ 1 Latest/);
  });
});

describe('moving in a list', () => {
  it('j/k and arrows move one row, g/G jump to the ends, PgDn a page', async () => {
    const {frame, press} = await renderDashboard(sample());
    expect(selectedLine(frame())).toContain('Nummer 50 ');
    await press('j', 'j', keys.down);
    expect(selectedLine(frame())).toContain('Nummer 47 ');
    await press('k', keys.up);
    expect(selectedLine(frame())).toContain('Nummer 49 ');
    await press('G');
    expect(selectedLine(frame())).toContain('Nummer 1 ');
    await press('g');
    expect(selectedLine(frame())).toContain('Nummer 50 ');
    await press(keys.pageDown);
    // 24 rows leave 20 for the list: one page down is 20 articles further.
    expect(selectedLine(frame())).toContain('Nummer 30 ');
    await press('k');
    expect(selectedLine(frame())).toContain('Nummer 31 ');
  });
});

describe('Enter and Esc', () => {
  it('Enter opens the selected article and marks it read; Esc goes back to the same row', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    await press('j', 'j', keys.enter);
    expect(frame()).toContain('Meldung Nummer 48 zu den Verhandlungen');
    expect(frame()).toContain('Absatz 1: Die Delegationen sprachen in Genf');
    expect(services.article(48)?.unread).toBe(false);
    await press(keys.escape);
    expect(selectedLine(frame())).toMatch(/› {2}\S+ +Krieg in der Ukraine: Meldung Nummer 48/);
  });

  it('Enter on an actor lists their articles; Enter there opens one', async () => {
    const {frame, press} = await renderDashboard(sample());
    await press('2', keys.enter);
    expect(frame()).toContain('Articles naming Wladimir Putin (1)');
    await press(keys.enter);
    expect(frame()).toContain('Meldung Nummer 48 zu den Verhandlungen');
    await press(keys.escape, keys.escape);
    expect(titleLine(frame())).toMatch(/^ 2 Actors/);
  });

  it('Enter on a meeting shows its details and its history, each report openable', async () => {
    const {frame, press} = await renderDashboard(sample());
    await press('3', keys.enter);
    expect(frame()).toContain('talks in Genf');
    expect(frame()).toMatch(/│ when +│ countdown +│ place +│ status +│/);
    expect(frame()).toMatch(/│ [^│]+│ [^│]+│ Genf +│ \w+ +│/);
    expect(frame()).toContain('Participants: USA, Ukraine');
    expect(frame()).toContain('History: 2 reports in 2 articles, newest first');
    // Newest first: the second line is article 48's report.
    await press('j', keys.enter);
    expect(frame()).toContain('Meldung Nummer 48 zu den Verhandlungen');
  });
});

describe('help', () => {
  it('? lists every key command from the key table, and Esc closes it', async () => {
    const {frame, press} = await renderDashboard(sample());
    await press('?');
    for (const entry of keyTable) expect(frame()).toContain(entry.help);
    await press(keys.escape);
    expect(titleLine(frame())).toMatch(/^ 1 Latest/);
  });
});

describe('commands that act on the selection', () => {
  it('u toggles unread, o opens the link in the browser, r polls, t tracks a suggested person', async () => {
    const services = sample();
    services.actorList.push(actor('umjerow', 'Rustem Umjerow', {suggested: true}));
    const {frame, press} = await renderDashboard(services);
    await press('u');
    expect(services.article(50)?.unread).toBe(false);
    expect(selectedLine(frame())).not.toContain('●');
    await press('o', 'r');
    expect(services.opened).toEqual(['https://www.n-tv.de/politik/artikel-50.html']);
    expect(services.polls).toBe(1);
    await press('2', 'j', 't');
    expect(services.tracked).toEqual(['Rustem Umjerow']);
    expect(frame()).toContain('Tracking Rustem Umjerow');
  });
});

describe('keys that arrive together', () => {
  it('"jj⏎" in one read (fast typing, a script) moves twice, then opens the article there', async () => {
    const {frameWith, press} = await renderDashboard(sample());
    await press('jj\r');
    const opened = await frameWith('Absatz 1:');
    expect(opened).toContain('Absatz 1:');
    expect(opened).toContain('Meldung Nummer 48 zu den Verhandlungen');
  });
});
