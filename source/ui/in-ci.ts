// What the dashboard's bundle gives ink in place of the `is-in-ci` package (scripts/build.mjs).
// ink treats a set CI variable as "nobody is watching" and then draws only the last frame, at
// exit: a dashboard opened in a terminal that inherited CI=true (a shell on a build machine, a
// terminal opened by CI tooling, our own tmux tests under CI) stayed blank. The dashboard only
// ever draws to a terminal, so a terminal on stdout wins over the variable.
import {env, stdout} from 'node:process';

const set = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';

const isInCi = !stdout.isTTY && (set('CI') || set('CONTINUOUS_INTEGRATION'));

export default isInCi;
