// Tells an identical feed body: sha1 is fast, and a collision here costs only a skipped parse.
// Taken over the bytes as they came, so a body seen before is neither decoded nor parsed.
import {createHash} from 'node:crypto';

export function bodyHashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}
