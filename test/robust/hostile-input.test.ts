// Hostile or broken input, end to end: every case gives located one-line findings (lint exits 1) or a
// one-line error (exit 2), and never a crash, a hang or a stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ropa } from '../helpers/cli.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE } from './base.js';

/** The base inventory plus `extra`, linted from inside its folder so that file names print short. */
function lintWith(extra: Record<string, string | Uint8Array>, args: string[] = []) {
  const dir = tempInventory(BASE);
  for (const [name, content] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return { dir, ...ropa(['lint', '.', ...args], { cwd: dir }) };
}

/** For cases that add a subject no category uses: keeps that warning out of the expected output. */
const UNUSED_OFF = ['--rule', 'unused-definition=off'];

/** Stylish output for findings in one file. */
function stylish(file: string, ...rows: string[]): string {
  const errors = rows.length;
  return [
    '',
    file,
    ...rows.map((row) => `  ${row}`),
    '',
    `✖ ${errors} problem${errors === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, 0 warnings, 0 notes)`,
    '',
  ].join('\n');
}

describe('hostile input', () => {
  it('the base inventory lints clean', () => {
    expect(lintWith({})).toMatchObject({ stdout: '', stderr: '', code: 0 });
  });

  it('invalid YAML: located syntax error', () => {
    const result = lintWith({ 'extra.yaml': yaml('subjects:', '  - id: a', '   name: x') });
    expect(result).toMatchObject({
      stdout: stylish(
        'extra.yaml',
        '3:1  error  invalid YAML: sequence item without - indicator  yaml-syntax',
      ),
      stderr: '',
      code: 1,
    });
  });

  it('duplicate keys: located at the second key', () => {
    const result = lintWith({
      'extra.yaml': yaml('subjects:', '  - id: visitor', '    name: Visitors', '    name: Guests'),
    });
    expect(result.stdout).toBe(stylish('extra.yaml', '4:5  error  invalid YAML: duplicate key  yaml-syntax'));
    expect(result.code).toBe(1);
  });

  it('duplicate keys the yaml package reads (a quoted key, a flow mapping): located at the second key', () => {
    const quoted = lintWith({
      'extra.yaml': yaml('subjects:', '  - "id": visitor', '    name: Visitors', '    "name": Guests'),
    });
    expect(quoted.stdout).toBe(stylish('extra.yaml', '4:5  error  invalid YAML: duplicate key  yaml-syntax'));
    const flow = lintWith({ 'extra.yaml': yaml('subjects:', '  - {id: visitor, name: V, id: w}') });
    expect(flow.stdout).toBe(stylish('extra.yaml', '2:28  error  invalid YAML: duplicate key  yaml-syntax'));
  });

  it('an alias with no anchor before it is located where it is', () => {
    const result = lintWith({
      'extra.yaml': yaml(
        'subjects:',
        '  - id: visitor',
        '    name: *who',
        '  - id: other',
        '    name: &who O',
      ),
    });
    expect(result).toMatchObject({
      stdout: stylish(
        'extra.yaml',
        '3:11  error  invalid YAML: unresolved alias "who": its anchor must be set before it  yaml-syntax',
      ),
      code: 1,
    });
  });

  it('a block scalar whose header ends in a no-break space is refused, wherever the file goes', () => {
    // a common paste from a web page; YAML's white space is a space or a tab
    const text = yaml('subjects:', '  - id: visitor', '    name: |\u00a0', '      Visitors');
    const expected = stylish(
      'extra.yaml',
      '3:12  error  invalid YAML: block scalar header includes extra characters: |\u00a0  yaml-syntax',
    );
    expect(lintWith({ 'extra.yaml': text }).stdout).toBe(expected);
    // the same file with a line only the yaml package reads
    expect(lintWith({ 'extra.yaml': `${text}"purposes": []\n` }).stdout).toBe(expected);
  });

  it('a UTF-8 byte-order mark and CRLF line ends load normally', () => {
    const windows = Object.fromEntries(
      Object.entries(BASE).map(([name, text]) => [name, `\ufeff${text.replace(/\n/g, '\r\n')}`]),
    );
    expect(lintWith(windows)).toMatchObject({ stdout: '', stderr: '', code: 0 });
  });

  it('with a BOM and CRLF, columns count from the first real character', () => {
    const text = '\ufeffsubject:\r\n  - id: visitor\r\n    name: Visitors\r\n    nmae: x\r\n';
    const result = lintWith({ 'extra.yaml': text });
    expect(result.stdout).toBe(
      stylish('extra.yaml', '1:1  error  unknown key "subject" (did you mean "subjects"?)  schema'),
    );
    const inner = lintWith(
      { 'extra.yaml': '\ufeffsubjects:\r\n  - id: visitor\r\n    name: Visitors\r\n    nmae: x\r\n' },
      UNUSED_OFF,
    );
    expect(inner.stdout).toBe(
      stylish('extra.yaml', '4:5  error  unknown key "nmae" in subject (did you mean "name"?)  schema'),
    );
    const broken = lintWith({ 'extra.yaml': '\ufeffsubjects:\r\n  - id: a\r\n   name: x\r\n' });
    expect(broken.stdout).toBe(
      stylish('extra.yaml', '3:1  error  invalid YAML: sequence item without - indicator  yaml-syntax'),
    );
  });

  it('an empty file, or one with only comments', () => {
    const message =
      'the file is empty; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories';
    expect(lintWith({ 'empty.yaml': '' }).stdout).toBe(
      stylish('empty.yaml', `1:1  error  ${message}  schema`),
    );
    expect(lintWith({ 'empty.yaml': '# nothing yet\n\n' }).stdout).toBe(
      stylish('empty.yaml', `1:1  error  ${message}  schema`),
    );
  });

  it('a file that is a list or a scalar', () => {
    const expected = (what: string) =>
      `1:1  error  the file holds ${what}; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories  schema`;
    expect(lintWith({ 'list.yaml': yaml('- a', '- b') })).toMatchObject({
      stdout: stylish('list.yaml', expected('a list')),
      code: 1,
    });
    expect(lintWith({ 'scalar.yaml': yaml('hello') }).stdout).toBe(
      stylish('scalar.yaml', expected('a string')),
    );
    expect(lintWith({ 'number.yaml': yaml('42') }).stdout).toBe(stylish('number.yaml', expected('a number')));
  });

  it('binary data with a .yaml name', () => {
    // the start of a PNG file: 0x89 cannot begin a UTF-8 sequence
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(lintWith({ 'image.yaml': png })).toMatchObject({
      stdout: stylish(
        'image.yaml',
        '1:1  error  not UTF-8 text (byte 0x89): save the file as UTF-8  yaml-syntax',
      ),
      stderr: '',
      code: 1,
    });
    // valid UTF-8 but NUL bytes
    expect(lintWith({ 'zeros.yaml': new Uint8Array(64) }).stdout).toBe(
      stylish('zeros.yaml', '1:1  error  invalid YAML: null byte is not allowed in input  yaml-syntax'),
    );
  });

  it('a file of more than one YAML document: located at the second document, not a crash', () => {
    const second = 'invalid YAML: a second document starts here: keep one document per file';
    expect(lintWith({ 'extra.yaml': 'a: 1\n---\n' })).toMatchObject({
      stdout: stylish('extra.yaml', `2:1  error  ${second}  yaml-syntax`),
      stderr: '',
      code: 1,
    });
    expect(lintWith({ 'extra.yaml': yaml('---', 'subjects: []', '---', 'subjects: []') }).stdout).toBe(
      stylish('extra.yaml', `3:1  error  ${second}  yaml-syntax`),
    );
    expect(lintWith({ 'extra.yaml': yaml('subjects: []', '...', '# more', 'purposes: []') }).stdout).toBe(
      stylish('extra.yaml', `4:1  error  ${second}  yaml-syntax`),
    );
  });

  it('a configuration of more than one YAML document: one line, exit 2', () => {
    expect(lintWith({ 'ropa.config.yaml': yaml('today: 2026-11-27', '---') })).toMatchObject({
      stdout: '',
      stderr:
        'ropa: ropa.config.yaml:2:1: invalid YAML: a second document starts here: keep one document per file\n',
      code: 2,
    });
  });

  it('a NUL byte is located on its own line and column', () => {
    const text = yaml('subjects:', '  - id: visitor', '    name: Visitors', '    notes: a\0b');
    expect(lintWith({ 'extra.yaml': text }).stdout).toBe(
      stylish('extra.yaml', '4:13  error  invalid YAML: null byte is not allowed in input  yaml-syntax'),
    );
    expect(lintWith({ 'ropa.config.yaml': yaml('today: 2026-11-27', 'country: F\0R') })).toMatchObject({
      stderr: 'ropa: ropa.config.yaml:2:11: invalid YAML: null byte is not allowed in input\n',
      code: 2,
    });
  });

  it('line ends of CR alone are refused at the first one', () => {
    const message = 'line ends with CR alone: save the file with LF or CRLF line ends';
    const text = 'subjects:\n  - id: visitor\r    name: Visitors\r    nmae: x\r';
    expect(lintWith({ 'extra.yaml': text })).toMatchObject({
      stdout: stylish('extra.yaml', `2:16  error  ${message}  yaml-syntax`),
      stderr: '',
      code: 1,
    });
    // CR LF before it is one line end
    expect(lintWith({ 'extra.yaml': 'subjects:\r\n  - id: visitor\r\n    name: Visitors\r' }).stdout).toBe(
      stylish('extra.yaml', `3:19  error  ${message}  yaml-syntax`),
    );
    expect(lintWith({ 'ropa.config.yaml': 'today: 2026-11-27\rcountry: FR\r' })).toMatchObject({
      stdout: '',
      stderr: `ropa: ropa.config.yaml:1:18: ${message}\n`,
      code: 2,
    });
  });

  it('a file that is not UTF-8: the first bad byte is located', () => {
    const latin1 = Buffer.concat([
      Buffer.from('subjects:\n  - id: visitor\n    name: Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    expect(lintWith({ 'latin1.yaml': latin1 }).stdout).toBe(
      stylish('latin1.yaml', '3:14  error  not UTF-8 text (byte 0xE9): save the file as UTF-8  yaml-syntax'),
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('subjects: []\n', 'utf16le')]);
    expect(lintWith({ 'utf16.yaml': utf16 }).stdout).toBe(
      stylish('utf16.yaml', '1:1  error  UTF-16 text: save the file as UTF-8  yaml-syntax'),
    );
  });

  it('a 50 MB file is refused by size, without being parsed', () => {
    const entry = '  - id: visitor-000000\n    name: A visitor with a long enough name to fill the file\n';
    const big = `subjects:\n${entry.repeat(Math.ceil((50 * 1024 * 1024) / entry.length))}`;
    const result = lintWith({ 'big.yaml': big });
    expect(result).toMatchObject({
      stdout: stylish(
        'big.yaml',
        '1:1  error  the file is 50.0 MiB; ropa reads files up to 4 MiB: split it (one file per category under categories/)  yaml-syntax',
      ),
      stderr: '',
      code: 1,
    });
  });

  it('deeply nested YAML is refused at the depth where it goes too deep', () => {
    const flow = `subjects: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(lintWith({ 'deep.yaml': flow })).toMatchObject({
      stdout: stylish(
        'deep.yaml',
        '1:110  error  invalid YAML: nested deeper than 100 levels: refused  yaml-syntax',
      ),
      stderr: '',
      code: 1,
    });
    const block = ['subjects:', ...Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 1)}a:`)].join(
      '\n',
    );
    expect(lintWith({ 'deep.yaml': `${block}\n` }).stdout).toBe(
      stylish(
        'deep.yaml',
        '101:101  error  invalid YAML: nested deeper than 100 levels: refused  yaml-syntax',
      ),
    );
  });

  it('an alias bomb ("billion laughs") is refused', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const lines = levels.map((name, i) =>
      i === 0
        ? `${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(', ')}]`,
    );
    expect(lintWith({ 'bomb.yaml': yaml(...lines) })).toMatchObject({
      stdout: stylish(
        'bomb.yaml',
        '1:1  error  invalid YAML: aliases expand to more than 100 copies: refused  yaml-syntax',
      ),
      code: 1,
    });
    // a long string repeated by aliases multiplies text: every copy counts, whatever it holds
    const long = `x: &s "${'x'.repeat(1_000_000)}"\ny: [${Array(101).fill('*s').join(', ')}]\n`;
    expect(lintWith({ 'bomb.yaml': long }).stdout).toBe(
      stylish(
        'bomb.yaml',
        '1:1  error  invalid YAML: aliases expand to more than 100 copies: refused  yaml-syntax',
      ),
    );
  });

  it('a few aliases are fine, and findings in such a file are located', () => {
    const text = yaml(
      'subjects:',
      '  - id: visitor',
      '    name: &n Visitors',
      '    notes: *n',
      '    extra: *n',
    );
    expect(lintWith({ 'alias.yaml': text }, UNUSED_OFF).stdout).toBe(
      stylish('alias.yaml', '5:5  error  unknown key "extra" in subject  schema'),
    );
  });

  it('__proto__, constructor and prototype keys are unknown keys', () => {
    const text = yaml(
      'subjects:',
      '  - id: visitor',
      '    name: Visitors',
      '    __proto__: { polluted: yes }',
      '    constructor: x',
      '    prototype: y',
      '__proto__:',
      '  polluted: yes',
    );
    expect(lintWith({ 'proto.yaml': text }, UNUSED_OFF)).toMatchObject({
      stdout: stylish(
        'proto.yaml',
        '4:5  error  unknown key "__proto__" in subject    schema',
        '5:5  error  unknown key "constructor" in subject  schema',
        '6:5  error  unknown key "prototype" in subject    schema',
        '7:1  error  unknown key "__proto__"               schema',
      ),
      code: 1,
    });
  });

  it('a __proto__ key lends its entity nothing: a purpose without a lawful basis still lacks one', () => {
    const text = yaml(
      'purposes:',
      '  - id: newsletter',
      '    name: Newsletter',
      '    owner: Marketing',
      '    reviewed: 2026-06-01',
      '    __proto__: { lawful_basis: consent, waivers: [{ rule: lawful-basis-missing, reason: x }] }',
    );
    expect(lintWith({ 'proto.yaml': text }, UNUSED_OFF)).toMatchObject({
      stdout: stylish(
        'proto.yaml',
        '2:5  error  purpose "newsletter" has no lawful basis (Art 6(1))  lawful-basis-missing',
        '6:5  error  unknown key "__proto__" in purpose                   schema',
      ),
      code: 1,
    });
  });

  it('symbolic-link loops, dangling links and links out of the inventory', () => {
    const dir = tempInventory(BASE);
    symlinkSync('..', path.join(dir, 'categories', 'up')); // a folder loop: followed once
    symlinkSync('self.yaml', path.join(dir, 'self.yaml'));
    symlinkSync('b.yaml', path.join(dir, 'a.yaml'));
    symlinkSync('a.yaml', path.join(dir, 'b.yaml'));
    symlinkSync('nowhere.yaml', path.join(dir, 'dangling.yaml'));
    symlinkSync('/etc/hostname', path.join(dir, 'host.yaml'));
    symlinkSync('/etc', path.join(dir, 'etc'));
    symlinkSync('subjects.yaml', path.join(dir, 'people.yml')); // inside: read (and so a duplicate id)
    const result = ropa(['lint', '.'], { cwd: dir });
    expect(result.stdout).toBe(
      [
        '',
        'a.yaml',
        '  1:1  error  cannot be read: a symbolic-link loop  yaml-syntax',
        '',
        'b.yaml',
        '  1:1  error  cannot be read: a symbolic-link loop  yaml-syntax',
        '',
        'dangling.yaml',
        '  1:1  error  broken symbolic link to "nowhere.yaml": nothing read  yaml-syntax',
        '',
        'etc',
        '  1:1  error  symbolic link to a place outside the inventory folder: not followed, nothing read  yaml-syntax',
        '',
        'host.yaml',
        '  1:1  error  symbolic link to a place outside the inventory folder: not followed, nothing read  yaml-syntax',
        '',
        'people.yml',
        '  2:9  error  subject id "customer" is defined twice (see subjects.yaml:2:9)  duplicate-id',
        '',
        'self.yaml',
        '  1:1  error  cannot be read: a symbolic-link loop  yaml-syntax',
        '',
        'subjects.yaml',
        '  2:9  error  subject id "customer" is defined twice (see people.yml:2:9)  duplicate-id',
        '',
        '✖ 8 problems (8 errors, 0 warnings, 0 notes)',
        '',
      ].join('\n'),
    );
    expect(result).toMatchObject({ stderr: '', code: 1 });
  });

  it('an inventory folder that is a symbolic-link loop', () => {
    const dir = tempInventory({});
    symlinkSync('loop', path.join(dir, 'loop'));
    expect(ropa(['lint', 'loop'], { cwd: dir })).toMatchObject({
      stdout: '',
      stderr: 'ropa: loop: cannot be read: a symbolic-link loop\n',
      code: 2,
    });
  });

  it('an unreadable file', () => {
    const dir = tempInventory({ ...BASE, 'secret.yaml': yaml('subjects: []') });
    chmodSync(path.join(dir, 'secret.yaml'), 0o000);
    // root reads any file whatever its mode: run the CLI as an unprivileged user then
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    const result = spawnSync(process.execPath, [BIN, 'lint', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(result.error).toBeUndefined();
    expect(result.stdout).toBe(
      stylish('secret.yaml', '1:1  error  cannot be read: permission denied  yaml-syntax'),
    );
    expect(result.status).toBe(1);
  });

  it('a missing folder, or a file where a folder is expected: exit 2', () => {
    const dir = tempInventory(BASE);
    expect(ropa(['lint', 'nowhere'], { cwd: dir })).toMatchObject({
      stdout: '',
      stderr: 'ropa: nowhere: no such folder; `ropa init nowhere` creates a starter there\n',
      code: 2,
    });
    expect(ropa(['lint', 'subjects.yaml'], { cwd: dir })).toMatchObject({
      stdout: '',
      stderr: 'ropa: subjects.yaml: not a folder\n',
      code: 2,
    });
  });

  it('a folder with no inventory files', () => {
    const dir = tempInventory({ 'README.md': '# notes\n', 'sub/data.json': '{}' });
    expect(ropa(['lint', '.'], { cwd: dir })).toMatchObject({
      stdout: stylish(
        '.',
        '1:1  error  no inventory files (*.yaml, *.yml) in this folder: run `ropa init` to start one  organization-missing',
      ),
      stderr: '',
      code: 1,
    });
  });

  it('a named pipe called *.yaml is left alone rather than read forever', () => {
    const dir = tempInventory(BASE);
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status).toBe(0);
    const result = spawnSync(process.execPath, [BIN, 'lint', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 20_000,
    });
    expect(result).toMatchObject({ stdout: '', stderr: '', status: 0 });
  });

  it('control characters and newlines in values cannot reach the terminal raw', () => {
    const text = yaml('subjects:', '  - id: visitor', '    name: Visitors', '    "\\e]0;owned\\a\\nfake": x');
    const result = lintWith({ 'escape.yaml': text }, UNUSED_OFF);
    expect(result.stdout).toBe(
      stylish('escape.yaml', '4:5  error  unknown key "\\u001b]0;owned\\u0007\\nfake" in subject  schema'),
    );
    // nothing but newlines: no escape (0x1b), no bell (0x07)
    expect([...result.stdout].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
  });

  it('a reader that closes the pipe early gets no stack trace', () => {
    const dir = tempInventory(BASE);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" schema | head -c 1 >/dev/null`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
