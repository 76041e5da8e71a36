import type {DataPaths} from '../config/paths.js';

/** What every command gets: where the data lives and where to write. Tests pass their own. */
export type CommandContext = {
  paths: DataPaths;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Injected so tests and `--demo` can fix "now". */
  now: () => Date;
};

/** A command's result is its exit code: 0 ok, 1 some work failed (e.g. a feed), 2 bad input. */
export type ExitCode = 0 | 1 | 2;
