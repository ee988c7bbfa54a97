// Reading input (issue 13, cases 7-10 and 13): the configuration follows the rules of inventory files
// (no link outside, regular files only, 4 MiB checked before reading, strict UTF-8); a file swapped for a
// link after it was listed is not followed; git blobs over the limit are never read; file names that are
// not UTF-8 are read and shown escaped.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInventory, readSource } from '../../src/inventory/read.js';
import { ropa } from '../helpers/cli.js';
import { git, tempRepository } from '../helpers/git.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE } from './base.js';

/** A secret outside every inventory, in the shape of a configuration's first key. */
function outsideSecret(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-secret-')), 'shadow');
  writeFileSync(file, 'root:$6$secret-hash:19000:0:99999:7:::\n');
  return file;
}

function lint(dir: string, ...args: string[]) {
  return ropa(['lint', '.', ...args], { cwd: dir });
}

describe('the configuration is read as inventory files are', () => {
  it('a ropa.config.yaml linked to a file outside the inventory is not read, and nothing of it shown', () => {
    const dir = tempInventory(BASE);
    rmSync(path.join(dir, 'ropa.config.yaml'));
    symlinkSync(outsideSecret(), path.join(dir, 'ropa.config.yaml'));
    expect(lint(dir)).toEqual({
      stdout: '',
      stderr:
        'ropa: ropa.config.yaml: configuration file: symbolic link to a place outside the inventory folder: not followed, nothing read\n',
      code: 2,
    });
  });

  it('--config linked outside the working and inventory folders is not read either', () => {
    const dir = tempInventory(BASE);
    symlinkSync(outsideSecret(), path.join(dir, 'ci.yaml'));
    expect(lint(dir, '--config', 'ci.yaml')).toEqual({
      stdout: '',
      stderr:
        'ropa: ci.yaml: configuration file: symbolic link to a place outside the inventory and working folders: not followed, nothing read\n',
      code: 2,
    });
  });

  it('a link that stays inside the inventory is followed, as for inventory files', () => {
    const dir = tempInventory({ ...BASE, 'settings/ropa.conf': yaml('today: 2026-11-27') });
    rmSync(path.join(dir, 'ropa.config.yaml'));
    symlinkSync('settings/ropa.conf', path.join(dir, 'ropa.config.yaml'));
    expect(lint(dir)).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('devices and named pipes are refused without reading a byte: nothing hangs or grows', () => {
    const dir = tempInventory(BASE);
    expect(spawnSync('mknod', [path.join(dir, 'zero'), 'c', '1', '5']).status).toBe(0); // as /dev/zero
    expect(spawnSync('mknod', [path.join(dir, 'urandom'), 'c', '1', '9']).status).toBe(0); // as /dev/urandom
    expect(spawnSync('mkfifo', [path.join(dir, 'fifo')]).status).toBe(0);
    for (const [name, kind] of [
      ['zero', 'a device'],
      ['urandom', 'a device'],
      ['fifo', 'a named pipe'],
    ]) {
      expect(lint(dir, '--config', name!)).toEqual({
        stdout: '',
        stderr: `ropa: ${name}: configuration file: ${kind}, not a regular file: nothing read\n`,
        code: 2,
      });
    }
    rmSync(path.join(dir, 'ropa.config.yaml'));
    symlinkSync('zero', path.join(dir, 'ropa.config.yaml'));
    expect(lint(dir)).toEqual({
      stdout: '',
      stderr: 'ropa: ropa.config.yaml: configuration file: a device, not a regular file: nothing read\n',
      code: 2,
    });
  });

  it('a configuration over 4 MiB is refused by its size; one that is not UTF-8 at its first bad byte', () => {
    const dir = tempInventory({ ...BASE, 'big.yaml': `# ${'x'.repeat(5 * 1024 * 1024)}\n` });
    writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from('country: FR\n# caf\xe9\n', 'latin1'));
    expect(lint(dir, '--config', 'big.yaml')).toEqual({
      stdout: '',
      stderr: 'ropa: big.yaml: configuration file: the file is 5.0 MiB; ropa reads files up to 4 MiB\n',
      code: 2,
    });
    expect(lint(dir, '--config', 'latin1.yaml')).toEqual({
      stdout: '',
      stderr: 'ropa: latin1.yaml:2:6: not UTF-8 text (byte 0xE9): save the file as UTF-8\n',
      code: 2,
    });
  });
});

describe('a file swapped for a link after it was listed', () => {
  it('is not followed: the link is reported, the outside file is not read', async () => {
    const dir = tempInventory(BASE);
    const { candidates } = await listInventory(dir);
    const subjects = candidates.find((c) => c.name === 'subjects.yaml')!;
    // what a concurrent process could do between the listing and the read
    rmSync(path.join(dir, 'subjects.yaml'));
    symlinkSync(outsideSecret(), path.join(dir, 'subjects.yaml'));
    expect(readSource(dir, subjects)).toEqual({
      finding: {
        rule: 'yaml-syntax',
        file: 'subjects.yaml',
        path: [],
        message: 'a symbolic link where a file was listed: not followed, nothing read',
        position: { line: 1, column: 1 },
      },
    });
  });

  it('nor is a file swapped for a named pipe: it is refused, not waited for', async () => {
    const dir = tempInventory(BASE);
    const { candidates } = await listInventory(dir);
    rmSync(path.join(dir, 'subjects.yaml'));
    expect(spawnSync('mkfifo', [path.join(dir, 'subjects.yaml')]).status).toBe(0);
    expect(
      readSource(
        dir,
        candidates.find((c) => c.name === 'subjects.yaml')!,
      ),
    ).toMatchObject({
      finding: { message: 'a named pipe, not a regular file: nothing read' },
    });
  });
});

describe('git revisions', () => {
  /** A `git` on PATH that logs the objects asked of `cat-file --batch`, then runs the real git. */
  function loggingGit(): { env: Record<string, string>; asked: () => string } {
    const bin = mkdtempSync(path.join(tmpdir(), 'ropa-git-bin-'));
    const log = path.join(bin, 'asked.log');
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      path.join(bin, 'git'),
      [
        '#!/bin/sh',
        `if [ "$1" = cat-file ] && [ "$2" = --batch ]; then tee -a "${log}" | "${real}" "$@"; exit $?; fi`,
        `exec "${real}" "$@"`,
        '',
      ].join('\n'),
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    writeFileSync(log, '');
    return {
      env: { PATH: `${bin}:${process.env.PATH}` },
      asked: () => readFileSync(log, 'utf8'),
    };
  }

  it('a blob over 4 MiB is refused by the size git gives, without being read', () => {
    const big = `# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const repo = tempRepository('inventory', [BASE, { ...BASE, 'big.yaml': big }]);
    const bigObject = git(repo, 'rev-parse', 'HEAD:inventory/big.yaml').trim();
    const logging = loggingGit();
    const result = ropa(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: repo, env: logging.env });
    expect(result.stderr).toContain(
      'big.yaml\n  1:1  error  the file is 5.0 MiB; ropa reads files up to 4 MiB: split it (one file per category under categories/)  yaml-syntax',
    );
    expect(result.code).toBe(2);
    expect(logging.asked()).not.toContain(bigObject);
    expect(logging.asked()).toContain(git(repo, 'rev-parse', 'HEAD:inventory/subjects.yaml').trim());
  });

  it("a revision's configuration is read with the rules of the one on disk", () => {
    const cases: [Record<string, string>, string][] = [
      [
        { 'ropa.config.yaml': `# ${'x'.repeat(5 * 1024 * 1024)}\n` },
        'configuration file: the file is 5.0 MiB; ropa reads files up to 4 MiB',
      ],
    ];
    for (const [files, message] of cases) {
      const repo = tempRepository('inventory', [BASE, { ...BASE, ...files }]);
      const logging = loggingGit();
      expect(ropa(['diff', 'HEAD~1', 'HEAD'], { cwd: repo, env: logging.env })).toEqual({
        stdout: '',
        stderr: `ropa: HEAD:inventory/ropa.config.yaml: ${message}\n`,
        code: 2,
      });
      expect(logging.asked()).not.toContain(git(repo, 'rev-parse', 'HEAD:inventory/ropa.config.yaml').trim());
    }
    // not UTF-8: refused at its first bad byte, as on disk (it was decoded leniently)
    const latin1 = tempRepository('inventory', [BASE]);
    writeFileSync(
      path.join(latin1, 'inventory/ropa.config.yaml'),
      Buffer.from('today: 2026-11-27\n# caf\xe9\n', 'latin1'),
    );
    git(latin1, 'commit', '-qam', 'latin-1 configuration');
    expect(ropa(['diff', 'HEAD~1', 'HEAD'], { cwd: latin1 })).toMatchObject({
      stderr:
        'ropa: HEAD:inventory/ropa.config.yaml:2:6: not UTF-8 text (byte 0xE9): save the file as UTF-8\n',
      code: 2,
    });
    // a link out of the inventory folder: refused, as on disk; a link inside it: followed
    const linked = tempRepository('inventory', [BASE]);
    const relink = (target: string) => {
      const config = path.join(linked, 'inventory/ropa.config.yaml');
      rmSync(config);
      symlinkSync(target, config);
      git(linked, 'add', '-A');
      git(linked, 'commit', '-qm', `configuration linked to ${target}`);
    };
    writeFileSync(path.join(linked, 'secret.yaml'), 'root: x\n');
    relink('../secret.yaml');
    expect(ropa(['diff', 'HEAD~1', 'HEAD'], { cwd: linked })).toEqual({
      stdout: '',
      stderr:
        'ropa: HEAD:inventory/ropa.config.yaml: configuration file: symbolic link to a place outside the inventory folder: not followed, nothing read\n',
      code: 2,
    });
    mkdirSync(path.join(linked, 'inventory/settings'));
    writeFileSync(path.join(linked, 'inventory/settings/ropa.conf'), 'rules:\n  no-such-rule: off\n');
    relink('settings/ropa.conf');
    expect(ropa(['diff', 'HEAD~2', 'HEAD'], { cwd: linked })).toMatchObject({
      stderr: 'ropa: HEAD:inventory/ropa.config.yaml: unknown rule "no-such-rule"\n',
      code: 2,
    });
  });
});

describe('file names that are not UTF-8', () => {
  it('are read by their bytes and shown with the bad bytes escaped', () => {
    const dir = tempInventory(BASE);
    writeFileSync(
      Buffer.from(path.join(dir, 'caf\xe9.yaml'), 'latin1'),
      yaml('subjects:', '  - id: visitor', '    name: Visitors', '    nmae: x'),
    );
    mkdirSync(Buffer.from(path.join(dir, 'd\xff'), 'latin1'));
    writeFileSync(
      Buffer.from(path.join(dir, 'd\xff', 'guests.yaml'), 'latin1'),
      yaml('subjects:', '  - id: guest', '    name: Guests'),
    );
    expect(lint(dir)).toEqual({
      stdout: [
        '',
        'caf\\xE9.yaml',
        '  2:9  warning  subject "visitor" is not referenced by any category   unused-definition',
        '  4:5  error    unknown key "nmae" in subject (did you mean "name"?)  schema',
        '',
        'd\\xFF/guests.yaml',
        '  2:9  warning  subject "guest" is not referenced by any category  unused-definition',
        '',
        '✖ 3 problems (1 error, 2 warnings, 0 notes)',
        '',
      ].join('\n'),
      stderr: '',
      code: 1,
    });
    // and the inventory loads: report no longer refuses it
    rmSync(Buffer.from(path.join(dir, 'caf\xe9.yaml'), 'latin1'));
    expect(ropa(['report', '.', '--format', 'json'], { cwd: dir })).toMatchObject({ stderr: '', code: 0 });
  });
});

describe('dates in the configuration', () => {
  it('today must be a day that exists', () => {
    const dir = tempInventory(BASE);
    for (const today of ['2026-02-30', '2026-13-45', '2025-02-29']) {
      writeFileSync(path.join(dir, 'ropa.config.yaml'), yaml(`today: ${today}`));
      expect(lint(dir)).toEqual({
        stdout: '',
        stderr: 'ropa: ropa.config.yaml: today must be a date YYYY-MM-DD that exists\n',
        code: 2,
      });
    }
    writeFileSync(path.join(dir, 'ropa.config.yaml'), yaml('today: 2028-02-29'));
    expect(lint(dir).code).toBe(0);
  });
});
