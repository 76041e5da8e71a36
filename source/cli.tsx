// Entry point: the whole command-line surface in one table. Each action imports its module
// lazily, so `talkwatch extract` never loads the UI and the dashboard never loads the extractor's
// CLI glue: start-up time is what people notice first.
import {Command, CommanderError, Option} from 'commander';
import {UsageError} from './config/errors.js';
import {checkDataFolders, resolveDataPaths} from './config/paths.js';
import type {CommandContext, ExitCode} from './commands/context.js';
import packageJson from '../package.json' with {type: 'json'};

const {version} = packageJson;

// `talkwatch actors list | head`: the reader has what it wanted and closed the pipe. Stop quietly,
// as other command-line tools do, instead of a stack trace; what is stored is committed per batch.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const program = new Command('talkwatch')
  .description('Follow diplomatic negotiations through German news feeds.\nWith no command, opens the dashboard.')
  .version(version, '-v, --version')
  .option('--data-dir <dir>', 'keep config and cache in this folder (env: TALKWATCH_HOME)')
  .option('--demo', 'open the dashboard on bundled sample data, offline')
  .exitOverride()
  // Commander's errors become one line with a pointer to --help; exit code 2 (see below).
  .configureOutput({outputError: (text, write) => write(`talkwatch: ${text.split('\n')[0]!.replace(/^error: /, '')} (see talkwatch --help)\n`)});

function context(): CommandContext {
  const {dataDir} = program.opts<{dataDir?: string}>();
  const paths = resolveDataPaths(dataDir);
  checkDataFolders(paths);
  return {paths, stdout: process.stdout, stderr: process.stderr, now: () => new Date()};
}

let exitCode: ExitCode = 0;
const run = (task: () => Promise<ExitCode>) => async () => {
  exitCode = await task();
};

program.action(
  run(async () => {
    // A mistyped command ("talkwatch pol") reaches the root as an extra argument; name it.
    const [unknown] = program.args;
    if (unknown !== undefined) throw new UsageError(`unknown command '${unknown}' (see talkwatch --help)`);
    const {openDashboard} = await import('./commands/dashboard.js');
    return openDashboard(context(), {demo: Boolean(program.opts()['demo'])});
  }),
);

const feeds = program.command('feeds').description('manage the feeds you follow');
feeds
  .command('add <url>')
  .description('check a feed (URL, file:// URL or local path) and follow it')
  .option('--name <name>', 'display name (default: the feed title)')
  .option('--interval <minutes>', 'minutes between polls', '15')
  .addOption(new Option('--fulltext <mode>', 'fetch article pages').choices(['auto', 'always', 'never']).default('auto'))
  .option('--no-check', 'add without fetching it first')
  .action((url, opts) => run(async () => (await import('./commands/feeds.js')).addFeed(context(), url, opts))());
feeds
  .command('list')
  .description('list followed feeds with their state')
  .option('--json', 'print JSON')
  .action(opts => run(async () => (await import('./commands/feeds.js')).listFeeds(context(), opts))());
feeds
  .command('remove <urlOrName>')
  .description('stop following a feed (its articles stay in the cache)')
  .action(target => run(async () => (await import('./commands/feeds.js')).removeFeed(context(), target))());
feeds
  .command('import <file>')
  .description('follow every feed in an OPML file')
  .action(file => run(async () => (await import('./commands/feeds.js')).importOpml(context(), file))());
feeds
  .command('export')
  .description('print the followed feeds as OPML 2.0')
  .action(() => run(async () => (await import('./commands/feeds.js')).exportOpml(context()))());

program
  .command('poll')
  .description('fetch new articles: keeps polling until Ctrl-C, or one round with --once')
  .option('--once', 'one round over all feeds, then exit (1 when any feed failed)')
  .option('--feed <url>', 'poll this URL without adding it (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--no-fulltext', 'do not fetch article pages this run')
  .option('--ics-out <file>', 'rewrite this iCalendar file of the meetings after every round')
  .action(opts => run(async () => (await import('./commands/poll.js')).poll(context(), opts))());

program
  .command('extract <file>')
  .description('print the actors and meetings in one article (.json as in the corpus, .html, or text)')
  .option('--json', 'print the JSON shape of corpus/FORMAT.md')
  .option('--published <date>', 'publication date for a plain-text file (ISO 8601)')
  .action((file, opts) => run(async () => (await import('./commands/extract.js')).extract(context(), file, opts))());

program
  .command('reindex')
  .description('re-extract actors and meetings for the whole cache (after the gazetteer changed)')
  .action(() => run(async () => (await import('./commands/reindex.js')).reindex(context()))());

const actors = program.command('actors').description('the people talkwatch tracks');
actors
  .command('list', {isDefault: true})
  .description('list tracked people with mentions, and suggested ones')
  .option('--json', 'print JSON')
  .action(opts => run(async () => (await import('./commands/actors.js')).listActors(context(), opts))());
actors
  .command('add <fullName>')
  .description('track a person (or promote a suggested one)')
  .option('--alias <alias>', 'another spelling (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--role <role>', 'role, e.g. "Außenminister der Ukraine"')
  .addOption(new Option('--side <side>', 'side').choices(['UA', 'RU', 'US', 'EU', 'DE', 'other']))
  .action((name, opts) => run(async () => (await import('./commands/actors.js')).addActor(context(), name, opts))());
actors
  .command('remove <nameOrId>')
  .description('stop tracking a person you added')
  .action(target => run(async () => (await import('./commands/actors.js')).removeActor(context(), target))());

program
  .command('meetings')
  .description('list meetings found in the cache')
  .option('--upcoming', 'only proposed, planned or ongoing ones dated today or later, or not yet dated')
  .option('--json', 'print JSON')
  .option('--ics', 'print an iCalendar file of the meetings dated to the day (talkwatch meetings --ics > talks.ics)')
  .action(opts => run(async () => (await import('./commands/meetings.js')).listMeetings(context(), opts))());

program
  .command('digest')
  .description('what changed in the talks: new and changed meetings, the next 14 days, who is named, which articles said it')
  .option('--since <when>', 'a span (24h, 7d) or a date (2025-11-12); default: since the last digest, at most 7 days')
  .option('--markdown', 'print Markdown, for mail or a chat')
  .option('--json', 'print JSON')
  .action(opts => run(async () => (await import('./commands/digest.js')).digest(context(), opts))());

program
  .command('alerts [state]')
  .description('alerts after each poll when a meeting is planned, moved, called off or held (state: on or off; none shows it)')
  .option('--osc9', 'also send OSC 9 notifications where the terminal is not known to show them')
  .option('--no-osc9', 'OSC 9 only in iTerm2, WezTerm and kitty')
  .action((state, opts) => run(async () => (await import('./commands/alerts.js')).alerts(context(), state, opts))());

// Only for the root: its own check above names the mistyped command instead of "too many arguments".
program.allowExcessArguments();

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
    process.stderr.write(`talkwatch: ${error.message.split('\n')[0]}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
