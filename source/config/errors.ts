// Errors a user can fix. The CLI prints their message on one line and exits with their code;
// anything else is a bug and gets a stack trace.

/** Bad local input: arguments, config files, feeds.json. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  override name = 'UsageError';
}

/** The cache file cannot be opened or is damaged. Exit code 2; the file is never touched. */
export class CacheError extends Error {
  readonly exitCode = 2;
  override name = 'CacheError';
  constructor(message: string, readonly path: string, options?: {cause?: unknown}) {
    super(message, options);
  }
}
