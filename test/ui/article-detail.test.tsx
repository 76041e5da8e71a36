import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {actor, article, meeting} from './sample-data.js';

afterEach(cleanup);

function sample() {
  return fakeServices({
    articles: [
      article(1, {title: 'Erste Meldung', text: 'Nur ein Satz.'}),
      article(2, {
        kicker: 'Verhandlungen in Genf',
        title: 'Zweite Meldung',
        sourceLine: 'Quelle: ntv.de, rts/AFP',
        meetings: [{...meeting(1), evidence: 'Am Samstag treffen sich die Delegationen in Genf.'}],
      }),
      article(3, {title: 'Dritte Meldung', text: 'Auch nur ein Satz.'}),
    ],
    actors: [actor('selenskyj', 'Wolodymyr Selenskyj')],
  });
}

const firstLine = (frame: string) => frame.split('\n')[0];

describe('article detail', () => {
  it('shows kicker, title, outlet, time, source line, the body wrapped to the width, and its meetings', async () => {
    const {frame, press} = await renderDashboard(sample(), {columns: 80, rows: 60});
    await press('j', keys.enter);
    const lines = frame().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      expect.stringContaining('Verhandlungen in Genf'),
      expect.stringContaining('Zweite Meldung'),
      expect.stringMatching(/n-tv · \d\d\.11\.2025 \d\d:\d\d/),
      expect.stringContaining('Quelle: ntv.de, rts/AFP'),
    ]);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(frame()).toContain('ehrlichen');
    await press('G');
    expect(frame()).toContain('Meetings in this article (1):');
    expect(frame()).toContain('• Genf · 15.11.2025 · talks · planned · USA, Ukraine');
  });

  it('scrolls with j, Space and g', async () => {
    const {frame, press} = await renderDashboard(sample());
    await press('j', keys.enter);
    const first = firstLine(frame());
    expect(first).toContain('Verhandlungen in Genf');
    await press('j');
    expect(firstLine(frame())).toContain('Zweite Meldung');
    await press(' ');
    expect(frame()).not.toContain('Absatz 1:');
    expect(frame()).not.toContain('Zweite Meldung');
    await press('g');
    expect(frame()).toContain('Zweite Meldung');
    expect(firstLine(frame())).toBe(first);
  });

  it('n and p go to the next and previous article of the list it was opened from, marking them read', async () => {
    const services = sample();
    const {frame, press} = await renderDashboard(services);
    await press('j', keys.enter, 'n');
    expect(frame()).toContain('Erste Meldung');
    expect(services.article(1)?.unread).toBe(false);
    await press('n');
    expect(frame()).toContain('Last article in this list');
    await press('p', 'p');
    expect(frame()).toContain('Dritte Meldung');
    expect(services.article(3)?.unread).toBe(false);
    await press(keys.escape);
    expect(frame().split('\n').find(line => line.startsWith('›'))).toContain('Dritte Meldung');
  });
});
