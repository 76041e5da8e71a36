// Tells an identical feed body: sha1 is fast, and a collision here costs only a skipped parse.
// Taken over the bytes as they came, so a body seen before is neither decoded nor parsed.
import {createHash} from 'node:crypto';
import {decodeBody, type DecodedBody} from './decode-body.js';

export function bodyHashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/**
 * A fetched body (from the network or a file) hashed first, then decoded, unless it hashes as
 * the body stored last time (`lastBodyHash`): then it is 'same-body' and never decoded.
 */
export async function hashThenDecode(bytes: Uint8Array, contentType: string | null, lastBodyHash: string | null | undefined): Promise<'same-body' | (DecodedBody & {bodyHash: string})> {
  const bodyHash = bodyHashOf(bytes);
  if (bodyHash === lastBodyHash) return 'same-body';
  return {...(await decodeBody(bytes, contentType)), bodyHash};
}
