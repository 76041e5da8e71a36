// `talkwatch alerts on|off`: opt in to alerts after each poll (the dashboard's and `poll`'s):
// the terminal bell, an OSC 9 notification where the terminal shows it, notify-send when installed.
import {UsageError} from '../config/errors.js';
import {SettingsFile} from '../config/settings.js';
import {onPath} from '../follow/notify.js';
import type {CommandContext, ExitCode} from './context.js';

export async function alerts(ctx: CommandContext, state: string | undefined, options: {osc9?: boolean}): Promise<ExitCode> {
  const file = SettingsFile.open(ctx.paths.configDir);
  if (state !== undefined && state !== 'on' && state !== 'off') throw new UsageError(`alerts takes on or off, not "${state}"`);
  if (state !== undefined) file.writeAlerts(state === 'on', options.osc9);
  const settings = file.read();
  const channels = ['a line after each poll', 'the terminal bell', settings.alertOsc9 ? 'OSC 9 in any terminal' : 'OSC 9 in iTerm2, WezTerm and kitty'];
  if (onPath('notify-send')) channels.push('notify-send');
  ctx.stdout.write(settings.alerts ? `Alerts are on: ${channels.join(', ')}.\n` : 'Alerts are off. talkwatch alerts on turns them on.\n');
  return 0;
}
