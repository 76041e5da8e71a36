import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {fakeServices, feed} from './fake-services.js';
import {renderDashboard, tick} from './render-dashboard.js';
import {article, meeting} from './sample-data.js';

afterEach(cleanup);

const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

describe('live updates', () => {
  it('shows new articles, meetings and feed errors without a restart, keeping the selection on the same article', async () => {
    const services = fakeServices({articles: [article(1), article(2), article(3)], feeds: [feed({id: 1, name: 'n-tv'})]});
    const {frame, press} = await renderDashboard(services);
    await press('j');
    expect(selectedLine(frame())).toContain('Nummer 2 ');

    services.articles.push(article(4, {title: 'Eilmeldung: Neue Gespräche angekündigt'}), article(5));
    services.meetingList.push(meeting(1, {place: 'Riad'}));
    services.feedList[0] = {...services.feedList[0]!, lastError: 'timeout after 20 s'};
    services.emit();
    await tick();

    expect(frame()).toContain('Eilmeldung: Neue Gespräche');
    expect(selectedLine(frame())).toContain('Nummer 2 ');
    expect(frame()).toContain('0 ok, 1 failing (n-tv: timeout after 20 s)');
    await press('3');
    expect(frame()).toContain('Riad');
  });
});

describe('terminal size', () => {
  it('shows one pane at 80 columns and all three side by side once resized to 160', async () => {
    const services = fakeServices({articles: [article(1)], meetings: [meeting(1)]});
    const {frame, resize} = await renderDashboard(services);
    expect(frame()).toContain('1 Latest');
    expect(frame()).not.toContain('3 Meetings (');
    await resize(160, 40);
    const title = frame().split('\n')[0] ?? '';
    expect(title).toMatch(/1 Latest.* 2 Actors.* 3 Meetings \(1 upcoming/);
    expect(frame().split('\n')).toHaveLength(40);
    for (const line of frame().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(160);
  });

  it('lines up columns when titles hold umlauts, „quotes“, emoji and wide characters', async () => {
    const services = fakeServices({
      articles: [
        article(1, {title: 'Gespräche über „Frieden“ in Genf'}),
        article(2, {title: '🇺🇦🕊️ Waffenruhe 停火 angekündigt'}),
        article(3, {title: 'Ganz normale Überschrift', actorIds: []}),
      ].map(item => ({...item, newMeetings: 1})),
    });
    const {frame} = await renderDashboard(services, {columns: 100});
    const rows = frame().split('\n').filter(line => line.includes('◆1'));
    expect(rows).toHaveLength(3);
    const markColumns = rows.map(line => stringWidth(line.slice(0, line.indexOf('◆1'))));
    expect(new Set(markColumns).size).toBe(1);
    for (const line of rows) expect(stringWidth(line)).toBe(100);
  });

  it('never prints control characters from article text', async () => {
    const services = fakeServices({articles: [article(1, {title: 'Titel\u001b[2J mit Steuerzeichen\u0007', kicker: 'Dach\u001b]8;;http://x\u0007zeile'})]});
    const {frame} = await renderDashboard(services);
    expect(frame()).toContain('Titel mit Steuerzeichen');
    expect(frame()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
