// Alerts after a poll: what counts, at most one per meeting and three a minute, and feed text
// that never reaches a notification as anything but plain text.
import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {type Alert, AlertLimiter, alertsFor} from '../../source/follow/alerts.js';
import {type NotifyDeps, liveNotifyDeps, notify} from '../../source/follow/notify.js';
import type {MeetingRow} from '../../source/store/types.js';

function meeting(id: number, overrides: Partial<MeetingRow> = {}): MeetingRow {
  return {
    id, place: 'Genf', country: 'Schweiz', start: '2026-03-12', end: null, precision: 'day', status: 'planned', kind: 'talks',
    participants: ['USA', 'Ukraine'], sourceArticleIds: [], firstSeen: '2026-03-01T08:00:00.000Z', lastReported: null, shown: 'upcoming', ...overrides,
  };
}

const tracked = new Set(['Wolodymyr Selenskyj', 'Donald Trump']);

describe('what a poll round changed', () => {
  it('tells of a meeting newly planned, moved, called off or held, and of a tracked person in a new meeting; nothing else', () => {
    const before = [
      meeting(1, {status: 'proposed', start: null, precision: 'unknown'}),
      meeting(2, {start: '2026-03-11'}),
      meeting(3, {place: 'Istanbul'}),
      meeting(4, {place: 'Riad'}),
      meeting(5, {place: 'Wien', start: '2026-03-01', precision: 'month'}),
      meeting(6, {place: 'Paris'}),
    ];
    const after = [
      meeting(1, {status: 'planned', start: '2026-03-20'}),
      meeting(2, {start: '2026-03-13'}),
      meeting(3, {place: 'Istanbul', status: 'cancelled'}),
      meeting(4, {place: 'Riad', status: 'held'}),
      // Only more precise, and unchanged: no alert.
      meeting(5, {place: 'Wien', start: '2026-03-12'}),
      meeting(6, {place: 'Paris'}),
      meeting(7, {place: null, country: null, kind: 'call', status: 'proposed', start: null, precision: 'unknown', participants: ['Donald Trump', 'Wladimir Putin']}),
      meeting(8, {place: 'Doha', status: 'proposed', start: null, precision: 'unknown', participants: ['Katar']}),
    ];
    expect(alertsFor(before, after, tracked).map(alert => [alert.meetingId, alert.text])).toEqual([
      [1, 'Planned: Talks in Genf: USA, Ukraine, 20.03.2026'],
      [2, 'Moved: Talks in Genf: USA, Ukraine, now 13.03.2026'],
      [3, 'Called off: Talks in Istanbul: USA, Ukraine (12.03.2026)'],
      [4, 'Held: Talks in Riad: USA, Ukraine (12.03.2026)'],
      [7, 'New meeting with Donald Trump: Call: Trump, Putin (date open)'],
    ]);
  });

  it('one alert per meeting: moved and called off in one round is "called off"', () => {
    const alerts = alertsFor([meeting(1)], [meeting(1, {start: '2026-03-20', status: 'cancelled'})], tracked);
    expect(alerts.map(alert => alert.kind)).toEqual(['called off']);
  });
});

describe('the rate limit', () => {
  const alerts: Alert[] = [1, 2, 3, 4, 5].map(id => ({meetingId: id, kind: 'held', text: `Held: ${id}`}));

  it('lets three through in any minute and drops the rest', () => {
    const limiter = new AlertLimiter();
    const start = new Date('2026-03-12T10:00:00Z');
    expect(limiter.take(alerts, start)).toHaveLength(3);
    expect(limiter.take(alerts, new Date(start.getTime() + 30_000))).toEqual([]);
    expect(limiter.take(alerts.slice(0, 1), new Date(start.getTime() + 59_999))).toEqual([]);
    expect(limiter.take(alerts, new Date(start.getTime() + 60_001)).map(alert => alert.meetingId)).toEqual([1, 2, 3]);
  });
});

// A feed that tries everything: an OSC sequence of its own, a line break, an option for
// notify-send and shell syntax.
const hostile = meeting(9, {place: 'Genf $(touch /tmp/owned); `reboot`\u001B]9;gefälscht\u0007\n--icon=/etc/passwd', participants: ['Ukraine'], status: 'held'});
const hostileAlert = () => alertsFor([], [hostile], tracked)[0]!;

function fakeDeps(env: NodeJS.ProcessEnv = {}, installed = true) {
  const written: string[] = [];
  const runs: Array<[string, string[]]> = [];
  const deps: NotifyDeps = {env, terminal: {write: text => written.push(text)}, run: (command, args) => runs.push([command, args]), installed: () => installed};
  return {deps, written, runs};
}

describe('notifications', () => {
  it('a hostile title reaches the bell, OSC 9 and notify-send only as one line of plain text, after "--"', () => {
    const {deps, written, runs} = fakeDeps({TERM_PROGRAM: 'WezTerm'});
    const alert = hostileAlert();
    expect(notify(alert.text, {osc9: false}, deps)).toEqual(['bell', 'osc9', 'notify-send']);
    expect(written[0]).toBe('\u0007');
    // The one OSC 9 sequence is ours: its text holds no ESC, BEL or line break of the feed's.
    expect(written[1]).toMatch(/^\u001B\]9;[^\u0000-\u001f]+\u0007$/);
    expect(written[1]).toContain('Held: Talks in Genf');
    const [command, args] = runs[0]!;
    expect(command).toBe('notify-send');
    expect(args.slice(0, 3)).toEqual(['--app-name=talkwatch', '--', 'talkwatch']);
    expect(args).toHaveLength(4);
    expect(args[3]).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('uses OSC 9 only where the terminal is known to show it, or when the setting asks', () => {
    expect(notify('Held: Talks in Genf', {osc9: false}, fakeDeps({TERM_PROGRAM: 'Apple_Terminal'}, false).deps)).toEqual(['bell']);
    expect(notify('Held: Talks in Genf', {osc9: false}, fakeDeps({TERM_PROGRAM: 'iTerm.app'}, false).deps)).toEqual(['bell', 'osc9']);
    expect(notify('Held: Talks in Genf', {osc9: true}, fakeDeps({}, false).deps)).toEqual(['bell', 'osc9']);
    expect(notify('Held: Talks in Genf', {osc9: true}, {...fakeDeps({}, false).deps, terminal: null})).toEqual([]);
  });

  describe('with a notify-send on PATH', () => {
    const savedPath = process.env['PATH'];
    let dir = '';
    afterEach(() => {
      process.env['PATH'] = savedPath;
      rmSync(dir, {recursive: true, force: true});
    });

    it('runs it without a shell: shell syntax in the feed arrives as text', async () => {
      dir = mkdtempSync(join(tmpdir(), 'talkwatch-notify-'));
      const record = join(dir, 'args.txt');
      const script = join(dir, 'notify-send');
      writeFileSync(script, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${record}'\n`);
      chmodSync(script, 0o755);
      process.env['PATH'] = `${dir}:${savedPath ?? ''}`;
      const deps = liveNotifyDeps(null);
      expect(notify(hostileAlert().text, {osc9: false}, deps)).toEqual(['notify-send']);
      const end = Date.now() + 5000;
      let got = '';
      while (Date.now() < end && !(got = safeRead(record))) await new Promise(resolve => setTimeout(resolve, 20));
      const lines = got.trimEnd().split('\n');
      expect(lines.slice(0, 3)).toEqual(['--app-name=talkwatch', '--', 'talkwatch']);
      expect(lines).toHaveLength(4);
      expect(lines[3]).toBe('Held: Talks in Genf $(touch /tmp/owned); `reboot` --icon=/etc/passwd: Ukraine (12.03.2026)');
    });
  });
});

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
