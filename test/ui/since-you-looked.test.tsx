// "Since you last looked": marks in Meetings and Actors, what changed in the meeting view, and
// the marks clearing once seen.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {MeetingReport} from '../../source/store/types.js';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {NOW, actor, meeting} from './sample-data.js';

afterEach(cleanup);

const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

function report(articleId: number, published: string, overrides: Partial<MeetingReport>): MeetingReport {
  const base = {url: null, outlet: 'n-tv', status: 'planned' as const, start: null, end: null, precision: 'unknown' as const, place: null, country: null, kind: 'talks' as const};
  return {articleId, published, ...base, participants: [], evidence: 'Die Gespräche sollen fortgesetzt werden.', role: 'report', ...overrides};
}

// Closed yesterday at 15:00. Since then: the Genf talks moved from the 18th to the 20th, the
// Istanbul talks were held, and a call was first reported. Riad changed before the close.
function sample() {
  const services = fakeServices({
    meetings: [
      meeting(1, {place: 'Genf', start: '2025-11-20', status: 'planned'}),
      meeting(2, {place: 'Istanbul', start: '2025-11-11', status: 'held'}),
      meeting(3, {place: null, country: null, kind: 'call', start: '2025-11-12', status: 'held', participants: ['Donald Trump', 'Wladimir Putin']}),
      meeting(4, {place: 'Riad', start: '2025-11-25', status: 'planned'}),
    ],
    reports: Object.fromEntries([
      [1, [report(11, hoursAgo(72), {place: 'Genf', start: '2025-11-18', precision: 'day'}), report(12, hoursAgo(5), {start: '2025-11-20', precision: 'day', outlet: 'tagesschau', evidence: 'Die Gespräche wurden auf den 20. November verschoben.'})]],
      [2, [report(21, hoursAgo(80), {place: 'Istanbul', start: '2025-11-11', precision: 'day'}), report(22, hoursAgo(3), {status: 'held', place: 'Istanbul'})]],
      [3, [report(31, hoursAgo(2), {status: 'held', start: '2025-11-12', precision: 'day'})]],
      [4, [report(41, hoursAgo(90), {place: 'Riad'}), report(42, hoursAgo(40), {place: 'Riad', start: '2025-11-25', precision: 'day'})]],
    ]),
    follow: {dashboardClosed: hoursAgo(24)},
    actors: [
      actor('newcomer', 'Max Beispiel', {today: 1, week: 1, daily: [...Array(13).fill(0), 1], firstSeen: '2025-11-12'}),
      actor('riser', 'Marco Rubio', {today: 6, week: 8, daily: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 6], firstSeen: '2025-09-01'}),
      actor('steady', 'Wladimir Putin', {today: 4, week: 28, daily: Array(14).fill(4), firstSeen: '2025-08-01'}),
    ],
  });
  services.now = NOW;
  return services;
}

const lineWith = (frame: string, text: string) => frame.split('\n').find(line => line.includes(text)) ?? '';

describe('since you last looked', () => {
  it('Meetings sums up what changed since the dashboard was closed and marks each meeting ✦ new or ↻ changed', async () => {
    const {frame, press} = await renderDashboard(sample(), {columns: 100});
    await press('3');
    const lines = frame().split('\n');
    expect(lines[1]).toContain('since Tue 15:00: 1 new · 1 moved · 1 held — m: mark seen');
    expect(lineWith(frame(), 'Genf')).toMatch(/^.↻ /);
    expect(lineWith(frame(), 'Istanbul')).toMatch(/^.↻ /);
    expect(lineWith(frame(), 'call')).toMatch(/^.✦ /);
    expect(lineWith(frame(), 'Riad')).toMatch(/^.  /);
  });

  it('Enter shows old → new with the report that changed it; back in the list, its mark is gone', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('3');
    // Upcoming first: Genf (20.11.), then Riad; Genf is the first row.
    await press(keys.enter);
    expect(frame()).toContain('↻ changed since Tue 15:00:');
    expect(frame()).toMatch(/moved: 18\.11\.2025 → 20\.11\.2025 \(tagesschau, \d\d\.11\. \d\d:\d\d\)/);
    await press(keys.escape);
    expect(lineWith(frame(), 'Genf')).toMatch(/^.  /);
    expect(frame().split('\n')[1]).toContain('since Tue 15:00: 1 new · 1 held');
    expect(services.follow.seen?.['1']).toBe(NOW.toISOString());
  });

  it('m marks every meeting seen', async () => {
    const {frame, press} = await renderDashboard(sample(), {columns: 100});
    await press('3', 'm');
    expect(frame().split('\n')[1]).toContain('since Tue 15:00: nothing new');
    expect(frame()).not.toMatch(/[✦↻]/);
  });

  it('on a first start nothing is marked', async () => {
    const services = sample();
    services.follow = {};
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('3');
    expect(frame()).not.toContain('since Tue');
    expect(frame()).not.toMatch(/[✦↻]/);
  });

  it('Actors marks a person named for the first time ✦ and one rising ↑, not one named as often as ever', async () => {
    const {frame, press} = await renderDashboard(sample(), {columns: 100});
    await press('2');
    expect(lineWith(frame(), 'Max Beispiel')).toMatch(/✦ Max Beispiel/);
    expect(lineWith(frame(), 'Marco Rubio')).toMatch(/↑ Marco Rubio/);
    expect(lineWith(frame(), 'Wladimir Putin')).not.toMatch(/[✦↑]/);
  });
});

describe('alerts in the dashboard', () => {
  it('shows the last round\'s alerts on the line above the status bar until a notice takes it', async () => {
    const services = sample();
    services.poll = {...services.poll, alert: 'Held: Talks in Istanbul (11.11.2025)'};
    const {frame, press} = await renderDashboard(services, {columns: 100});
    expect(frame()).toContain('⚑ Held: Talks in Istanbul (11.11.2025)');
    await press('v');
    expect(frame()).toContain('Latest: only articles about the talks');
  });
});
