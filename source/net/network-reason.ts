// Network failures carry their useful part in an error code, sometimes down a cause chain
// (undici's "fetch failed" wraps it). This turns it into the short reason a user sees next to the feed.

type ErrorWithCode = Error & {code?: string; hostname?: string};

/** A one-line reason for an error thrown by a request or while reading its body. */
export function networkReason(error: unknown, url: URL): string {
  const cause = innermost(error);
  const code = cause.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `DNS lookup failed for ${cause.hostname ?? url.hostname}`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (isConnectionReset(error)) return 'connection closed by the server';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'connection timed out';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'host unreachable';
  if (code.startsWith('Z_') || code === 'ERR_PADDING_1') return 'invalid compressed response';
  // Node's HTTP parser refusing what the server sent (a bad header, a broken chunk).
  if (code.startsWith('HPE_')) return `invalid HTTP response from the server (${code})`;
  if (code.includes('CERT') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL')) return `TLS problem (${code})`;
  return (cause.message || String(error)).split('\n')[0] ?? 'network error';
}

/** The server closed the connection (a reset, or a kept-alive socket closed under us). */
export function isConnectionReset(error: unknown): boolean {
  const code = innermost(error).code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
}

function innermost(error: unknown): ErrorWithCode {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? (current as ErrorWithCode) : new Error(String(error));
}
