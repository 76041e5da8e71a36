// Colour only shows when the terminal supports it; force it on so the difference is visible.
process.env['FORCE_COLOR'] = '1';
import {afterEach, describe, expect, it} from 'vitest';

const {cleanup} = await import('ink-testing-library');
const {fakeServices, feed} = await import('./fake-services.js');
const {renderDashboard} = await import('./render-dashboard.js');
const {actor, article} = await import('./sample-data.js');
const {keys} = await import('./render-dashboard.js');

afterEach(cleanup);

// SGR colour codes: 30–37, 90–97 (foreground) and 40–47 (background); bold, dim and inverse are not colour.
const COLOUR = /\u001b\[(3[0-7]|9[0-7]|4[0-7]|38;)/;

function sample() {
  return fakeServices({articles: [article(1), article(2)], feeds: [feed({id: 1, name: 'n-tv', lastError: 'HTTP 500'})]});
}

describe('NO_COLOR', () => {
  it('uses colour by default', async () => {
    const {frame} = await renderDashboard(sample(), {noColor: false});
    expect(frame()).toMatch(COLOUR);
  });

  it('prints no colour with NO_COLOR, and the selection and unread state stay visible as markers', async () => {
    const {frame} = await renderDashboard(sample(), {noColor: true});
    expect(frame()).not.toMatch(COLOUR);
    const plain = frame().replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/^›● .*Nummer 2 /m);
    expect(plain).toMatch(/^ ● .*Nummer 1 /m);
  });
});

describe('article detail in colour', () => {
  it('highlights the names of tracked people in the text', async () => {
    const services = fakeServices({articles: [article(1)], actors: [{...actor('selenskyj', 'Wolodymyr Selenskyj')}]});
    const {frame, press} = await renderDashboard(services, {noColor: false});
    await press(keys.enter);
    const line = frame().split('\n').find(text => text.includes('Selenskyj')) ?? '';
    // Bold (1) and a colour start right before the name; the words before it are plain.
    expect(line).toMatch(/Frontlinie\. (\u001b\[[0-9;]*m)*\u001b\[1m(\u001b\[[0-9;]*m)*Wolodymyr Selenskyj/);
    expect(line).toMatch(/\u001b\[3[0-9]m(\u001b\[[0-9;]*m)*Wolodymyr|Wolodymyr.*\u001b\[3[0-9]m/);
    expect(line.slice(0, line.indexOf('Frontlinie'))).not.toMatch(/\u001b/);
  });
});
