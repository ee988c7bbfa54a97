// `npm pack` on a fresh clone, then the tarball installed in an empty project: what a user of a release
// gets. The clone borrows this checkout's node_modules (its development dependencies; npm ci would fetch
// the same again), so that npm pack runs the clone's own build. The install needs no registry.
import { readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';
import { cloneWorkingTree, emptyProject, expectWorkingInstall, run, scratch } from './helpers/package.js';

describe('the package npm pack makes from a fresh clone', () => {
  let tarball = '';
  let files: string[] = [];
  beforeAll(() => {
    const work = scratch('pack');
    const clone = cloneWorkingTree(path.join(work, 'clone'));
    symlinkSync(path.join(REPO, 'node_modules'), path.join(clone, 'node_modules'));
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], clone).stdout) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = path.join(work, packed!.filename);
    files = packed!.files.map((file) => file.path).sort();
  }, 300_000);

  it('holds what runs (the bundle, the bin, the schemas) and README, LICENSE and docs', () => {
    expect(files).toEqual(
      [
        'LICENSE',
        'README.md',
        'bin/load-cli.js',
        'bin/ropa.js',
        'dist/cli.cjs',
        'dist/cli.code-cache',
        ...readdirSync(path.join(REPO, 'docs')).map((name) => `docs/${name}`),
        'package.json',
        'schema/inventory.schema.json',
        'schema/notice.schema.json',
        'schema/report.schema.json',
        'schema/subprocessors.schema.json',
      ].sort(),
    );
  });

  it('installs into an empty project without the registry, and runs the quick start', () => {
    const project = emptyProject();
    const install = run('npm', ['install', '--offline', '--save-dev', tarball], project);
    // npm 11 lists ropa's prepare script (the build, which a tarball does not run) as not yet in the
    // project's allowScripts: docs/install.md says what it means
    expect(install.stderr.replace(/^npm warn install-scripts.*\n/gm, '')).toBe('');
    expectWorkingInstall(project);
  }, 300_000);
});
