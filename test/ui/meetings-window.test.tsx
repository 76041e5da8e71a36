// The Meetings pane reads only its visible rows and the marks only of meetings a later report
// reached, as Latest reads a window: a dashboard left open for days must not keep every meeting
// and every report in memory. What the user sees stays the same: the order, the counts, the
// marks on every page and the summary, which counts marks on meetings outside the window too.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {MeetingReport} from '../../source/store/types.js';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {NOW, actor, meeting} from './sample-data.js';

afterEach(cleanup);

const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();
const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const place = (id: number) => `Ort${String(id).padStart(2, '0')}`;

function report(articleId: number, published: string, overrides: Partial<MeetingReport>): MeetingReport {
  const base = {url: null, outlet: 'n-tv', status: 'planned' as const, start: null, end: null, precision: 'unknown' as const, place: null, country: null, kind: 'talks' as const};
  return {articleId, published, ...base, participants: [], evidence: 'Die Gespräche sollen fortgesetzt werden.', role: 'report', ...overrides};
}

/**
 * Thirty meetings, in the pane's order 1 to 30: twenty upcoming (the 1st tomorrow), ten held
 * (the 21st yesterday). Since the close 24 hours ago: the 2nd moved, the 25th was first
 * reported, the 28th was held; the 5th changed before the close.
 */
function sample() {
  const upcoming = Array.from({length: 20}, (_, n) => meeting(n + 1, {place: place(n + 1), start: day(n + 1), status: 'planned'}));
  const past = Array.from({length: 10}, (_, n) => meeting(n + 21, {place: place(n + 21), start: day(-(n + 1)), status: 'held'}));
  // Not in the order they are shown: the pane sorts.
  const services = fakeServices({
    meetings: [...past.reverse(), ...upcoming.reverse()],
    reports: {
      2: [report(21, hoursAgo(72), {place: place(2), start: day(9), precision: 'day'}), report(22, hoursAgo(5), {place: place(2), start: day(2), precision: 'day'})],
      5: [report(51, hoursAgo(90), {place: place(5)}), report(52, hoursAgo(40), {place: place(5), start: day(5), precision: 'day'})],
      25: [report(251, hoursAgo(3), {place: place(25), start: day(-5), precision: 'day', status: 'held'})],
      28: [report(281, hoursAgo(80), {place: place(28), start: day(-8), precision: 'day'}), report(282, hoursAgo(2), {place: place(28), start: day(-8), precision: 'day', status: 'held'})],
    },
    follow: {dashboardClosed: hoursAgo(24)},
    actors: [actor('rubio', 'Marco Rubio', {today: 2, week: 5})],
  });
  // Marco Rubio at the table of the 24th, the 3rd and the 12th.
  for (const id of [24, 3, 12]) services.meetingList.find(row => row.id === id)!.participants = ['Marco Rubio', 'Ukraine'];
  services.now = NOW;
  return services;
}

const lineWith = (frame: string, text: string) => frame.split('\n').find(line => line.includes(text)) ?? '';
const shownPlaces = (frame: string) => [...frame.matchAll(/Ort(\d\d)/g)].map(match => Number(match[1]));

describe('the Meetings pane on more meetings than fit', () => {
  it('shows the first page in order, the counts of all, and a summary that counts the marks off the page', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('3');
    const lines = frame().split('\n');
    expect(lines[0]).toContain('3 Meetings (20 upcoming, 10 past)');
    expect(lines[1]).toContain('1 new · 1 moved · 1 held — m: mark seen');
    const first = shownPlaces(frame());
    expect(first[0]).toBe(1);
    expect(first).toEqual(first.map((_, index) => index + 1));
    expect(first.length).toBeLessThan(20);
    expect(lineWith(frame(), place(2))).toMatch(/^.↻ /);
    expect(lineWith(frame(), place(5))).toMatch(/^.  /);
    // Only the visible rows were read, and only the reports of the meetings reported since the close.
    expect(Math.max(...services.meetingReads)).toBeLessThanOrEqual(first.length);
    expect(services.reportReads.at(-1)?.sort((a, b) => a - b)).toEqual([2, 25, 28]);
  });

  it('pages to the end in the same order, with the marks there', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('3', 'G');
    const last = shownPlaces(frame());
    expect(last.at(-1)).toBe(30);
    expect(last).toEqual(last.map((_, index) => 30 - last.length + 1 + index));
    expect(lineWith(frame(), place(25))).toMatch(/^.✦ /);
    expect(lineWith(frame(), place(28))).toMatch(/^.↻ /);
    expect(lineWith(frame(), place(27))).toMatch(/^.  /);
    // Enter opens the selected (last) meeting, read by its id.
    await press(keys.enter);
    expect(frame()).toContain(place(30));
    await press(keys.escape, 'g', keys.down, keys.enter);
    expect(frame()).toContain('↻ changed since');
    expect(frame()).toContain(place(2));
    expect(Math.max(...services.meetingReads)).toBeLessThan(30);
  });

  it('in one pane (under 160 columns) reads its meetings and marks only once it is shown', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services, {columns: 100});
    expect(frame()).toContain('1 Latest');
    expect(services.meetingReads).toEqual([]);
    expect(services.reportReads).toEqual([]);
    await press('3');
    expect(frame().split('\n')[1]).toContain('1 new · 1 moved · 1 held — m: mark seen');
    expect(shownPlaces(frame())[0]).toBe(1);
    expect(services.reportReads.at(-1)?.sort((a, b) => a - b)).toEqual([2, 25, 28]);
  });

  it('a person’s screen lists their meetings in the pane’s order', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('2', keys.enter);
    expect(frame()).toContain('Meetings (3):');
    const listed = frame().split('\n').filter(line => line.includes('• '));
    expect(listed.map(line => line.match(/Ort(\d\d)/)?.[1])).toEqual(['03', '12', '24']);
  });
});
