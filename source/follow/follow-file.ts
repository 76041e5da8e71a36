// What talkwatch remembers between runs about what the user has seen: when the dashboard was
// last closed, which meetings were opened since, when the last digest ran. Kept apart from the
// settings (config.json), which the user edits; written atomically by conf, like them.
import Conf from 'conf';
import {join} from 'node:path';
import {guardConfFile} from '../config/conf-guard.js';

export type FollowState = {
  /** When the dashboard was last closed: its marks show what changed since then. */
  dashboardClosed?: string;
  /** When the user last marked every meeting seen. */
  allSeen?: string;
  /** When each meeting (by its stable id) was last opened. */
  seen?: Record<string, string>;
  /** When `talkwatch digest` last ran without --since. */
  lastDigest?: string;
};

/** Only this many opened meetings are remembered; older entries fall behind `allSeen` or the close time anyway. */
const MAX_SEEN = 500;

export class FollowFile {
  private constructor(
    private readonly conf: Conf<FollowState>,
    readonly path: string,
  ) {}

  static open(configDir: string): FollowFile {
    const path = join(configDir, 'follow.json');
    const conf = guardConfFile(path, 'what you have seen', () => new Conf<FollowState>({configName: 'follow', cwd: configDir, clearInvalidConfig: false}));
    return new FollowFile(conf, path);
  }

  read(): FollowState {
    return guardConfFile(this.path, 'what you have seen', () => ({...this.conf.store}));
  }

  update(change: (state: FollowState) => FollowState): void {
    guardConfFile(this.path, 'what you have seen', () => {
      const next = change(this.read());
      const seen = Object.entries(next.seen ?? {}).sort((a, b) => b[1].localeCompare(a[1])).slice(0, MAX_SEEN);
      this.conf.store = {...next, seen: Object.fromEntries(seen)};
    });
  }
}

/**
 * Changes to a meeting count from the latest of: the dashboard's last close, "mark all seen",
 * the meeting's own opening. Null on the first start: nothing was looked at before, nothing is marked.
 */
export function seenSince(state: FollowState, id: string | number): string | null {
  const times = [state.dashboardClosed, state.allSeen, state.seen?.[String(id)]].filter((time): time is string => Boolean(time));
  return times.length > 0 ? times.reduce((a, b) => (new Date(a) > new Date(b) ? a : b)) : null;
}
