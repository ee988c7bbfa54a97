// End-to-end: the built CLI, spawned as a user runs it, on fixture folders; whole outputs compared.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { RULES } from '../src/rules/index.js';
import { BIN, ropa, REPO } from './helpers/cli.js';
import { tempInventory, yaml } from './helpers/inventory.js';
import { BASE } from './robust/base.js';

// This fixture is about structure; its entities are deliberately incomplete, so the gap rules are off
const fixture = 'test/fixtures/structure';
const GAPS_OFF = RULES.filter((r) => r.group !== 'structure').flatMap((r) => ['--rule', `${r.id}=off`]);

/** A clean inventory with three subjects no category uses: three warnings, no error. */
const unused = tempInventory({
  ...BASE,
  'more-subjects.yaml': yaml(
    'subjects:',
    ...['visitor', 'supplier', 'candidate'].flatMap((id) => [`  - id: ${id}`, `    name: ${id}`]),
  ),
});

describe('ropa lint', () => {
  it('prints findings grouped by file, as ESLint users know them', () => {
    const result = ropa(['lint', fixture, ...GAPS_OFF]);
    expect(result.stdout).toBe(
      [
        '',
        'test/fixtures/structure/categories/contact.yaml',
        '  5:14  error  no subject has the id "customers" (did you mean "customer"?)      unknown-reference',
        '  7:3   error  unknown key "recipient" in category (did you mean "recipients"?)  schema',
        '',
        'test/fixtures/structure/purposes.yaml',
        '  5:9   warning  purpose "newsletter" is not referenced by any category                                                                                                unused-definition',
        '  7:19  error    "opt-in" is not allowed for "lawful_basis"; expected one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests  schema',
        '',
        'test/fixtures/structure/subjects.yaml',
        '  2:9  warning  subject "customer" is not referenced by any category  unused-definition',
        '  4:9  warning  subject "visitor" is not referenced by any category   unused-definition',
        '',
        '✖ 6 problems (3 errors, 3 warnings, 0 notes)',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('prints the documented JSON shape', () => {
    const result = ropa(['lint', fixture, ...GAPS_OFF, '--format', 'json']);
    const output = JSON.parse(result.stdout);
    expect(output.version).toBe(1);
    expect(output.summary).toEqual({ errors: 3, warnings: 3, notes: 0, waived: 0 });
    expect(output.diagnostics[0]).toEqual({
      rule: 'unknown-reference',
      severity: 'error',
      file: 'test/fixtures/structure/categories/contact.yaml',
      line: 5,
      column: 14,
      endLine: 5,
      endColumn: 23,
      message: 'no subject has the id "customers" (did you mean "customer"?)',
      path: ['category', 'subjects', 0],
    });
    expect(result.code).toBe(1);
  });

  it('lets --rule change a severity and --fail-on choose what fails', () => {
    const summary = (...args: string[]) => {
      const result = ropa(['lint', unused, '--format', 'json', ...args]);
      return { ...JSON.parse(result.stdout).summary, code: result.code };
    };
    expect(summary()).toEqual({ errors: 0, warnings: 3, notes: 0, waived: 0, code: 0 });
    expect(summary('--rule', 'unused-definition=error')).toMatchObject({ errors: 3, code: 1 });
    expect(summary('--rule', 'unused-definition=note')).toMatchObject({ notes: 3, code: 0 });
    expect(summary('--rule', 'unused-definition=note', '--fail-on', 'note').code).toBe(1);
    expect(summary('--fail-on', 'warning').code).toBe(1);
    expect(summary('--max-warnings', '2').code).toBe(1);
    expect(summary('--max-warnings', '3').code).toBe(0);
  });

  it('reads ropa.config.yaml from --config', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ropa-config-'));
    const config = path.join(dir, 'ropa.config.yaml');
    writeFileSync(config, 'rules:\n  unused-definition: note\n  unknown-reference: error\n');
    const result = ropa(['lint', unused, '--config', config, '--format', 'json']);
    expect(JSON.parse(result.stdout).summary).toEqual({ errors: 0, warnings: 0, notes: 3, waived: 0 });
    expect(result.code).toBe(0);
  });

  it('keeps the structural rules at error: a file that cannot be read never silently drops out', () => {
    const levels = ['off', 'note', 'warning', 'off', 'off'];
    ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference', 'organization-missing'].forEach(
      (id, i) => {
        expect(ropa(['lint', fixture, '--rule', `${id}=${levels[i]}`])).toEqual({
          stdout: '',
          stderr: `ropa: --rule: ${id} is a structural rule: it is always an error (a file it flags is not read at all)\n`,
          code: 2,
        });
      },
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'ropa-config-'));
    writeFileSync(path.join(dir, 'ropa.yaml'), 'rules:\n  schema: off\n  yaml-syntax: off\n');
    for (const command of ['lint', 'report', 'query transfers', 'graph']) {
      const result = ropa([...command.split(' '), fixture, '--config', path.join(dir, 'ropa.yaml')]);
      expect(result).toEqual({
        stdout: '',
        stderr: `ropa: ${path.join(dir, 'ropa.yaml')}: schema is a structural rule: it is always an error (a file it flags is not read at all)\n`,
        code: 2,
      });
    }
  });

  it.each([
    [
      ['lint', 'no-such-folder'],
      'ropa: no-such-folder: no such folder; `ropa init no-such-folder` creates a starter there\n',
    ],
    [
      ['report', 'my inventory'],
      "ropa: my inventory: no such folder; `ropa init 'my inventory'` creates a starter there\n",
    ],
    [
      ['lint', fixture, '--rule', 'shcema=off'],
      'ropa: --rule: unknown rule "shcema" (did you mean "schema"?)\n',
    ],
    [
      ['lint', fixture, '--rule', 'schema=fatal'],
      'ropa: --rule: schema: level must be one of error, warning, note, off, not "fatal"\n',
    ],
    [['lint', fixture, '--config', 'missing.yaml'], 'ropa: missing.yaml: no such configuration file\n'],
  ])('exits 2 with one line for %j', (args, stderr) => {
    const result = ropa(args);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });

  it('exits 2 for an unknown option or format', () => {
    const bad = ropa(['lint', fixture, ...GAPS_OFF, '--format', 'xml']);
    expect(bad.stderr).toContain(
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json",
    );
    expect(bad.code).toBe(2);
    expect(ropa(['lint', '--frobnicate']).code).toBe(2);
  });

  it('writes to -o atomically and refuses to write into the inventory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ropa-out-'));
    const out = path.join(dir, 'lint.json');
    const result = ropa(['lint', fixture, ...GAPS_OFF, '--format', 'json', '-o', out]);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(3);
    expect(readdirSync(dir)).toEqual(['lint.json']);
    const refused = ropa(['lint', fixture, ...GAPS_OFF, '-o', `${fixture}/lint.txt`]);
    expect(refused.stderr).toBe(
      `ropa: ${fixture}/lint.txt: refusing to write inside the inventory folder ${fixture}\n`,
    );
    expect(refused.code).toBe(2);
    expect(existsSync(path.join(REPO, fixture, 'lint.txt'))).toBe(false);
  });

  it('says why --max-warnings failed the run', () => {
    const result = ropa(['lint', unused, '--max-warnings', '2']);
    expect(result.stderr).toBe('ropa: 3 warnings, more than --max-warnings 2\n');
    expect(result.code).toBe(1);
  });

  it('takes -o - as standard output', () => {
    const result = ropa(['lint', fixture, ...GAPS_OFF, '--format', 'json', '-o', '-']);
    expect(JSON.parse(result.stdout).summary.errors).toBe(3);
  });

  it('prints nothing and exits 0 on a clean inventory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ropa-clean-'));
    expect(ropa(['init', path.join(dir, 'inv')]).code).toBe(0);
    const result = ropa(['lint', path.join(dir, 'inv'), '--rule', 'unused-definition=error']);
    expect(result).toEqual({ stdout: '', stderr: '', code: 0 });
  });
});

describe('ropa init', () => {
  const WROTE = (dir: string) =>
    `Wrote 5 files to ${dir}:\n  organization.yaml\n  subjects.yaml\n  purposes.yaml\n  recipients.yaml\n  categories/contact.yaml\n`;

  it('names the schema of the ropa installed in the project, relative to each file', () => {
    // a project with ropa as a dependency: node_modules/ropa is this package
    const project = mkdtempSync(path.join(tmpdir(), 'ropa-init-'));
    mkdirSync(path.join(project, 'node_modules'));
    symlinkSync(REPO, path.join(project, 'node_modules', 'ropa'));
    const dir = path.join(project, 'privacy', 'inventory');
    const result = ropa(['init', dir]);
    expect(result).toEqual({ stdout: '', stderr: WROTE(dir), code: 0 });
    for (const [file, line] of [
      ['organization.yaml', '../../node_modules/ropa/schema/inventory.schema.json'],
      ['categories/contact.yaml', '../../../node_modules/ropa/schema/inventory.schema.json'],
    ] as const) {
      const first = readFileSync(path.join(dir, file), 'utf8').split('\n')[0];
      expect(first).toBe(`# yaml-language-server: $schema=${line}`);
      expect(existsSync(path.resolve(dir, path.dirname(file), line))).toBe(true);
    }
  });

  it('names no schema where ropa is not installed, rather than a path into the running copy', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-init-')), 'inventory');
    const result = ropa(['init', dir]);
    expect(result).toEqual({
      stdout: '',
      stderr: `${WROTE(dir)}No $schema line for editors: ropa is not installed in a node_modules folder above ${dir}\n`,
      code: 0,
    });
    expect(readFileSync(path.join(dir, 'purposes.yaml'), 'utf8')).toMatch(/^purposes:\n/);
  });

  it('refuses a folder that is not empty', () => {
    const result = ropa(['init', fixture]);
    expect(result.stderr).toBe(
      `ropa: ${fixture}: not empty; ropa init only writes into an empty or new folder\n`,
    );
    expect(result.code).toBe(2);
  });
});

describe('a reader that stops early', () => {
  it('is not an error (ropa schema | head)', async () => {
    // the reading end is closed before ropa writes, so its first write fails with EPIPE
    const child = spawn(process.execPath, [BIN, 'schema'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('ropa schema, --version, --help', () => {
  it('prints the JSON Schema', () => {
    const result = ropa(['schema']);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(REPO, 'schema/inventory.schema.json'), 'utf8')),
    );
  });
  it('prints the version', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(ropa(['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', code: 0 });
  });
  it('shows examples in the help of every command', () => {
    for (const command of ['lint', 'init', 'schema']) {
      const help = ropa([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Example/);
    }
  });
});

describe('the built CLI', () => {
  it('starts from the code cache the build wrote, which V8 accepts', () => {
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { loadCli } from './bin/load-cli.js'; console.log(loadCli().script.cachedDataRejected)",
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(probe.stdout).toBe('false\n');
  });

  /** A copy of the built CLI in a temporary folder, sharing node_modules and schema/ with the project. */
  function builtCopy(): string {
    const copy = mkdtempSync(path.join(tmpdir(), 'ropa-built-'));
    for (const dir of ['bin', 'dist'])
      cpSync(path.join(REPO, dir), path.join(copy, dir), { recursive: true });
    cpSync(path.join(REPO, 'package.json'), path.join(copy, 'package.json'));
    for (const dir of ['node_modules', 'schema']) symlinkSync(path.join(REPO, dir), path.join(copy, dir));
    return copy;
  }
  const run = (copy: string, args: string[]) =>
    spawnSync(process.execPath, [path.join(copy, 'bin/ropa.js'), ...args], { encoding: 'utf8', cwd: REPO });

  it('runs as it does without a cache when the cache is damaged', () => {
    const copy = builtCopy();
    const expected = run(copy, ['lint', 'inventory']);
    expect(expected.status).toBe(1);
    const cache = path.join(copy, 'dist/cli.code-cache');
    const bytes = readFileSync(cache);
    bytes.fill(0, 200, 4000); // V8 itself checks only a header, and would run (or crash on) the rest
    writeFileSync(cache, bytes);
    const damaged = run(copy, ['lint', 'inventory']);
    expect([damaged.stdout, damaged.stderr, damaged.status]).toEqual([expected.stdout, expected.stderr, 1]);
  });

  it('does not run a cache made for another bundle, even one of the same length', () => {
    const copy = builtCopy();
    const bundle = path.join(copy, 'dist/cli.cjs');
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain('check structure, references');
    writeFileSync(bundle, text.replace('check structure, references', 'CHECK STRUCTURE, REFERENCES'));
    expect(run(copy, ['--help']).stdout).toContain('CHECK STRUCTURE, REFERENCES');
  });

  it('says in one line that the bundle is missing before a build', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'ropa-unbuilt-'));
    cpSync(path.join(REPO, 'bin'), path.join(copy, 'bin'), { recursive: true });
    const result = spawnSync(process.execPath, [path.join(copy, 'bin/ropa.js'), 'lint'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe(
      `ropa: ${path.join(copy, 'dist/cli.cjs')} is missing: run \`npm run build\` first\n`,
    );
    expect(result.status).toBe(2);
  });
});
