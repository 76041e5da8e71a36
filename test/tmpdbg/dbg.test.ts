import {it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {readFileSync} from 'fs';
it('dbg', () => {
  const t = JSON.parse(readFileSync(process.env.F!, 'utf8'));
  (globalThis as any).DBG = true;
  const out = extract({title: t.title, text: t.text, published: t.published});
  console.log(JSON.stringify(out.meetings.map(m => [m.participants, m.evidence])));
});
