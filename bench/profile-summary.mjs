// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions and the bundled source
// modules that take the most self time. Used to say where talkwatch spends a missed target.
// Usage: node bench/profile-summary.mjs FILE.cpuprofile [TOP]
import {readFileSync} from 'node:fs';

const [file, topText = '15'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile-summary.mjs FILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map(node => [node.id, node]));
const selfMs = new Map();
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index];
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
}
const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const [id, ms] of selfMs) {
  const {callFrame} = nodes.get(id);
  total += ms;
  const where = callFrame.url.replace(/^.*\/(node_modules\/[^/]+|dist\/[^/]+|node:[^/]+)/, '$1') || '(native)';
  const name = `${callFrame.functionName || '(anonymous)'}  ${where}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  byFile.set(where, (byFile.get(where) ?? 0) + ms);
}
const top = (map, count) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
process.stdout.write(`total ${total.toFixed(0)} ms sampled\n\nby function (self time):\n${top(byFunction, Number(topText))}\n\nby file:\n${top(byFile, 8)}\n`);
