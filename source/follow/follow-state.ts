// What talkwatch remembers between runs about what the user has seen: when the dashboard was
// last closed, which meetings were opened since, when the last digest ran. Kept apart from the
// settings (config.json), which the user edits. Read here without conf; written by follow-file.ts.
import {join} from 'node:path';
import {readConfFile} from '../config/conf-guard.js';

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

/** follow.json without loading conf (see readConfFile): a missing file is an empty state. */
export function readFollowState(configDir: string): FollowState {
  return readConfFile<FollowState>(join(configDir, 'follow.json'), 'what you have seen');
}

/**
 * Changes to a meeting count from the latest of: the dashboard's last close, "mark all seen",
 * the meeting's own opening. Null on the first start: nothing was looked at before, nothing is marked.
 */
export function seenSince(state: FollowState, id: string | number): string | null {
  const times = [state.dashboardClosed, state.allSeen, state.seen?.[String(id)]].filter((time): time is string => Boolean(time));
  return times.length > 0 ? times.reduce((a, b) => (new Date(a) > new Date(b) ? a : b)) : null;
}
