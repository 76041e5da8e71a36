#!/usr/bin/env node
// Scores the extractor on the held-out articles (test/fixtures/heldout) and lists every miss:
// missed and extra actors and meetings, wrong dates and statuses, each with its sentence.
// usage: node scripts/eval-heldout.mjs
import {spawnSync} from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'test/extract/heldout.test.ts'], {
  stdio: 'inherit',
  env: {...process.env, HELDOUT_REPORT: '1'},
});
process.exit(result.status ?? 1);
