// ropa as a newcomer gets it: a clone of the repository, a package made from it, a project that installs
// it. These helpers run npm and git as that newcomer would, in temporary folders.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO } from './cli.js';
import { brokenLinks, documents } from './links.js';

export interface Run {
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` in `cwd`; throws with its output when it fails. npm runs with the settings a user has
 * (its cache, its registry), not those of the `npm test` that started the tests (the project folder,
 * the lifecycle event), and uses what its cache holds before asking the registry.
 */
export function run(command: string, args: readonly string[], cwd: string): Run {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(npm_config_local_prefix|npm_package_.*|npm_lifecycle_.*|npm_command|INIT_CWD)$/i.test(key),
    ),
  );
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...env,
      NO_COLOR: '1',
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  return { stdout: result.stdout, stderr: result.stderr };
}

/** A new temporary folder. */
export function scratch(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `ropa-${name}-`));
}

/**
 * A git clone of this repository at `into` whose last commit holds the working tree as it is, edits not
 * yet committed included: what a fresh clone of the next commit would be (no node_modules, no dist).
 */
export function cloneWorkingTree(into: string): string {
  run('git', ['clone', '--quiet', '--no-hardlinks', REPO, into], REPO);
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO)
    .stdout.split('\0')
    .filter((file) => file !== '');
  run('git', ['rm', '-r', '--quiet', '--cached', '.'], into);
  for (const file of files) {
    if (!existsSync(path.join(REPO, file))) continue; // deleted, not yet committed
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    cpSync(path.join(REPO, file), path.join(into, file), { verbatimSymlinks: true });
  }
  run('git', ['add', '--all'], into);
  run(
    'git',
    [
      '-c',
      'user.name=ropa tests',
      '-c',
      'user.email=tests@ropa.invalid',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'working tree',
    ],
    into,
  );
  return into;
}

/** An empty npm project, as `npm init -y` makes it. */
export function emptyProject(): string {
  const project = scratch('project');
  run('npm', ['init', '-y'], project);
  return project;
}

/**
 * The round trip of the README's quick start in a project where ropa is installed: init, lint, an HTML
 * record; the files name the installed schema; ropa added no package besides itself; every relative link
 * of its README and docs works inside the installed package.
 */
export function expectWorkingInstall(project: string): void {
  const installed = path.join(project, 'node_modules', 'ropa');
  expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
    'ropa',
  ]);

  expect(run('npx', ['--no', 'ropa', 'init', 'inv'], project).stderr).toMatch(/^Wrote 5 files to inv:\n/);
  expect(readFileSync(path.join(project, 'inv', 'categories', 'contact.yaml'), 'utf8').split('\n')[0]).toBe(
    '# yaml-language-server: $schema=../../node_modules/ropa/schema/inventory.schema.json',
  );
  expect(run('npx', ['--no', 'ropa', 'lint', 'inv'], project)).toEqual({ stdout: '', stderr: '' });
  run('npx', ['--no', 'ropa', 'report', 'inv', '--format', 'html', '-o', 'r.html'], project);
  const html = readFileSync(path.join(project, 'r.html'), 'utf8');
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toContain('Example Company');

  // a finding in a flow mapping is placed by the yaml package, which the bundle must hold
  writeFileSync(
    path.join(project, 'inv', 'subjects.yaml'),
    'subjects: [{ id: customer, name: Customers, minors: 1 }]\n',
  );
  const lint = spawnSync('npx', ['--no', 'ropa', 'lint', 'inv', '--format', 'json'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(lint.status).toBe(1);
  expect(JSON.parse(lint.stdout).diagnostics[0]).toMatchObject({
    rule: 'schema',
    file: 'inv/subjects.yaml',
    line: 1,
    column: 53,
  });

  expect(brokenLinks(installed, documents(installed))).toEqual([]);
}
