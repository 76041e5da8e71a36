// The meeting view's chronology: what each report said, newest first, each opening its article.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {MeetingReport} from '../../source/store/types.js';
import {fakeServices} from './fake-services.js';
import {keys, renderDashboard} from './render-dashboard.js';
import {article, meeting} from './sample-data.js';

afterEach(cleanup);

const said = (articleId: number, outlet: string, published: string, fields: Partial<MeetingReport>): MeetingReport => ({
  articleId,
  url: `https://www.${outlet}/politik/${articleId}.html`,
  outlet,
  published,
  status: 'planned',
  role: 'report',
  place: 'Genf',
  country: 'Schweiz',
  start: null,
  end: null,
  precision: 'unknown',
  kind: 'talks',
  participants: [],
  evidence: 'Die Delegationen treffen sich in Genf.',
  ...fields,
});

/** The Genf talks: proposed, planned, moved, held; oldest first, as the cache gives them. */
const history: MeetingReport[] = [
  said(1, 'zeit.de', '2025-11-01T08:00:00.000Z', {status: 'proposed', place: 'Schweiz'}),
  said(2, 'tagesschau.de', '2025-11-05T08:00:00.000Z', {start: '2025-11-11', precision: 'day'}),
  said(3, 'n-tv.de', '2025-11-10T08:00:00.000Z', {role: 'moved', start: '2025-11-12', precision: 'day'}),
  said(4, 'deutschlandfunk.de', '2025-11-12T08:00:00.000Z', {status: 'held', start: '2025-11-12', precision: 'day'}),
];

function services() {
  return fakeServices({
    articles: [1, 2, 3, 4].map(id => article(id, {title: `Bericht ${id} über die Genfer Gespräche`})),
    meetings: [meeting(7, {status: 'held', start: '2025-11-12', sourceArticleIds: [1, 2, 3, 4]})],
    reports: {7: history},
  });
}

describe('the meeting view\'s history', () => {
  it('lists what each report said, newest first', async () => {
    const {frame, press} = await renderDashboard(services());
    await press('3', keys.enter);
    const lines = frame().split('\n');
    const at = (text: string) => lines.findIndex(line => line.includes(text));
    expect(frame()).toContain('History: 4 reports in 4 articles, newest first · Enter opens');
    expect(at('12.11. deutschlandfunk · held · Genf')).toBeGreaterThan(0);
    expect(at('10.11. n-tv · moved to 12.11.')).toBe(at('12.11. deutschlandfunk') + 1);
    expect(at('05.11. tagesschau · planned for 11.11. · Genf')).toBe(at('10.11. n-tv') + 1);
    expect(at('01.11. zeit · proposed · Schweiz')).toBe(at('05.11. tagesschau') + 1);
  });

  it('opens the article of the selected report with Enter, and n steps to the next report\'s article', async () => {
    const {frame, press} = await renderDashboard(services());
    await press('3', keys.enter, 'j', 'j', keys.enter);
    expect(frame()).toContain('Bericht 2 über die Genfer Gespräche');
    await press('n');
    expect(frame()).toContain('Bericht 1 über die Genfer Gespräche');
    await press(keys.escape);
    expect(frame()).toContain('History: 4 reports');
  });
});
