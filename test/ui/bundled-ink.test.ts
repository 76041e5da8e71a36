// The bin bundles ink with small rewrites (scripts/bundle-plugins.mjs) that make the dashboard
// start faster. A rewrite must keep what ink does: here, which text counts as holding control
// characters, which ink then strips before it draws (a title with a stray C1 control would
// otherwise move the cursor or garble the pane).
import {createRequire} from 'node:module';
import {build, type Plugin} from 'esbuild';
import {describe, expect, it} from 'vitest';
import {inkControlCheck} from '../../scripts/bundle-plugins.mjs';

type Check = (text: string) => boolean;

const inkTokenizer = createRequire(import.meta.url).resolve('ink').replace(/index\.js$/, 'ansi-tokenizer.js');

async function hasAnsiControlCharacters(plugins: Plugin[]): Promise<Check> {
  const result = await build({entryPoints: [inkTokenizer], bundle: true, format: 'esm', write: false, plugins, logLevel: 'silent'});
  // The plugin warns when ink's code no longer reads as it expects (and then leaves it alone).
  expect(result.warnings.map(warning => warning.text)).toEqual([]);
  const code = result.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {hasAnsiControlCharacters: Check};
  return module.hasAnsiControlCharacters;
}

describe('ink as bundled', () => {
  it('finds the same control characters as ink itself', async () => {
    const original = await hasAnsiControlCharacters([]);
    const rewritten = await hasAnsiControlCharacters([inkControlCheck]);
    const texts = [
      'Selenskyj trifft Witkoff in Berlin',
      'Gespräche in Genf \u001B[31mrot',
      'Titel mit \u0085 Zeilenwechsel',
      'CSI \u009B2J am Ende',
      '\u009F',
      'knapp daneben: \u007F \u00A0 ÄÖÜß',
      'Emoji 🇺🇦 und 🇷🇺 nebeneinander',
      'einzelnes Surrogat \uD83C ohne Partner',
    ];
    // And text the tests did not think of: every code unit from 0 to 0x2FF once, in short runs.
    for (let unit = 0; unit < 0x300; unit += 7) texts.push(String.fromCharCode(...Array.from({length: 7}, (_, at) => unit + at)));
    const answers = texts.map(text => [original(text), rewritten(text)]);
    expect(answers.filter(([before, after]) => before !== after)).toEqual([]);
    expect(answers.filter(([before]) => before).length).toBeGreaterThan(5);
    expect(answers.filter(([before]) => !before).length).toBeGreaterThan(5);
  });
});
