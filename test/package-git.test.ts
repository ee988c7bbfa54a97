// `npm install git+file://...` of a fresh clone: npm fetches the clone, installs its development
// dependencies (from npm's cache where it has them) and runs its prepare script, which builds ropa. Slow
// (a minute or two): a file of its own.
import path from 'node:path';
import { describe, it } from 'vitest';
import { cloneWorkingTree, emptyProject, expectWorkingInstall, run, scratch } from './helpers/package.js';

describe('an install from git', () => {
  it('builds ropa in a fresh clone, and the quick start runs', () => {
    const clone = cloneWorkingTree(path.join(scratch('git'), 'clone'));
    const project = emptyProject();
    run('npm', ['install', '--save-dev', `git+file://${clone}`], project);
    expectWorkingInstall(project);
  }, 1_200_000);
});
