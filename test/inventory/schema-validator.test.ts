import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

it('the committed standalone validator is compiled from the current schema', () => {
  const result = spawnSync(process.execPath, ['schema/compile.mjs', '--check'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
