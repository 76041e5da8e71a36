// esbuild plugins for every bundle of talkwatch's sources (scripts/build.mjs, the bench): three make
// the dashboard start and draw faster, one keeps it drawing in a terminal that has CI set.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// ink's layout engine (yoga) carries its WebAssembly as base64 and, when `fetch` exists, loads it
// through fetch() of a data: URL. In Node that first loads the whole fetch implementation
// (undici): ~18 ms of the dashboard's start-up spent before the first frame. The same bytes are
// decoded directly when the check says there is no fetch.
export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, ({path}) => {
      const source = readFileSync(path, 'utf8');
      const check = '"function"!=typeof fetch';
      if (!source.includes(check)) {
        return {contents: source, warnings: [{text: 'yoga no longer checks for fetch this way: start-up may load undici again'}]};
      }
      return {contents: source.replace(check, 'true')};
    });
  },
};

// ink measures every line of every frame with string-width, which segments graphemes and tests
// emoji patterns even for plain German text. Every import of it (ink, cli-truncate, wrap-ansi)
// gets our shim, which counts one-cell text by its length and asks the package for the rest.
const shim = fileURLToPath(new URL('../source/ui/format/string-width-shim.ts', import.meta.url));
const textWidth = fileURLToPath(new URL('../source/ui/format/text-width.ts', import.meta.url));
export const fastStringWidth = {
  name: 'fast-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, ({importer}) => {
      // The shim and the module it uses reach the real package.
      if (importer === shim || importer === textWidth) return undefined;
      return {path: shim};
    });
  },
};

// ink checks every text of every frame for control characters (sanitize-ansi.js) by walking it
// character by character: ~16 ms of the dashboard's first frame, before that loop is compiled.
// One regular expression answers the same question (ESC, or a C1 control U+0080–U+009F; no
// UTF-16 unit in that range is part of a surrogate pair).
const controlCheck = `export const hasAnsiControlCharacters = (text) => {
    if (text.includes(escapeCharacter)) {
        return true;
    }
    for (const character of text) {
        if (isC1ControlCharacter(character)) {
            return true;
        }
    }
    return false;
};`;
export const inkControlCheck = {
  name: 'ink-control-check',
  setup(build) {
    build.onLoad({filter: /ink[\\/]build[\\/]ansi-tokenizer\.js$/}, ({path}) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes(controlCheck)) {
        return {contents: source, warnings: [{text: 'ink checks for control characters another way now: the first frame may be slower'}]};
      }
      return {contents: source.replace(controlCheck, 'export const hasAnsiControlCharacters = (text) => /[\\u001B\\u0080-\\u009F]/.test(text);')};
    });
  },
};

// ink reads the CI variable once, as it loads, through `is-in-ci`; see source/ui/in-ci.ts.
const inCi = fileURLToPath(new URL('../source/ui/in-ci.ts', import.meta.url));
export const terminalWinsOverCi = {
  name: 'terminal-wins-over-ci',
  setup(build) {
    build.onResolve({filter: /^is-in-ci$/}, () => ({path: inCi}));
  },
};

// commander requires child_process as it loads, for subcommands that are separate executables;
// talkwatch has none, yet every run paid for loading child_process (and dgram, which it pulls in):
// ~4–6 ms of a no-change poll. The module is now required the first time commander spawns.
const commanderSpawn = "const childProcess = require('node:child_process');";
export const commanderLazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(build) {
    build.onLoad({filter: /commander[\\/]lib[\\/]command\.js$/}, ({path}) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes(commanderSpawn)) {
        return {contents: source, loader: 'js', warnings: [{text: 'commander loads child_process another way now: every run may load it again'}]};
      }
      const lazy = "const childProcess = {spawn: (...args) => require('node:child_process').spawn(...args)};";
      return {contents: source.replace(commanderSpawn, lazy), loader: 'js'};
    });
  },
};

export const bundlePlugins = [yogaWithoutFetch, inkControlCheck, fastStringWidth, terminalWinsOverCi, commanderLazyChildProcess];
