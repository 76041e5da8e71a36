import {spawn} from 'node:child_process';
import {sanitizeUrl} from '../../text/sanitize.js';

/** The platform's "open this in the browser" program, called with the URL as one argument. */
function opener(platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', []];
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler']];
  return ['xdg-open', []];
}

/**
 * Opens an http(s) URL in the browser. No shell is involved, so a URL cannot smuggle in a
 * command, and anything but http(s) (javascript:, file:, data:) is refused.
 */
export function openUrl(url: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const safe = sanitizeUrl(url);
  if (!safe) return Promise.reject(new Error(`not an http(s) link: ${url}`));
  const [command, args] = opener(platform);
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, safe], {stdio: 'ignore', detached: true});
    child.once('error', error => reject(new Error(`cannot open the browser (${command}): ${error.message}`)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
