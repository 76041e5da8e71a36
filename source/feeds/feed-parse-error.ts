/** The document is not a feed we can read. `reason` is one line for the feed's status. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
  constructor(
    readonly reason: string,
    options: {cause?: unknown} = {},
  ) {
    super(reason, options);
  }
}
