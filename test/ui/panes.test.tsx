import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeServices, feed} from './fake-services.js';
import {renderDashboard, tick} from './render-dashboard.js';
import {NOW, actor, article, meeting} from './sample-data.js';

afterEach(cleanup);

describe('Latest pane', () => {
  it('lists the newest article first with time, kicker, title, actor badges, unread and new-meeting marks', async () => {
    const services = fakeServices({
      articles: [
        article(1, {title: 'Älteste Meldung', published: '2025-11-03T08:00:00Z', unread: false}),
        article(2, {title: 'Neueste Meldung über Witkoff', published: new Date(NOW.getTime() - 5 * 60_000).toISOString(), actorIds: ['witkoff'], newMeetings: 2}),
      ],
      actors: [actor('witkoff', 'Steve Witkoff')],
    });
    const {frame} = await renderDashboard(services);
    const lines = frame().split('\n');
    const newest = lines.findIndex(line => line.includes('Neueste Meldung'));
    const oldest = lines.findIndex(line => line.includes('Älteste Meldung'));
    expect(newest).toBeGreaterThan(0);
    expect(oldest).toBeGreaterThan(newest);
    expect(lines[newest]).toMatch(/●\s+5 min ago\s+Krieg in der Ukraine: Neueste Meldung/);
    expect(lines[newest]).toContain('Witkoff');
    expect(lines[newest]).toContain('◆2');
    expect(lines[oldest]).toContain('03.11.');
    expect(lines[oldest]).not.toContain('●');
  });

  it('tells a new user what to do when the cache is empty', async () => {
    const {frame} = await renderDashboard(fakeServices());
    expect(frame()).toContain('No articles yet — add a feed with a, or run talkwatch poll');
    expect(frame()).toContain('no feeds — a adds one');
  });

  it('reads only the visible window, even with 100,000 articles', async () => {
    const articles = Array.from({length: 100_000}, (_, index) => article(index + 1, {published: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString()}));
    const services = fakeServices({articles});
    const {frame, press} = await renderDashboard(services);
    await press('G');
    expect(frame()).toContain('Latest (100000)');
    expect(frame()).toContain('Meldung Nummer 1 zu');
    expect(Math.max(...services.queries.map(query => query.limit))).toBeLessThanOrEqual(24);
  });
});

describe('Actors pane', () => {
  it('shows tracked people with role, side, counts and a 14-day sparkline, suggested ones below and marked', async () => {
    const daily = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 4, 8];
    const services = fakeServices({
      actors: [
        actor('unknown', 'Rustem Umjerow', {suggested: true}),
        actor('putin', 'Wladimir Putin', {role: 'Präsident Russlands', side: 'RU', today: 3, week: 12, daily, lastSeen: NOW.toISOString()}),
      ],
    });
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('2');
    const lines = frame().split('\n');
    const putin = lines.findIndex(line => line.includes('Wladimir Putin'));
    const suggested = lines.findIndex(line => line.includes('? Rustem Umjerow'));
    expect(lines[putin]).toMatch(/Präsident Russlands\s+RU\s+3\s+12 ▁▁▂▃▄▅▅▆▇█▁▁▅█\s+now/);
    expect(suggested).toBeGreaterThan(putin);
    expect(lines[suggested]).toContain('suggested');
  });
});

describe('Meetings pane', () => {
  it('puts upcoming meetings first with a countdown, and undated ones as "date open"', async () => {
    const services = fakeServices({
      meetings: [
        meeting(1, {place: 'Istanbul', start: '2025-11-01', status: 'held', sourceArticleIds: [1, 2]}),
        meeting(2, {place: 'Genf', start: '2025-11-15', participants: ['Witkoff', 'Umjerow'], sourceArticleIds: [3]}),
        meeting(3, {place: 'Moskau', start: null, precision: 'unknown', status: 'proposed', kind: 'visit'}),
      ],
    });
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('3');
    const lines = frame().split('\n');
    const at = (text: string) => lines.findIndex(line => line.includes(text));
    expect(at('Genf')).toBeLessThan(at('Moskau'));
    expect(at('Moskau')).toBeLessThan(at('Istanbul'));
    expect(lines[at('Genf')]).toMatch(/15\.11\.2025\s+in 3 days\s+Genf\s+talks\s+planned\s+Witkoff, Umjerow\s+1✉/);
    expect(lines[at('Moskau')]).toContain('date open');
    expect(lines[at('Istanbul')]).toContain('11 days ago');
    expect(frame()).toContain('2 upcoming, 1 past');
  });

  it('reads old plans against today: no year-old proposal among the upcoming, no "ongoing, 290 days ago"', async () => {
    const services = fakeServices({
      meetings: [
        meeting(1, {place: 'Genf', start: '2025-11-15'}),
        meeting(2, {place: 'Budapest', start: null, precision: 'unknown', status: 'proposed', lastReported: '2024-11-10T09:00:00.000Z'}),
        meeting(3, {place: 'Istanbul', start: '2025-01-26', status: 'ongoing', lastReported: '2025-01-26T09:00:00.000Z'}),
      ],
    });
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('3');
    const lines = frame().split('\n');
    const at = (text: string) => lines.findIndex(line => line.includes(text));
    expect(frame()).toContain('1 upcoming, 2 past');
    expect(at('Genf')).toBeLessThan(at('Budapest'));
    expect(at('Genf')).toBeLessThan(at('Istanbul'));
    // Below the upcoming ones: dated first, the stale undated proposal last.
    expect(at('Istanbul')).toBeLessThan(at('Budapest'));
    expect(lines[at('Budapest')]).toMatch(/date open.*Budapest.*stale/);
    expect(lines[at('Istanbul')]).toContain('date passed');
    expect(frame()).not.toMatch(/ongoing|under way/);
  });
});

describe('status bar', () => {
  it('names the first failing feed and its reason, the poll times and the new-article count', async () => {
    const services = fakeServices({
      feeds: [feed({id: 1, name: 'n-tv'}), feed({id: 2, name: 'tagesschau', lastError: 'HTTP 503 Service Unavailable'})],
    });
    services.poll = {polling: false, lastPoll: new Date(NOW.getTime() - 4 * 60_000).toISOString(), nextPoll: new Date(NOW.getTime() + 11 * 60_000).toISOString(), newSinceStart: 7, analysis: null};
    const {frame} = await renderDashboard(services, {columns: 160});
    expect(frame()).toContain('1 ok, 1 failing (tagesschau: HTTP 503 Service Unavailable)');
    expect(frame()).toContain('last poll 4 min ago · next in 11 min · 7 new since start');
  });

  it('shows a spinner while polling and a demo label for sample data', async () => {
    const services = fakeServices({demo: true});
    services.poll = {...services.poll, polling: true};
    const {frame} = await renderDashboard(services, {columns: 120});
    expect(frame()).toMatch(/DEMO/);
    expect(frame()).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] polling/);
  });

  it('shows how far the analysis of stored articles has come, and nothing of it once it is done', async () => {
    const services = fakeServices();
    services.poll = {...services.poll, lastPoll: new Date(NOW.getTime() - 60_000).toISOString(), analysis: {analysed: 1200, total: 5000}};
    const {frame, frameWith} = await renderDashboard(services, {columns: 160});
    expect(frame()).toMatch(/last poll 1 min ago · [⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] analysed 1,200 of 5,000 ·/);
    services.poll = {...services.poll, analysis: {analysed: 5000, total: 5000}};
    services.emit();
    expect(await frameWith('analysed 5,000 of 5,000')).toContain('analysed 5,000 of 5,000');
    services.poll = {...services.poll, analysis: null};
    services.emit();
    await tick(100);
    expect(frame()).not.toContain('analysed');
  });
});
