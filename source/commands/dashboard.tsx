import type {CommandContext, ExitCode} from './context.js';

export async function openDashboard(ctx: CommandContext, _opts: {demo: boolean}): Promise<ExitCode> {
  ctx.stderr.write('talkwatch: the dashboard is not built yet\n');
  return 2;
}
