// newsboat is the reference every figure is compared with. CI and new machines start without
// it, so the bench installs it with apt-get when it is absent, and says so.
import {spawn} from 'node:child_process';

const run = (command: string, args: readonly string[], log: (line: string) => void): Promise<boolean> =>
  new Promise(resolve => {
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']});
    child.stdout.on('data', chunk => log(String(chunk).trimEnd()));
    child.stderr.on('data', chunk => log(String(chunk).trimEnd()));
    child.on('error', () => resolve(false));
    child.on('close', code => resolve(code === 0));
  });

/** The installed version line, or null when newsboat is missing and cannot be installed. */
export async function ensureNewsboat(log: (line: string) => void): Promise<string | null> {
  const version = async () => {
    let out = '';
    const ok = await new Promise<boolean>(resolve => {
      const child = spawn('newsboat', ['-v'], {stdio: ['ignore', 'pipe', 'ignore']});
      child.stdout.on('data', chunk => (out += chunk));
      child.on('error', () => resolve(false));
      child.on('close', code => resolve(code === 0));
    });
    return ok ? (out.split('\n')[0]?.split(' - ')[0] ?? 'newsboat') : null;
  };
  const found = await version();
  if (found) return found;
  log('newsboat is not installed: installing it with `apt-get install -y newsboat` (needs root or sudo)…');
  const asRoot = process.getuid?.() === 0;
  const apt = (args: string[]) => (asRoot ? run('apt-get', args, log) : run('sudo', ['-n', 'apt-get', ...args], log));
  if (!(await apt(['install', '-y', 'newsboat']))) {
    await apt(['update']);
    await apt(['install', '-y', 'newsboat']);
  }
  return version();
}
