// Telling the user about an alert: the terminal bell, an OSC 9 desktop notification where the
// terminal is known to show one (or the setting asks for it), and notify-send when installed.
// Never through a shell: notify-send gets its arguments as a list, after "--", so a title that
// begins with "-" is text, not an option. The text is an alertLine (no control characters).
import {execFile} from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import {alertLine} from './alerts.js';

/** Terminals that show OSC 9 as a desktop notification (others print it or ignore it). */
const OSC9_TERMINALS = new Set(['iTerm.app', 'WezTerm', 'kitty']);

export type NotifyDeps = {
  env: NodeJS.ProcessEnv;
  /** The terminal the user looks at, or null (a pipe, cron). */
  terminal: {write(text: string): unknown} | null;
  /** Runs a program with arguments, no shell. */
  run(command: string, args: string[]): void;
  /** Whether a program is on PATH. */
  installed(command: string): boolean;
};

export type Channel = 'bell' | 'osc9' | 'notify-send';

/** Found on PATH as an executable file, looked up without a shell. */
export function onPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env['PATH'] ?? '').split(delimiter).some(dir => {
    if (!dir) return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const liveNotifyDeps = (terminal: NotifyDeps['terminal']): NotifyDeps => ({
  env: process.env,
  terminal,
  // A notification that cannot be shown is not worth an error: the status line has the alert.
  run: (command, args) => void execFile(command, args, {timeout: 5000}, () => {}),
  installed: command => onPath(command),
});

/** Delivers one alert on every channel available; returns the channels used. */
export function notify(text: string, options: {osc9: boolean}, deps: NotifyDeps): Channel[] {
  const line = alertLine(text);
  const used: Channel[] = [];
  if (deps.terminal) {
    deps.terminal.write('\u0007');
    used.push('bell');
    if (options.osc9 || OSC9_TERMINALS.has(deps.env['TERM_PROGRAM'] ?? '')) {
      deps.terminal.write(`\u001B]9;${line}\u0007`);
      used.push('osc9');
    }
  }
  if (deps.installed('notify-send')) {
    deps.run('notify-send', ['--app-name=talkwatch', '--', 'talkwatch', line]);
    used.push('notify-send');
  }
  return used;
}
