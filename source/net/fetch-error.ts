/** A resource could not be fetched. `reason` is one line a user can read in a feed's status. */
export class FetchError extends Error {
  override name = 'FetchError';
  /** Seconds the server asked us to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | null;
  /** The HTTP status, when the server answered at all. */
  readonly status: number | null;

  constructor(
    readonly reason: string,
    readonly url: string,
    options: {cause?: unknown; retryAfterSeconds?: number | null; status?: number | null} = {},
  ) {
    super(`${url}: ${reason}`, {cause: options.cause});
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.status = options.status ?? null;
  }
}
