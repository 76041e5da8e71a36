// The Actors pane when nobody was named lately, and "last seen" as the time of an article.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeServices} from './fake-services.js';
import {renderDashboard} from './render-dashboard.js';
import {NOW, actor} from './sample-data.js';

afterEach(cleanup);

describe('Actors pane', () => {
  it('says nobody was named in the last 14 days and still lists the people of the cache, with their last mention', async () => {
    const services = fakeServices({
      actors: [
        actor('merz', 'Friedrich Merz', {side: 'DE', lastSeen: '2025-10-20T07:00:00.000Z'}),
        actor('rubio', 'Marco Rubio', {side: 'US', lastSeen: '2025-09-03T07:00:00.000Z'}),
      ],
    });
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('2');
    expect(frame()).toContain('2 Actors · nobody named in the last 14 days; by last mention');
    expect(frame()).not.toContain('No actors yet');
    expect(frame()).toMatch(/Friedrich Merz.*20\.10\./);
    expect(frame()).toMatch(/Marco Rubio.*03\.09\./);
  });

  it('shows last seen as the time of the latest article naming the person, as Latest does', async () => {
    const lastHour = new Date(NOW.getTime() - 60 * 60_000).toISOString();
    const services = fakeServices({actors: [actor('selenskyj', 'Wolodymyr Selenskyj', {side: 'UA', today: 1, week: 1, daily: [...Array(13).fill(0), 1], lastSeen: lastHour})]});
    const {frame, press} = await renderDashboard(services, {columns: 100});
    await press('2');
    expect(frame()).toContain('(1 tracked) · today / 7 days / 14 days');
    expect(frame()).toMatch(/Wolodymyr Selenskyj.*1 h ago/);
  });
});
