// The note a poll leaves on its feed ("recovered from malformed XML (line 7)", a charset that
// did not fit): kept through 304 answers, which say nothing about the document, and cleared by
// a clean poll.
import {join} from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {PollCache} from '../../source/store/poll-cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const open: PollCache[] = [];
afterEach(() => open.splice(0).forEach(cache => cache.close()));

it('keeps a feed note through an unchanged poll and clears it with a clean one', () => {
  const cache = PollCache.open(join(tempDir(), 'cache.db'));
  open.push(cache);
  const row = cache.ensureFeed({url: 'https://news.example/feed', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  const poll = (note?: string | null) => cache.recordPoll(row.id, {ok: true, at: '2025-12-20T10:00:00.000Z', nextPollAt: '2025-12-20T10:15:00.000Z', ...(note === undefined ? {} : {note})});
  const lastNote = () => cache.feeds()[0]?.lastNote;

  expect(lastNote()).toBeNull();
  poll('recovered from malformed XML (line 7)');
  expect(lastNote()).toBe('recovered from malformed XML (line 7)');
  poll(); // 304 Not Modified
  expect(lastNote()).toBe('recovered from malformed XML (line 7)');
  poll(null);
  expect(lastNote()).toBeNull();
});
