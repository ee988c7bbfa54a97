// `ropa subprocessors`: the Art 28 list in each format, read back by its consumer, and --changes-since on
// a git history built here, each change dated by its commit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { HtmlValidate } from 'html-validate';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { git } from './helpers/git.js';
import { ropa } from './helpers/cli.js';
import { outputValidator } from './helpers/output-schema.js';
import { yaml } from './helpers/inventory.js';

const HOSTILE = 'test/fixtures/report';

function list(format: string, dir = HOSTILE, cwd?: string, ...args: string[]) {
  const result = ropa(['subprocessors', dir, '--format', format, ...args], cwd ? { cwd } : {});
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('the list, in each format', () => {
  it('csv: parses strictly, one row per processor, formulas neutralised, gaps in place', () => {
    const rows: string[][] = parseCsv(list('csv'), { bom: true });
    expect(rows).toEqual([
      ['Name', 'Legal entity', 'Role', 'Purpose', 'Data', 'Location', 'Transfer mechanism', 'Contract'],
      [
        'Mailer Inc',
        '',
        'processor',
        `'=HYPERLINK("http://evil.example")`,
        'Contact details',
        'United States of America (US)',
        'US: not stated [transfer-no-mechanism]',
        'not stated [processor-no-contract]',
      ],
      [
        'Carrier',
        '',
        'processor',
        'Order handling',
        'Contact details',
        'Germany (DE)',
        'none needed (EEA)',
        'DPA 2024-03',
      ],
    ]);
  });

  it('json: matches schema/subprocessors.schema.json, shaped like the published lists', () => {
    const value = JSON.parse(list('json'));
    const validate = outputValidator('subprocessors');
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
    expect(value.controller).toBe('Shop <script>alert(1)</script> & Co');
    expect(value.subprocessors[1]).toEqual({
      id: 'carrier',
      name: 'Carrier',
      role: 'processor',
      purposes: ['Order handling'],
      data: ['Contact details'],
      countries: [{ code: 'DE', name: 'Germany' }],
      transfers: [],
      contract: 'DPA 2024-03',
    });
    const example = JSON.parse(list('json', 'inventory'));
    validate(example);
    expect(validate.errors ?? []).toEqual([]);
    // the example's partners have no role: they are listed, with the gap, when they receive data
    expect(example.subprocessors.map((s: { id: string }) => s.id)).toEqual([
      'atlassian',
      'paypal',
      'bnp-paribas',
      'google',
    ]);
  });

  it('html: passes html-validate and shows markup as text', async () => {
    const html = list('html');
    const report = await new HtmlValidate().validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(html).toContain(
      '<h1>Sub-processors of Shop &#60;script&#62;alert(1)&#60;/script&#62; &#38; Co</h1>',
    );
    expect(html).not.toContain('<script');
  });

  it('markdown: renders with markdown-it into one table of 8 columns', () => {
    const md = new MarkdownIt();
    const tokens = md.parse(list('markdown'), {});
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'th_open')).toHaveLength(8);
    expect(md.render(list('markdown'))).not.toContain('<script>');
  });
});

// ---- a history: mailer (FR) from the start; cloud (US) added; mailer moved to India; cloud made a controller

const ORGANIZATION = yaml(
  'organization:',
  '  name: Shop',
  '  country: FR',
  '  rights_contact: privacy@shop.example',
);
const CONFIG = yaml('today: 2026-11-30');
const REST = yaml(
  'subjects:',
  '  - { id: customer, name: Customers }',
  'purposes:',
  '  - { id: orders, name: Orders, lawful_basis: contract }',
  'category:',
  '  id: contact',
  '  name: Contact details',
  '  data: [e-mail address]',
  '  subjects: [customer]',
  '  purposes: [orders]',
  '  recipients: [mailer, cloud]',
  '  retention: [{ duration: P3Y, from: end-of-contract }]',
);
const recipients = (...lines: string[]) => yaml('recipients:', ...lines.map((l) => `  ${l}`));
const MAILER_FR = '- { id: mailer, name: Mailer, role: processor, country: FR, contract: DPA-1 }';
const MAILER_IN = '- { id: mailer, name: Mailer, role: processor, country: IN, contract: DPA-1 }';
const CLOUD = '- { id: cloud, name: Cloud, legal_name: Cloud Inc., role: sub-processor, country: US }';
const CLOUD_CONTROLLER = '- { id: cloud, name: Cloud, role: controller, country: US }';

const STEPS: { date: string; recipients: string }[] = [
  { date: '2026-01-05T10:00:00Z', recipients: recipients(MAILER_FR, CLOUD_CONTROLLER) },
  { date: '2026-03-02T10:00:00Z', recipients: recipients(MAILER_FR, CLOUD) },
  { date: '2026-06-15T10:00:00Z', recipients: recipients(MAILER_IN, CLOUD) },
  { date: '2026-09-01T10:00:00Z', recipients: recipients(MAILER_IN, CLOUD_CONTROLLER) },
];

const repositories: string[] = [];
afterAll(() => {
  for (const repo of repositories) rmSync(repo, { recursive: true, force: true });
});

function history(): { repo: string; commits: string[] } {
  const repo = mkdtempSync(path.join(tmpdir(), 'ropa-subprocessors-'));
  repositories.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  const commits: string[] = [];
  const folder = path.join(repo, 'inventory');
  for (const step of STEPS) {
    rmSync(folder, { recursive: true, force: true });
    for (const [name, text] of Object.entries({
      'organization.yaml': ORGANIZATION,
      'ropa.config.yaml': CONFIG,
      'rest.yaml': REST,
      'recipients.yaml': step.recipients,
    })) {
      const file = path.join(folder, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    git(repo, 'add', '-A');
    process.env.GIT_COMMITTER_DATE = step.date;
    process.env.GIT_AUTHOR_DATE = step.date;
    try {
      git(repo, 'commit', '-q', '-m', `step ${commits.length + 1}`);
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
      delete process.env.GIT_AUTHOR_DATE;
    }
    commits.push(git(repo, 'rev-parse', 'HEAD').trim());
  }
  return { repo, commits };
}

describe('--changes-since', () => {
  it('dates each processor added, removed or moved by the commit that did it', () => {
    const { repo, commits } = history();
    const value = JSON.parse(list('json', 'inventory', repo, '--changes-since', commits[0]!));
    const validate = outputValidator('subprocessors');
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
    expect(value.as_of).toBe('2026-11-30');
    expect(value.subprocessors.map((s: { id: string }) => s.id)).toEqual(['mailer']);
    expect(value.changes).toEqual({
      since: commits[0],
      items: [
        { type: 'added', id: 'cloud', name: 'Cloud', commit: commits[1], date: '2026-03-02' },
        {
          type: 'moved',
          id: 'mailer',
          name: 'Mailer',
          countries_before: ['FR'],
          countries_after: ['IN'],
          commit: commits[2],
          date: '2026-06-15',
        },
        { type: 'removed', id: 'cloud', name: 'Cloud', commit: commits[3], date: '2026-09-01' },
      ],
    });
  });

  it('adds what the folder on disk changes since the last commit, as not committed', () => {
    const { repo, commits } = history();
    writeFileSync(path.join(repo, 'inventory', 'recipients.yaml'), recipients(MAILER_IN, CLOUD));
    const text = list('markdown', 'inventory', repo, '--changes-since', commits[2]!);
    expect(text).toBe(
      [
        '# Sub-processors of Shop',
        '',
        'List as of 2026-11-30.',
        '',
        '| Name | Legal entity | Role | Purpose | Data | Location | Transfer mechanism | Contract |',
        '|---|---|---|---|---|---|---|---|',
        '| Mailer |  | processor | Orders | Contact details | India (IN) | IN: not stated \\[transfer-no-mechanism\\] | DPA-1 |',
        '| Cloud | Cloud Inc. | sub-processor | Orders | Contact details | United States of America (US) | US: not stated \\[transfer-no-mechanism\\] | not stated \\[processor-no-contract\\] |',
        '',
        `## Changes since ${commits[2]}`,
        '',
        '| Date | Change | Sub-processor | Details | Commit |',
        '|---|---|---|---|---|',
        `| 2026-09-01 | removed | Cloud |  | ${commits[3]!.slice(0, 12)} |`,
        '| not committed | added | Cloud |  | not committed |',
        '',
      ].join('\n'),
    );
  });

  it('refuses a revision that does not exist, in one line', () => {
    const { repo } = history();
    expect(ropa(['subprocessors', 'inventory', '--changes-since', 'v9'], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: v9: no such git revision\n',
    });
  });
});
