// A fingerprint of everything in a data folder, to prove a refused command changed nothing.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Path, kind and content hash of every entry below `dir`, sorted. */
export function dataDirChecksum(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .sort()
    .map(entry => {
      const path = join(dir, entry);
      const stat = statSync(path);
      if (stat.isDirectory()) return `${entry}/`;
      return `${entry} ${stat.mode.toString(8)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    });
}
