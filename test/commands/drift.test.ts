import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { optionFlags, ropa } from '../helpers/cli.js';

const FIXTURES = 'test/fixtures/drift';
const INVENTORY = `${FIXTURES}/inventory`;
const scratch = mkdtempSync(path.join(tmpdir(), 'ropa-drift-'));

interface JsonDiagnostic {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  related?: { file: string; line: number; column: number; message: string; code?: true }[];
  waived?: unknown;
}

function driftJson(...args: string[]): { code: number | null; diagnostics: JsonDiagnostic[] } {
  const result = ropa(['drift', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return { code: result.code, diagnostics: JSON.parse(result.stdout).diagnostics };
}

const sarifSchema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

/** The SARIF log of a drift run, checked against the OASIS schema. */
function driftSarif(...args: string[]) {
  const result = ropa(['drift', ...args, '--format', 'sarif']);
  expect(result.stderr).toBe('');
  const log = JSON.parse(result.stdout);
  expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
  return log.runs[0].results as {
    ruleId: string;
    level: string;
    message: { text: string };
    locations: {
      physicalLocation: {
        artifactLocation: { uri: string };
        region: { startLine: number; startColumn: number };
      };
    }[];
    relatedLocations?: {
      physicalLocation: {
        artifactLocation: { uri: string };
        region: { startLine: number; startColumn: number };
      };
      message: { text: string };
    }[];
  }[];
}

const where = (l: {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
}) =>
  `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn}`;

describe('ropa drift on an SBOM written by npm', () => {
  const sbom = path.join(scratch, 'sbom.json');

  beforeAll(() => {
    // the real producer, on the committed lockfile: nothing is installed or fetched
    const npm = spawnSync('npm', ['sbom', '--package-lock-only', '--sbom-format', 'cyclonedx'], {
      cwd: `${FIXTURES}/shop`,
      encoding: 'utf8',
      env: { ...process.env, npm_config_offline: 'true' },
    });
    expect(npm.status, npm.stderr).toBe(0);
    writeFileSync(sbom, npm.stdout);
    expect(JSON.parse(npm.stdout)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' });
  }, 60_000);

  it('reports exactly the vendors no recipient declares, and is silent on the declared ones', () => {
    const { code, diagnostics } = driftJson(INVENTORY, '--sbom', sbom);
    expect(code).toBe(1);
    expect(
      diagnostics.map(({ rule, severity, file, line, column, message }) => ({
        rule,
        severity,
        file,
        line,
        column,
        message,
      })),
    ).toEqual([
      {
        rule: 'drift-undeclared-vendor',
        severity: 'error',
        file: `${INVENTORY}/organization.yaml`,
        line: 2,
        column: 3,
        message: `the code uses "PostHog" (package posthog-node in ${sbom}) and no recipient is "PostHog" (usually PostHog, Inc., processing in US; DPF: unknown; DPA: https://posthog.com/dpa): declare it in recipients, or name it in the aliases of the recipient it is`,
      },
      {
        rule: 'drift-undeclared-vendor',
        severity: 'error',
        file: `${INVENTORY}/organization.yaml`,
        line: 2,
        column: 3,
        message: `the code uses "Sentry" (packages @sentry/core, @sentry/node, @sentry/opentelemetry in ${sbom}) and no recipient is "Sentry" (usually Functional Software, Inc. (d/b/a Sentry), processing in US; DPF: unknown; DPA: https://sentry.io/legal/dpa/): declare it in recipients, or name it in the aliases of the recipient it is`,
      },
      {
        rule: 'drift-processor-unseen',
        severity: 'note',
        file: `${INVENTORY}/recipients.yaml`,
        line: 24,
        column: 5,
        message: `processor "accountant" appears in none of the evidence (${sbom}): check that it is still used, and how the code reaches it (scans are partial)`,
      },
    ]);
  });

  it('is silent once the vendors are declared, by name or by alias', () => {
    const inventory = path.join(scratch, 'declared');
    cpSync(INVENTORY, inventory, { recursive: true });
    const recipients = readFileSync(path.join(inventory, 'recipients.yaml'), 'utf8');
    writeFileSync(
      path.join(inventory, 'recipients.yaml'),
      `${recipients}  - id: error-tracking\n    name: Functional Software, Inc.\n    aliases: [sentry.io]\n    role: processor\n    country: DE\n    contract: https://sentry.io/legal/dpa/\n  - id: product-analytics\n    name: PostHog Inc.\n    role: processor\n    country: DE\n    contract: https://posthog.com/dpa\n`,
    );
    const { code, diagnostics } = driftJson(
      inventory,
      '--sbom',
      sbom,
      '--rule',
      'drift-processor-unseen=off',
    );
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('applies waivers on the organization and the rule levels of the configuration', () => {
    const inventory = path.join(scratch, 'waived');
    cpSync(INVENTORY, inventory, { recursive: true });
    const organization = readFileSync(path.join(inventory, 'organization.yaml'), 'utf8');
    writeFileSync(
      path.join(inventory, 'organization.yaml'),
      `${organization}  waivers:\n    - rule: drift-undeclared-vendor\n      reason: SDKs of the staging build only\n      approved_by: DPO\n`,
    );
    writeFileSync(path.join(inventory, 'ropa.config.yaml'), 'rules:\n  drift-processor-unseen: warning\n');
    const { code, diagnostics } = driftJson(inventory, '--sbom', sbom);
    expect(diagnostics.map((d) => [d.rule, d.severity, Boolean(d.waived)])).toEqual([
      ['drift-undeclared-vendor', 'error', true],
      ['drift-undeclared-vendor', 'error', true],
      ['drift-processor-unseen', 'warning', false],
    ]);
    expect(code).toBe(0);
    expect(ropa(['drift', inventory, '--sbom', sbom, '--fail-on', 'warning']).code).toBe(1);
  });

  it('leaves lint alone: the drift rules need evidence', () => {
    expect(ropa(['lint', INVENTORY])).toEqual({ stdout: '', stderr: '', code: 0 });
    const junit = ropa(['lint', INVENTORY, '--format', 'junit']).stdout;
    expect(junit).toContain('name="lawful-basis-missing"');
    expect(junit).not.toContain('drift-');
  });
});

describe('ropa drift on Bearer reports', () => {
  const args = [
    INVENTORY,
    '--bearer',
    `${FIXTURES}/bearer-privacy.json`,
    '--bearer',
    `${FIXTURES}/bearer-dataflow.json`,
  ];

  it('gives SARIF with the inventory entity as the location and the code as related locations', () => {
    const results = driftSarif(...args);
    expect(
      results.map((r) =>
        `${r.ruleId} ${r.level} ${where(r.locations[0]!)} ${(r.relatedLocations ?? []).map(where).join(' ')}`.trim(),
      ),
    ).toEqual([
      `drift-undeclared-data warning ${INVENTORY}/organization.yaml:2:3 app/models/user.rb:7:3`,
      `drift-undeclared-data warning ${INVENTORY}/organization.yaml:2:3`,
      `drift-undeclared-store warning ${INVENTORY}/organization.yaml:2:3 config/initializers/redis.rb:2:1`,
      `drift-undeclared-vendor error ${INVENTORY}/organization.yaml:2:3`,
      `drift-undeclared-vendor error ${INVENTORY}/organization.yaml:2:3 Gemfile.lock:120:1 config/initializers/sentry.rb:1:1`,
      `drift-data-beyond-recipient warning ${INVENTORY}/recipients.yaml:5:5`,
      `drift-data-beyond-recipient warning ${INVENTORY}/recipients.yaml:5:5`,
      `drift-processor-unseen note ${INVENTORY}/recipients.yaml:11:5`,
      `drift-processor-unseen note ${INVENTORY}/recipients.yaml:24:5`,
    ]);
    const sentry = results[4]!;
    expect(sentry.message.text).toContain(
      'the code uses "Sentry" (Sentry in test/fixtures/drift/bearer-privacy.json; Gemfile.lock:120 in test/fixtures/drift/bearer-dataflow.json; config/initializers/sentry.rb:1 in test/fixtures/drift/bearer-dataflow.json)',
    );
    expect(sentry.relatedLocations![1]!.message.text).toBe(
      'the code uses "Sentry" here (test/fixtures/drift/bearer-dataflow.json)',
    );
    expect(results[5]!.message.text).toBe(
      'the code sends "Email Address" (user.contact.email) to recipient "payments" (Stripe in test/fixtures/drift/bearer-privacy.json), and no category discloses it to "payments": declare the disclosure, or stop sending it',
    );
  });

  it('writes every lint format', () => {
    const github = ropa(['drift', ...args, '--format', 'github']);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(
      `::error title=drift-undeclared-vendor (Art 30(1)(d)%2C Art 28(1)),file=${INVENTORY}/organization.yaml,line=2,col=3::the code uses "Sentry"`,
    );

    const junit = ropa(['drift', ...args, '--format', 'junit']);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(junit.stdout);
    const names = [parsed.testsuites.testsuite]
      .flat()
      .flatMap((suite: { testcase: unknown }) => [suite.testcase].flat())
      .map((c) => (c as { name: string }).name);
    expect([...new Set(names)].sort()).toEqual([
      'drift-data-beyond-recipient',
      'drift-processor-unseen',
      'drift-undeclared-data',
      'drift-undeclared-store',
      'drift-undeclared-vendor',
    ]);

    const markdown = ropa(['drift', ...args, '--format', 'markdown']);
    const tokens = new MarkdownIt().parse(markdown.stdout, {});
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(10);

    const stylish = ropa(['drift', ...args]);
    expect(stylish.stdout).toContain('✖ 9 problems (2 errors, 5 warnings, 2 notes)');
  });
});

describe('ropa drift on a Privado report', () => {
  it('places the calls that send data to a third party in the SARIF', () => {
    const results = driftSarif(INVENTORY, '--privado', `${FIXTURES}/privado.json`);
    expect(
      results.map((r) =>
        `${r.ruleId} ${where(r.locations[0]!)} ${(r.relatedLocations ?? []).map(where).join(' ')}`.trim(),
      ),
    ).toEqual([
      `drift-undeclared-data ${INVENTORY}/organization.yaml:2:3 src/routes/signup.js:14:18`,
      `drift-undeclared-store ${INVENTORY}/organization.yaml:2:3 src/routes/signup.js:18:9`,
      `drift-undeclared-vendor ${INVENTORY}/organization.yaml:2:3 src/routes/signup.js:22:3`,
      `drift-processor-unseen ${INVENTORY}/recipients.yaml:5:5`,
      `drift-data-beyond-recipient ${INVENTORY}/recipients.yaml:11:5 src/routes/signup.js:31:9`,
      `drift-processor-unseen ${INVENTORY}/recipients.yaml:24:5`,
    ]);
    expect(results[4]!.message.text).toBe(
      'the code sends "Phone Number" (user.contact.phone_number) to recipient "mailer" (src/routes/signup.js:31 in test/fixtures/drift/privado.json), and no category discloses it to "mailer": declare the disclosure, or stop sending it',
    );
  });

  it('lowers an undeclared store to a note when the inventory declares no systems', () => {
    const inventory = path.join(scratch, 'no-systems');
    cpSync(INVENTORY, inventory, { recursive: true });
    writeFileSync(path.join(inventory, 'systems.yaml'), 'systems: []\n');
    const categories = path.join(inventory, 'categories/customer-contact.yaml');
    writeFileSync(categories, readFileSync(categories, 'utf8').replace('  systems: [orders-db]\n', ''));
    const { diagnostics } = driftJson(inventory, '--privado', `${FIXTURES}/privado.json`);
    expect(
      diagnostics.filter((d) => d.rule === 'drift-undeclared-store').map((d) => [d.severity, d.message]),
    ).toEqual([
      [
        'note',
        'the code stores data in "MongoDB" (src/routes/signup.js:18 in test/fixtures/drift/privado.json); the inventory declares no systems: declare "MongoDB" in systems to record where the data is kept',
      ],
    ]);
  });
});

describe('ropa drift refuses bad evidence in one line, with exit 2', () => {
  it.each([
    [
      ['--sbom', `${FIXTURES}/bearer-privacy.json`],
      /^ropa: test\/fixtures\/drift\/bearer-privacy\.json: not a CycloneDX SBOM: bomFormat is not "CycloneDX"\n$/,
    ],
    [
      ['--privado', `${FIXTURES}/missing.json`],
      /^ropa: test\/fixtures\/drift\/missing\.json: Privado report not found\n$/,
    ],
    [['--bearer', FIXTURES], /^ropa: test\/fixtures\/drift: Bearer report is not a regular file\n$/],
    [[], /^ropa: drift needs evidence: give --sbom, --bearer or --privado\n$/],
  ])('%j', (evidence, message) => {
    const result = ropa(['drift', INVENTORY, ...evidence]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
  });

  it('a FIFO, without waiting for a writer', () => {
    const fifo = path.join(scratch, 'sbom.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = ropa(['drift', INVENTORY, '--sbom', fifo]);
    expect(result.stderr).toBe(`ropa: ${fifo}: SBOM is not a regular file\n`);
    expect(result.code).toBe(2);
  });

  it('a file over 64 MiB, without reading it', () => {
    const big = path.join(scratch, 'big.cdx.json');
    writeFileSync(big, '');
    truncateSync(big, 65 * 1024 * 1024); // sparse: nothing is written to the disk
    const result = ropa(['drift', INVENTORY, '--sbom', big]);
    expect(result.stderr).toBe(`ropa: ${big}: SBOM is 65 MiB; ropa reads up to 64 MiB\n`);
    expect(result.code).toBe(2);
  });

  it('a control character in a scanner file name is escaped in the terminal', () => {
    const report = path.join(scratch, 'escape.json');
    writeFileSync(
      report,
      JSON.stringify({
        components: [
          {
            name: 'Redis',
            type: 'data_store',
            sub_type: 'db',
            locations: [{ filename: 'a\u001b[31m.rb', line_number: 1 }],
          },
        ],
      }),
    );
    const result = ropa(['drift', INVENTORY, '--bearer', report]);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('a\\x1b[31m.rb:1');
  });
});

describe('docs/drift.md', () => {
  const text = readFileSync(new URL('../../docs/drift.md', import.meta.url), 'utf8');
  const workflows = [
    ...text.slice(text.indexOf('## Continuous integration')).matchAll(/```yaml\n([\s\S]*?)```/g),
  ].map((m) => parse(m[1]!) as Record<string, unknown>);
  const lines = (value: unknown): string[] =>
    typeof value === 'string'
      ? value.split('\n')
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(lines)
        : [];

  it('has a GitHub Actions workflow that uploads the SARIF and a GitLab job with a JUnit report', () => {
    expect(workflows).toHaveLength(2);
    const [github, gitlab] = workflows;
    expect(JSON.stringify(github)).toContain('github/codeql-action/upload-sarif@v3');
    expect(lines(github).some((l) => l.startsWith('npm sbom --sbom-format cyclonedx'))).toBe(true);
    expect(gitlab).toMatchObject({ 'ropa-drift': { artifacts: { reports: { junit: 'ropa-drift.xml' } } } });
  });

  it('calls ropa drift only with options it has', () => {
    const flags = optionFlags('drift');
    const calls = workflows.flatMap(lines).filter((l) => l.includes('npx ropa drift'));
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of calls) {
      for (const word of call.split(/\s+/).filter((w) => w.startsWith('-') && w !== '||'))
        expect(flags).toContain(word);
    }
  });
});
