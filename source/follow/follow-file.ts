// Writes what talkwatch remembers between runs about what the user has seen (follow-state.ts
// says what that is), atomically through conf, like the settings. Loading conf (with ajv) takes
// ~20 ms, so the dashboard reads the file without it (readFollowState) and loads this after its
// first frame.
import Conf from 'conf';
import {join} from 'node:path';
import {guardConfFile} from '../config/conf-guard.js';
import type {FollowState} from './follow-state.js';

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
