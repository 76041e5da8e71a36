// What talkwatch remembers between runs about what the user has seen: when the dashboard was
// last closed, which meetings were opened since, when the last digest ran. Kept apart from the
// settings (config.json), which the user edits. Read here without conf; written by follow-file.ts.
import {readFileSync} from 'node:fs';
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

/** The file as conf keeps it; an absent file is an empty state, a broken one a one-line error naming it. */
export function readFollowState(configDir: string): FollowState {
  const path = join(configDir, 'follow.json');
  return guardConfFile(path, 'what you have seen', () => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    return {...(JSON.parse(text) as FollowState)};
  });
}

/**
 * Changes to a meeting count from the latest of: the dashboard's last close, "mark all seen",
 * the meeting's own opening. Null on the first start: nothing was looked at before, nothing is marked.
 */
export function seenSince(state: FollowState, id: string | number): string | null {
  const times = [state.dashboardClosed, state.allSeen, state.seen?.[String(id)]].filter((time): time is string => Boolean(time));
  return times.length > 0 ? times.reduce((a, b) => (new Date(a) > new Date(b) ? a : b)) : null;
}
