// Nothing lost: `-o` writes atomically and only outside what the run reads; a failed run leaves the
// previous output; no command writes into the inventory (`init` only into an empty folder).
import { createHash } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE } from './base.js';

/** A workspace: the inventory in `inventory/`, output written beside it. */
function workspace(extra: Record<string, string> = {}): string {
  return tempInventory({
    ...Object.fromEntries(Object.entries(BASE).map(([name, text]) => [`inventory/${name}`, text])),
    ...extra,
  });
}

/** Every file below `dir` with a hash of its content, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const name = path.join(sub, entry.name);
      if (entry.isSymbolicLink()) out[name] = `-> ${readlinkSync(path.join(dir, name))}`;
      else if (entry.isDirectory()) visit(name);
      else
        out[name] = createHash('sha256')
          .update(readFileSync(path.join(dir, name)))
          .digest('hex');
    }
  };
  visit('');
  return out;
}

const BROKEN = { 'inventory/subjects.yaml': yaml('subjects:', '  - id: a', '   name: x') };

describe('-o writes atomically', () => {
  it('writes the same bytes as stdout, and leaves no temporary file', () => {
    const dir = workspace(BROKEN);
    const printed = ropa(['lint', 'inventory', '--format', 'json'], { cwd: dir });
    const written = ropa(['lint', 'inventory', '--format', 'json', '-o', 'lint.json'], { cwd: dir });
    expect(written).toMatchObject({ stdout: '', stderr: '', code: 1 });
    expect(readFileSync(path.join(dir, 'lint.json'), 'utf8')).toBe(printed.stdout);
    expect(readdirSync(dir).sort()).toEqual(['inventory', 'lint.json']);
  });

  it('replaces the previous output by rename: a reader holding the old file still sees it whole', () => {
    const dir = workspace(BROKEN);
    writeFileSync(path.join(dir, 'lint.json'), 'previous report\n');
    // a second name for the old file: writing in place would change it too, a rename does not
    linkSync(path.join(dir, 'lint.json'), path.join(dir, 'old.json'));
    const before = statSync(path.join(dir, 'lint.json')).ino;
    expect(ropa(['lint', 'inventory', '--format', 'json', '-o', 'lint.json'], { cwd: dir }).code).toBe(1);
    expect(readFileSync(path.join(dir, 'old.json'), 'utf8')).toBe('previous report\n');
    expect(statSync(path.join(dir, 'lint.json')).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(path.join(dir, 'lint.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('a failed run leaves the previous output in place', () => {
    const dir = workspace({ 'bad-config.yaml': yaml('rules:', '  no-such-rule: off') });
    writeFileSync(path.join(dir, 'lint.json'), 'previous report\n');
    const cases = [
      ['lint', 'missing', '-o', 'lint.json'],
      ['lint', 'inventory', '-c', 'bad-config.yaml', '-o', 'lint.json'],
      ['lint', 'inventory', '--rule', 'nope=off', '-o', 'lint.json'],
    ];
    for (const args of cases) {
      expect(ropa(args, { cwd: dir }).code).toBe(2);
      expect(readFileSync(path.join(dir, 'lint.json'), 'utf8')).toBe('previous report\n');
    }
    expect(readdirSync(dir).sort()).toEqual(['bad-config.yaml', 'inventory', 'lint.json']);
  });
});

describe('-o refuses to write over what the run reads', () => {
  it('inside the inventory folder, or onto the folder itself', () => {
    const dir = workspace();
    const before = snapshot(dir);
    for (const target of [
      'inventory/lint.json',
      'inventory/subjects.yaml',
      'inventory',
      'inventory/categories/x',
    ]) {
      const result = ropa(['lint', 'inventory', '-o', target], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `ropa: ${target}: refusing to write inside the inventory folder inventory\n`,
      );
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('through a link into the inventory, or a second name for its folder', () => {
    const dir = workspace();
    symlinkSync('inventory/subjects.yaml', path.join(dir, 'report.md'));
    symlinkSync('inventory', path.join(dir, 'alias'));
    const before = snapshot(dir);
    expect(ropa(['lint', 'inventory', '-o', 'report.md'], { cwd: dir }).code).toBe(2);
    expect(ropa(['lint', 'alias', '-o', 'inventory/out.txt'], { cwd: dir }).code).toBe(2);
    expect(ropa(['lint', 'inventory', '-o', 'alias/out.txt'], { cwd: dir }).code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('the configuration file given with --config', () => {
    const dir = workspace({ 'ropa.yaml': yaml('today: 2026-11-27') });
    const result = ropa(['lint', 'inventory', '-c', 'ropa.yaml', '-o', 'ropa.yaml'], { cwd: dir });
    expect(result).toMatchObject({
      stdout: '',
      stderr: 'ropa: ropa.yaml: refusing to overwrite a file this run reads\n',
      code: 2,
    });
    expect(readFileSync(path.join(dir, 'ropa.yaml'), 'utf8')).toBe('today: 2026-11-27\n');
  });

  it('a folder, or a folder that does not exist: a one-line error', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'out'));
    expect(ropa(['lint', 'inventory', '-o', 'out'], { cwd: dir })).toMatchObject({
      stderr: 'ropa: out: is a folder; give a file name to -o\n',
      code: 2,
    });
    expect(ropa(['lint', 'inventory', '-o', 'nowhere/lint.txt'], { cwd: dir })).toMatchObject({
      stderr: 'ropa: nowhere/lint.txt: cannot write: the folder does not exist\n',
      code: 2,
    });
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });
});

describe('no command writes into the inventory', () => {
  it('lint with every option leaves the inventory byte for byte as it was', () => {
    const dir = workspace(BROKEN);
    const before = snapshot(path.join(dir, 'inventory'));
    for (const args of [
      ['lint', 'inventory'],
      ['lint', 'inventory', '--format', 'json', '-o', 'out.json'],
      ['lint', 'inventory', '--rule', 'unused-definition=off'],
      ['schema'],
    ]) {
      ropa(args, { cwd: dir });
    }
    expect(snapshot(path.join(dir, 'inventory'))).toEqual(before);
  });

  it('init writes only into an empty or new folder', () => {
    const dir = workspace();
    const before = snapshot(dir);
    expect(ropa(['init', 'inventory'], { cwd: dir })).toMatchObject({
      stderr: 'ropa: inventory: not empty; ropa init only writes into an empty or new folder\n',
      code: 2,
    });
    expect(snapshot(dir)).toEqual(before);
    mkdirSync(path.join(dir, 'fresh'));
    expect(ropa(['init', 'fresh'], { cwd: dir }).code).toBe(0);
    expect(ropa(['lint', 'fresh'], { cwd: dir }).code).toBe(0);
  });
});
