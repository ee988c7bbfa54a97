// Writing output with -o (issue 13, cases 1-6): a device or a named pipe is written through and never
// replaced, a replaced file keeps its mode and owner, long names get a one-line answer, a signal leaves
// no temporary file, a closed pipe does not change the exit code, diff never writes into --dir.
import { spawnSync } from 'node:child_process';
import { chownSync, chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, ropa } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE } from './base.js';

/** A workspace: the inventory in `inventory/`, output written beside it. */
function workspace(extra: Record<string, string> = {}): string {
  return tempInventory({
    ...Object.fromEntries(Object.entries(BASE).map(([name, text]) => [`inventory/${name}`, text])),
    ...extra,
  });
}

/** Three purposes without a lawful basis, so that lint has errors (exit 1) and output to write. */
const FINDINGS = {
  'inventory/more.yaml': yaml(
    'purposes:',
    ...['a', 'b', 'c'].flatMap((id) => [`  - id: ${id}`, `    name: ${id}`]),
  ),
};

/** Runs a bash script with the CLI as the function `ropa`, in `cwd`. */
function sh(script: string, cwd: string) {
  return spawnSync('bash', ['-c', `ropa() { "$NODE" "$BIN" "$@"; }; ${script}`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE: process.execPath, BIN },
    timeout: 30_000,
  });
}

describe('-o onto something that is not a regular file', () => {
  it('a character device is written through and stays a device', () => {
    const dir = workspace(FINDINGS);
    // a device node of our own, as /dev/null is (1, 3): writing to it discards the bytes
    expect(spawnSync('mknod', [path.join(dir, 'null'), 'c', '1', '3']).status).toBe(0);
    expect(ropa(['lint', 'inventory', '-o', 'null'], { cwd: dir })).toEqual({
      stdout: '',
      stderr: '',
      code: 1,
    });
    expect(statSync(path.join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(statSync(path.join(dir, 'null')).rdev).toBe(statSync('/dev/null').rdev);
    expect(readdirSync(dir).sort()).toEqual(['inventory', 'null']);
  });

  it('a named pipe is written through to its reader and stays a pipe', () => {
    const dir = workspace(FINDINGS);
    const printed = ropa(['lint', 'inventory'], { cwd: dir }).stdout;
    expect(spawnSync('mkfifo', ['pipe'], { cwd: dir }).status).toBe(0);
    const result = sh('cat pipe > got & ropa lint inventory -o pipe; code=$?; wait; exit $code', dir);
    expect(result).toMatchObject({ stdout: '', stderr: '', status: 1 });
    expect(readFileSync(path.join(dir, 'got'), 'utf8')).toBe(printed);
    expect(statSync(path.join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('-o /dev/stdout and -o /dev/null keep working', () => {
    const dir = workspace(FINDINGS);
    const printed = ropa(['lint', 'inventory'], { cwd: dir });
    expect(ropa(['lint', 'inventory', '-o', '/dev/stdout'], { cwd: dir })).toEqual(printed);
    expect(ropa(['lint', 'inventory', '-o', '/dev/null'], { cwd: dir })).toEqual({
      stdout: '',
      stderr: '',
      code: 1,
    });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a block device or a socket is refused', () => {
    const dir = workspace(FINDINGS);
    // a loop-device number: nothing is opened, the node is only looked at
    expect(spawnSync('mknod', [path.join(dir, 'disk'), 'b', '7', '200']).status).toBe(0);
    expect(ropa(['lint', 'inventory', '-o', 'disk'], { cwd: dir })).toEqual({
      stdout: '',
      stderr: 'ropa: disk: is a block device; -o writes to a file, a character device or a named pipe\n',
      code: 2,
    });
    expect(statSync(path.join(dir, 'disk')).isBlockDevice()).toBe(true);
  });
});

describe('-o over an existing file', () => {
  it('keeps its mode and its owner', () => {
    const dir = workspace(FINDINGS);
    const out = path.join(dir, 'lint.txt');
    writeFileSync(out, 'previous\n');
    chmodSync(out, 0o600);
    chownSync(out, 1234, 5678);
    expect(ropa(['lint', 'inventory', '-o', 'lint.txt'], { cwd: dir }).code).toBe(1);
    const after = statSync(out);
    expect({ mode: after.mode & 0o7777, uid: after.uid, gid: after.gid }).toEqual({
      mode: 0o600,
      uid: 1234,
      gid: 5678,
    });
    expect(readFileSync(out, 'utf8')).toContain('more.yaml');
  });
});

describe('long names', () => {
  it('a 240-byte file name is written, its temporary name kept within 255 bytes', () => {
    const dir = workspace(FINDINGS);
    const name = `${'x'.repeat(235)}.json`;
    expect(ropa(['lint', 'inventory', '-f', 'json', '-o', name], { cwd: dir })).toEqual({
      stdout: '',
      stderr: '',
      code: 1,
    });
    expect(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).toMatchObject({ version: 1 });
    expect(readdirSync(dir).sort()).toEqual(['inventory', name]);
  });

  it('a name or a path too long for the system: one line, the name cut', () => {
    const dir = workspace(FINDINGS);
    const long = 'y'.repeat(300);
    expect(ropa(['lint', 'inventory', '-o', long], { cwd: dir })).toEqual({
      stdout: '',
      stderr: `ropa: ${'y'.repeat(80)}…: cannot write: the file name is longer than 255 bytes\n`,
      code: 2,
    });
    const deep = Array.from({ length: 30 }, () => 'z'.repeat(200)).join('/');
    expect(ropa(['lint', 'inventory', '-o', `${deep}/x`], { cwd: dir })).toEqual({
      stdout: '',
      stderr: `ropa: ${'z'.repeat(80)}…: cannot write: the path is too long\n`,
      code: 2,
    });
  });
});

describe('signals during a write', () => {
  it.each(['SIGINT', 'SIGTERM'])(
    '%s removes the temporary file and ends the run by that signal',
    (signal) => {
      const dir = workspace(FINDINGS);
      const preload = path.join(REPO, 'test/fixtures/preload/signal-before-rename.mjs');
      const result = spawnSync(process.execPath, [BIN, 'lint', 'inventory', '-o', 'lint.txt'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `--import ${preload}`, ROPA_TEST_SIGNAL: signal },
        timeout: 30_000,
      });
      expect(result.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual(['inventory']);
    },
  );
});

describe('a reader that closes the pipe early', () => {
  it('does not change the exit code, however large the output', () => {
    const dir = workspace({
      ...FINDINGS,
      // some 2,000 findings: far more than a pipe holds, so the write meets the closed pipe
      'inventory/many.yaml': yaml(
        'purposes:',
        ...Array.from({ length: 2000 }, (_, i) => [`  - id: p${i}`, `    name: P ${i}`]).flat(),
      ),
    });
    const result = sh('ropa lint inventory | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}', dir);
    expect(result).toMatchObject({ stderr: '', status: 1 });
    const clean = sh(
      'ropa lint inventory --rule lawful-basis-missing=off --rule unused-definition=off | head -c 1; exit ${PIPESTATUS[0]}',
      dir,
    );
    expect(clean).toMatchObject({ stdout: '', stderr: '', status: 0 });
  });
});

describe('diff -o', () => {
  it('never writes inside --dir, whichever sides are compared', () => {
    const dir = workspace();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'v1');
    git(dir, 'tag', 'v1');
    git(dir, 'tag', 'v2');
    mkdirSync(path.join(dir, 'old'));
    for (const args of [
      ['diff', 'v1', 'v2', '-o', 'inventory/x.md'],
      ['diff', 'v1', '-o', 'inventory/x.md'],
      ['diff', 'v1', 'v2', '--dir', 'inventory', '-o', 'inventory/sub/x.md'],
    ]) {
      expect(ropa(args, { cwd: dir })).toEqual({
        stdout: '',
        stderr: `ropa: ${args.at(-1)}: refusing to write inside the inventory folder inventory\n`,
        code: 2,
      });
    }
    expect(readdirSync(path.join(dir, 'inventory')).sort()).toEqual(
      Object.keys(BASE)
        .map((n) => n.split('/')[0])
        .sort(),
    );
  });
});

describe('drift -o', () => {
  it('never replaces an evidence file it reads', () => {
    const dir = workspace();
    const evidence = path.join(dir, 'privado.json');
    const text = readFileSync(path.join(REPO, 'test/fixtures/drift/privado.json'), 'utf8');
    writeFileSync(evidence, text);
    expect(
      ropa(['drift', 'inventory', '--privado', 'privado.json', '-o', 'privado.json'], { cwd: dir }),
    ).toEqual({
      stdout: '',
      stderr: 'ropa: privado.json: refusing to overwrite a file this run reads\n',
      code: 2,
    });
    expect(readFileSync(evidence, 'utf8')).toBe(text);
  });
});
