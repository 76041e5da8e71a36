// The people a user added with `talkwatch actors add`, kept in actors.json beside config.json
// (conf). A broken file is reported with its path, never reset: it holds the user's own work.
import {join} from 'node:path';
import Conf from 'conf';
import type {UserActor} from '../extract/gazetteer.js';
import type {Side} from '../extract/types.js';
import {guardConfFile} from './conf-guard.js';
import {UsageError} from './errors.js';

type Stored = {actors?: unknown};

const SIDES: readonly Side[] = ['UA', 'RU', 'US', 'EU', 'DE', 'other'];

export class UserActorsFile {
  private constructor(
    private readonly conf: Conf<Stored>,
    readonly path: string,
  ) {}

  static open(configDir: string): UserActorsFile {
    const path = join(configDir, 'actors.json');
    return new UserActorsFile(guardConfFile(path, 'your people', () => new Conf<Stored>({configName: 'actors', cwd: configDir, clearInvalidConfig: false})), path);
  }

  read(): UserActor[] {
    const stored = guardConfFile(this.path, 'your people', () => this.conf.store).actors ?? [];
    if (!Array.isArray(stored)) throw new UsageError(`${this.path}: "actors" must be a list`);
    return stored.map((entry: unknown, index) => this.check(entry, index));
  }

  write(actors: UserActor[]): void {
    guardConfFile(this.path, 'your people', () => this.conf.set('actors', actors));
  }

  private check(entry: unknown, index: number): UserActor {
    const where = `${this.path}: actors[${index}]`;
    const value = (entry ?? {}) as Record<string, unknown>;
    if (typeof value['name'] !== 'string' || !value['name'].trim()) throw new UsageError(`${where}: "name" must be a non-empty string`);
    const aliases = value['aliases'] ?? [];
    if (!Array.isArray(aliases) || aliases.some(alias => typeof alias !== 'string')) throw new UsageError(`${where}: "aliases" must be a list of strings`);
    if (value['role'] !== undefined && typeof value['role'] !== 'string') throw new UsageError(`${where}: "role" must be a string`);
    if (value['side'] !== undefined && !SIDES.includes(value['side'] as Side)) throw new UsageError(`${where}: "side" must be one of ${SIDES.join(', ')}`);
    return {
      name: value['name'],
      aliases: aliases as string[],
      ...(value['role'] === undefined ? {} : {role: value['role'] as string}),
      ...(value['side'] === undefined ? {} : {side: value['side'] as Side}),
    };
  }
}

/** The user's people, or none when the file does not exist yet. */
export function readUserActors(configDir: string): UserActor[] {
  return UserActorsFile.open(configDir).read();
}
