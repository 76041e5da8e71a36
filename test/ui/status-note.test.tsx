// A feed read despite a fault (damaged XML, a charset label that did not fit) is ok, and the
// status bar says what was worked around, so the user knows why a feed looks odd.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {fakeServices, feed} from './fake-services.js';
import {renderDashboard} from './render-dashboard.js';

afterEach(cleanup);

describe('status bar notes', () => {
  it('names a feed that was read despite damaged XML, without calling it failing', async () => {
    const services = fakeServices({feeds: [feed({id: 1, name: 'n-tv'}), feed({id: 2, name: 'Kaputt', lastNote: 'recovered from malformed XML (line 7)'})]});
    const {frame} = await renderDashboard(services, {columns: 160});
    expect(frame()).toContain('2 feeds ok (Kaputt: recovered from malformed XML (line 7))');
  });

  it('lets a failing feed take the place of a note', async () => {
    const services = fakeServices({
      feeds: [feed({id: 1, name: 'Kaputt', lastNote: 'recovered from malformed XML (line 7)'}), feed({id: 2, name: 'tagesschau', lastError: 'HTTP 503 Service Unavailable'})],
    });
    const {frame} = await renderDashboard(services, {columns: 160});
    expect(frame()).toContain('1 ok, 1 failing (tagesschau: HTTP 503 Service Unavailable)');
  });
});
