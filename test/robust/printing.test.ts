// Printing (issue 13, cases 16-19): no value from the inventory reaches a terminal or a log raw, HTML
// holds only characters HTML allows, arguments echoed in messages are cut, and the messages for a bare
// repository and for init on a dangling link are one true line.

import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE } from './base.js';

/** A category name written to forge the lines of a diff that reviewers trust. */
const FORGED = 'E-mails\\n\\nNew findings\\n  none: all good\\r\\e[1A';

/** The base inventory with hostile names: the forged category, a bidirectional override, a bell. */
function hostile(): string {
  return tempInventory({
    ...BASE,
    'categories/forged.yaml': yaml(
      'category:',
      '  id: forged',
      `  name: "${FORGED}"`,
      '  data: ["name\\u202Egpj.exe", "\\x01\\x00\\e"]',
      '  subjects: [customer]',
      '  sources:',
      '    - type: direct',
      '      description: "Form\\a"',
      '  purposes: [order-management]',
      '  recipients: [staff]',
      '  retention:',
      '    - duration: P3Y',
      '      from: "end\\eof-contract"',
      '      then: delete',
      '  reviewed: 2026-06-01',
    ),
  });
}

/** What no text output may hold: controls other than the layout's line feeds, bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- the point of the check
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text outputs escape control and bidirectional characters', () => {
  const dir = hostile();

  it.each([
    ['report', '.'],
    ['retention', '.'],
    ['query', 'category', 'forged', '.'],
    ['query', 'subject', 'customer', '.'],
    ['query', 'matrix', '.'],
    ['graph', '.', '--format', 'mermaid'],
    ['graph', '.', '--format', 'dot'],
    ['report', '.', '--format', 'markdown'],
    ['lint', '.', '--format', 'github', '--rule', 'retention-exceeds-reference=error'],
  ])('%s %s %s %s', (...args) => {
    const result = ropa(args, { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(RAW);
    // the forged lines stay inside one value, escaped
    expect(result.stdout).not.toMatch(/^\s*New findings/m);
  });

  it('the record table shows each escape as it was written', () => {
    const { stdout } = ropa(['report', '.'], { cwd: dir });
    expect(stdout).toContain('Data category: E-mails\\n\\nNew findings\\n  none: all good\\r\\x1b[1A');
    expect(stdout).toContain('name\\u202egpj.exe');
  });

  it('diff text: a value cannot forge the lines of a diff', () => {
    const before = tempInventory(BASE);
    const result = ropa(['diff', before, dir]);
    expect(result.stdout).not.toMatch(RAW);
    expect(result.stdout.split('\n').filter((line) => line === 'New findings')).toHaveLength(
      result.stdout.includes('\nNew findings\n') ? 1 : 0,
    );
    expect(result.stdout).toContain('+ added: "E-mails\\n\\nNew findings\\n  none: all good\\r\\x1b[1A"');
  });
});

describe('HTML', () => {
  it.each(['report', 'retention'])(
    '%s: characters HTML does not allow are shown as escapes',
    async (command) => {
      const dir = hostile();
      const file = path.join(dir, '..', `${path.basename(dir)}-${command}.html`);
      expect(ropa([command, dir, '--format', 'html', '-o', file])).toMatchObject({ stderr: '', code: 0 });
      const html = readFileSync(file, 'utf8');
      // eslint-disable-next-line no-control-regex -- the point of the check
      expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(html).toContain(command === 'report' ? '\\x01\\x00\\x1b' : '\\x1b[1A');
      const report = await new HtmlValidate().validateString(html);
      expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    },
  );
});

describe('arguments echoed in messages are cut at 80 characters', () => {
  const long = 'q'.repeat(100_000);
  const cut = `${'q'.repeat(80)}…`;
  const dir = tempInventory(BASE);

  it.each([
    [['lint', long], `ropa: ${cut}: cannot be read: the name is too long\n`],
    [['report', long], `ropa: ${cut}: cannot be read: the name is too long\n`],
    [['query', 'recipient', long, '.'], `ropa: unknown recipient "${cut}"\n`],
    [
      ['query', 'country', long, '.'],
      `ropa: unknown country "${cut}": expected an ISO 3166-1 alpha-2 code\n`,
    ],
    [
      ['query', long],
      `ropa: unknown view "${cut}": the views are recipient, category, purpose, subject, country, transfers, matrix\n`,
    ],
    [['lint', '.', '-c', long], `ropa: ${cut}: configuration file: cannot be read: the name is too long\n`],
    [['lint', '.', '--rule', `${long}=off`], `ropa: --rule: unknown rule "${cut}"\n`],
    [['diff', long], `ropa: ${cut}: no such folder, and ${dir} is not in a git repository\n`],
  ])('%#', (args, stderr) => {
    const result = ropa(args, { cwd: dir });
    expect(result.stderr.replace(/ \(did you mean [^)]*\)/, '')).toBe(stderr);
    expect(result.code).toBe(2);
  });
});

describe('one true line', () => {
  it('diff in a bare repository says it is bare', () => {
    const dir = tempInventory({});
    git(dir, 'init', '-q', '--bare', 'bare.git');
    expect(ropa(['diff', 'v1', 'v2'], { cwd: path.join(dir, 'bare.git') })).toEqual({
      stdout: '',
      stderr: `ropa: v1: no such folder, and ${path.join(dir, 'bare.git').slice(0, 80)}${path.join(dir, 'bare.git').length > 80 ? '…' : ''} is a bare git repository: ropa reads revisions only in a clone with a working tree\n`,
      code: 2,
    });
  });

  it('init on a dangling symbolic link, or on a file, says what is there', () => {
    const dir = tempInventory({ 'file.yaml': 'x: 1\n' });
    symlinkSync('/nonexistent/inventory', path.join(dir, 'dangling'));
    expect(ropa(['init', 'dangling'], { cwd: dir })).toEqual({
      stdout: '',
      stderr:
        'ropa: dangling: a symbolic link to "/nonexistent/inventory", which does not exist; ropa init writes only into an empty or new folder\n',
      code: 2,
    });
    expect(ropa(['init', 'file.yaml'], { cwd: dir })).toEqual({
      stdout: '',
      stderr: 'ropa: file.yaml: a file, not a folder; ropa init writes into a folder\n',
      code: 2,
    });
  });
});
