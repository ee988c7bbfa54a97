import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { queryCsv } from '../src/render/query/csv.js';
import { queryMarkdown } from '../src/render/query/markdown.js';
import { gapsFrom } from '../src/views/gaps.js';
import type { QueryResult } from '../src/views/query/tabular.js';
import { version } from '../src/version.js';
import { ropa } from './helpers/cli.js';
import { tempInventory } from './helpers/inventory.js';
import { joined } from './helpers/pieces.js';

// A small inventory whose answers are known: every transfer status, narrowed disclosures, and names with
// quotes, pipes, brackets, markup and a spreadsheet formula.
const FIXTURE = 'test/fixtures/query';
const CONTEXT = { version: '0.0.0' };

function rows(args: string[]): string[][] {
  const result = ropa(['query', ...args, '--format', 'csv']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return parse(result.stdout, { bom: true, relax_column_count: false }) as string[][];
}

function json(args: string[]): unknown {
  const result = ropa(['query', ...args, '--format', 'json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('ropa query on the fixture', () => {
  it('recipient: what it receives, its transfers and what is missing', () => {
    expect(json(['recipient', 'support-desk', FIXTURE])).toEqual({
      version: 1,
      tool: { name: 'ropa', version },
      view: 'recipient',
      recipient: {
        id: 'support-desk',
        name: 'Support Desk',
        role: 'processor',
        contract: null,
        countries: ['IN'],
      },
      transfers: [
        {
          country: 'IN',
          country_name: 'India',
          status: 'safeguarded',
          mechanism: 'scc',
          article: '46(2)(c)',
          reference: null,
          tia: null,
          needs_tia: true,
        },
      ],
      receives: [
        {
          category: 'contact',
          category_name: 'Contact details',
          data: ['name', 'email', 'phone'],
          subjects: ['customer'],
          purposes: [{ id: 'sales', name: 'Sales', lawful_basis: 'contract' }],
        },
      ],
      provides: [],
      missing: [
        {
          rule: 'processor-no-contract',
          message: 'processor "support-desk" has no processing agreement (contract) (Art 28(3))',
        },
        {
          rule: 'transfer-no-tia',
          message:
            'recipient "support-desk" transfers under scc without a transfer impact assessment (transfer.tia) (EDPB Recommendations 01/2020)',
        },
      ],
    });
    expect(rows(['recipient', 'mailer', FIXTURE])).toEqual([
      ['Category', 'Data', 'Subjects', 'Purpose', 'Lawful basis'],
      ['contact', 'email', 'customer', 'newsletter', 'Consent (Art 6(1)(a))'],
    ]);
    expect(rows(['recipient', 'analytics', FIXTURE])).toEqual([
      ['Category', 'Data', 'Subjects', 'Purpose', 'Lawful basis'],
      [
        'fraud-signals',
        'IP address, =HYPERLINK("http://x")',
        'customer',
        'stats',
        'not stated [lawful-basis-missing]',
      ],
    ]);
  });

  it('recipient: the table format, whole', () => {
    const result = ropa(['query', 'recipient', 'analytics', FIXTURE]);
    expect(result.stdout).toBe(
      [
        'Recipient Analytics Co (analytics)',
        'Role: processor',
        'Contract: not stated [processor-no-contract]',
        'Countries: US: missing',
        'Missing: processor "analytics" has no processing agreement (contract) (Art 28(3)) [processor-no-contract]; recipient "analytics" receives data outside the EEA with no transfer mechanism (transfer.mechanism): US (United States of America) is adequate only for organisations certified under the EU-US Data Privacy Framework (state dpf, or another tool) (Art 44, 46) [transfer-no-mechanism]; purpose "stats" has no lawful basis (Art 6(1)) [lawful-basis-missing]',
        '┌───────────────┬────────────────────────────────────┬──────────┬─────────┬───────────────────────────────────┐',
        '│ Category      │ Data                               │ Subjects │ Purpose │ Lawful basis                      │',
        '├───────────────┼────────────────────────────────────┼──────────┼─────────┼───────────────────────────────────┤',
        '│ fraud-signals │ IP address, =HYPERLINK("http://x") │ customer │ stats   │ not stated [lawful-basis-missing] │',
        '└───────────────┴────────────────────────────────────┴──────────┴─────────┴───────────────────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('category: everything connected to it', () => {
    expect(rows(['category', 'contact', FIXTURE])).toEqual([
      ['Relation', 'Id', 'Name', 'Details'],
      ['data', '', 'name', ''],
      ['data', '', 'email', ''],
      ['data', '', 'phone', ''],
      ['subject', 'customer', 'Customers', ''],
      ['source', '', 'direct', ''],
      ['purpose', 'newsletter', 'Newsletter', 'lawful basis: Consent (Art 6(1)(a))'],
      ['purpose', 'sales', 'Sales', 'lawful basis: Contract (Art 6(1)(b))'],
      [
        'recipient',
        'mailer',
        'Mailer Inc.',
        'role: processor; purposes: Newsletter; data: email; countries: US: adequate (45)',
      ],
      [
        'recipient',
        'support-desk',
        'Support Desk',
        'role: processor; purposes: Sales; data: name, email, phone; countries: IN: safeguarded (scc, 46(2)(c))',
      ],
      [
        'recipient',
        'team',
        'Shop team',
        "role: internal; purposes: Newsletter, Sales; data: name, email, phone; countries: not required (the controller's own staff)",
      ],
      ['system', 'crm', 'CRM', ''],
      ['retention', '', '', '3 years from last contact, then delete'],
    ]);
  });

  it('purpose: categories, subjects, recipients, systems and retention', () => {
    expect(rows(['purpose', 'fraud', FIXTURE])).toEqual([
      ['Relation', 'Id', 'Name', 'Details'],
      ['category', 'fraud-signals', 'Fraud signals', 'data: IP address, =HYPERLINK("http://x")'],
      ['subject', 'customer', 'Customers', ''],
      [
        'recipient',
        'agency',
        'Agency',
        'role: controller; categories: Fraud signals; countries: IN: invalid (adequacy, 45)',
      ],
      ['retention', 'fraud-signals', '', 'fraud: 1 year, starting event not stated [retention-no-trigger]'],
    ]);
    const data = json(['purpose', 'payroll', FIXTURE]) as { retention: unknown[]; purpose: unknown };
    expect(data.purpose).toEqual({
      id: 'payroll',
      name: 'Payroll',
      lawful_basis: 'legal-obligation',
      legitimate_interest: null,
      legal_reference: null,
      special_condition: null,
      owner: null,
    });
    expect(data.retention).toEqual([
      {
        category: 'payroll',
        subjects: [],
        purposes: [],
        duration: 'P5Y',
        minimum: null,
        criteria: null,
        from: null,
        then: null,
        legal_reference: 'Code du travail, art. L3243-4',
      },
    ]);
  });

  it('subject: the map for access and erasure requests, with the rights each basis gives', () => {
    expect(rows(['subject', 'customer', FIXTURE])).toEqual([
      [
        'Category',
        'Data',
        'Sources',
        'Purpose',
        'Lawful basis',
        'Rights',
        'Recipients',
        'Systems',
        'Retention',
      ],
      [
        'contact',
        'name, email, phone',
        'direct',
        'newsletter',
        'Consent (Art 6(1)(a))',
        [
          'Right of access (Art 15)',
          'Right to rectification (Art 16)',
          'Right to erasure (Art 17)',
          'Right to restriction of processing (Art 18)',
          'Right to data portability (processing by automated means only) (Art 20)',
          'Right to withdraw consent at any time (Art 7(3))',
        ].join(', '),
        'mailer, team',
        'crm',
        '3 years from last contact, then delete',
      ],
      [
        'contact',
        'name, email, phone',
        'direct',
        'sales',
        'Contract (Art 6(1)(b))',
        [
          'Right of access (Art 15)',
          'Right to rectification (Art 16)',
          'Right to erasure (Art 17)',
          'Right to restriction of processing (Art 18)',
          'Right to data portability (processing by automated means only) (Art 20)',
        ].join(', '),
        'support-desk, team',
        'crm',
        '3 years from last contact, then delete',
      ],
      [
        'fraud-signals',
        'IP address, =HYPERLINK("http://x")',
        'observed',
        'fraud',
        'Legitimate interests (Art 6(1)(f))',
        [
          'Right of access (Art 15)',
          'Right to rectification (Art 16)',
          'Right to erasure (Art 17)',
          'Right to restriction of processing (Art 18)',
          'Right to object (Art 21(2): objection to direct marketing applies whatever the basis) (Art 21(1))',
        ].join(', '),
        'agency',
        '',
        'fraud: 1 year, starting event not stated [retention-no-trigger]',
      ],
      [
        'fraud-signals',
        'IP address, =HYPERLINK("http://x")',
        'observed',
        'stats',
        'not stated [lawful-basis-missing]',
        '',
        'agency, analytics',
        '',
        '',
      ],
    ]);
    const data = json(['subject', 'employee', FIXTURE]) as {
      rights: unknown;
      purposes_without_basis: unknown;
    };
    expect(data.rights).toEqual([
      { right: 'access', article: '15', label: 'Right of access', purposes: ['payroll'] },
      { right: 'rectification', article: '16', label: 'Right to rectification', purposes: ['payroll'] },
      {
        right: 'restriction',
        article: '18',
        label: 'Right to restriction of processing',
        purposes: ['payroll'],
      },
    ]);
    expect(data.purposes_without_basis).toEqual([]);
  });

  it('country: what goes there, through whom, under which tool', () => {
    expect(rows(['country', 'in', FIXTURE])).toEqual([
      ['Category', 'Data', 'Purposes', 'Recipient', 'Role', 'Mechanism', 'Status'],
      ['contact', 'name, email, phone', 'sales', 'support-desk', 'processor', 'scc', 'safeguarded'],
      [
        'fraud-signals',
        'IP address, =HYPERLINK("http://x")',
        'fraud, stats',
        'agency',
        'controller',
        'adequacy',
        'invalid',
      ],
    ]);
    const de = json(['country', 'DE', FIXTURE]) as { country: unknown; flows: unknown[]; systems: unknown };
    expect(de.country).toEqual({ code: 'DE', name: 'Germany', eea: true });
    expect(de.flows).toEqual([]);
    expect(de.systems).toEqual([{ id: 'crm', name: 'CRM' }]);
  });

  it('transfers: every flow leaving the EEA with its status', () => {
    expect(rows(['transfers', FIXTURE])).toEqual([
      ['Category', 'Recipient', 'Country', 'Mechanism', 'Article', 'Status'],
      ['contact', 'mailer', 'US', '', '45', 'adequate'],
      ['contact', 'support-desk', 'IN', 'scc', '46(2)(c)', 'safeguarded'],
      ['fraud-signals', 'agency', 'IN', 'adequacy', '45', 'invalid'],
      ['fraud-signals', 'analytics', 'US', '', '', 'missing'],
      ['payroll', 'bank', 'CH', '', '45', 'adequate'],
    ]);
    expect((json(['transfers', FIXTURE]) as { unassessed: unknown }).unassessed).toEqual(['tax-office']);
    expect(ropa(['query', 'transfers', FIXTURE]).stdout).toBe(
      [
        'Transfers outside the EEA',
        'Flows: 5 (2 adequate, 1 safeguarded, 0 derogation, 1 missing, 1 invalid)',
        'Recipients with no country: tax-office',
        '┌───────────────┬──────────────┬─────────┬───────────┬──────────┬─────────────┐',
        '│ Category      │ Recipient    │ Country │ Mechanism │ Article  │ Status      │',
        '├───────────────┼──────────────┼─────────┼───────────┼──────────┼─────────────┤',
        '│ contact       │ mailer       │ US      │           │ 45       │ adequate    │',
        '├───────────────┼──────────────┼─────────┼───────────┼──────────┼─────────────┤',
        '│ contact       │ support-desk │ IN      │ scc       │ 46(2)(c) │ safeguarded │',
        '├───────────────┼──────────────┼─────────┼───────────┼──────────┼─────────────┤',
        '│ fraud-signals │ agency       │ IN      │ adequacy  │ 45       │ invalid     │',
        '├───────────────┼──────────────┼─────────┼───────────┼──────────┼─────────────┤',
        '│ fraud-signals │ analytics    │ US      │           │          │ missing     │',
        '├───────────────┼──────────────┼─────────┼───────────┼──────────┼─────────────┤',
        '│ payroll       │ bank         │ CH      │           │ 45       │ adequate    │',
        '└───────────────┴──────────────┴─────────┴───────────┴──────────┴─────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('matrix: categories x recipients', () => {
    expect(rows(['matrix', FIXTURE])).toEqual([
      ['Category', 'agency', 'analytics', 'bank', 'host', 'mailer', 'support-desk', 'tax-office', 'team'],
      ['contact', '', '', '', '', 'for newsletter: email', 'for sales', '', 'all'],
      ['fraud-signals', 'all', 'for stats', '', '', '', '', '', ''],
      ['payroll', '', '', 'all', '', '', '', 'all', 'all'],
    ]);
  });

  it('matrix of more than 32 recipients: each format shows the same cells, two disclosures to one recipient in one', () => {
    // the fixture with 30 more recipients, and its contact details disclosed to the team twice and to one more
    const files: Record<string, string> = {};
    for (const name of readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' }))
      if (name.endsWith('.yaml')) files[name] = readFileSync(path.join(FIXTURE, name), 'utf8');
    files['recipients.yaml'] += Array.from(
      { length: 30 },
      (_, i) => `  - id: partner-${String(i + 1).padStart(2, '0')}\n    name: Partner\n    role: internal\n`,
    ).join('');
    files['categories/contact.yaml'] = files['categories/contact.yaml']!.replace(
      '    - team\n',
      '    - team\n    - to: team\n      data: [phone]\n    - partner-30\n',
    );
    const dir = tempInventory(files);
    const table = ropa(['query', 'matrix', dir]);
    expect(table.stdout).toBe(
      [
        'Categories x recipients',
        'contact',
        '  mailer: for newsletter: email',
        '  partner-30: all',
        '  support-desk: for sales',
        '  team: all; phone',
        '',
        'fraud-signals',
        '  agency: all',
        '  analytics: for stats',
        '',
        'payroll',
        '  bank: all',
        '  tax-office: all',
        '  team: all',
        '',
      ].join('\n'),
    );
    const markdown = ropa(['query', 'matrix', dir, '--format', 'markdown']).stdout;
    expect(markdown).toContain(
      '**contact**\n\n- mailer: for newsletter: email\n- partner-30: all\n- support-desk: for sales\n- team: all; phone\n',
    );
    const csv = rows(['matrix', dir]);
    expect(csv).toHaveLength(4);
    expect(csv.map((row) => row.length)).toEqual([39, 39, 39, 39]);
    const cells = (row: string[]) =>
      row.flatMap((cell, i) => (i === 0 || cell === '' ? [] : [`${csv[0]![i]}: ${cell}`]));
    expect(cells(csv[1]!)).toEqual([
      'mailer: for newsletter: email',
      'partner-30: all',
      'support-desk: for sales',
      'team: all; phone',
    ]);
    expect(cells(csv[3]!)).toEqual(['bank: all', 'tax-office: all', 'team: all']);
  });
});

describe('output formats read by their consumers', () => {
  it('csv: RFC 4180 with formulas neutralised, as a CSV parser reads it', () => {
    const result = ropa(['query', 'category', 'fraud-signals', FIXTURE, '--format', 'csv']);
    expect(result.stdout).toContain('\r\n');
    // The byte-order mark tells a spreadsheet the file is UTF-8, so that accents read right
    expect(result.stdout.startsWith('\uFEFFRelation,')).toBe(true);
    const parsed = parse(result.stdout, { bom: true }) as string[][];
    expect(parsed).toContainEqual(['data', '', `'=HYPERLINK("http://x")`, '']);
  });

  it('markdown: one GFM table whose cells read back as the values, pipes and markup escaped', () => {
    const result = ropa(['query', 'recipient', 'bank', FIXTURE, '--format', 'markdown']);
    const tokens = marked.lexer(result.stdout);
    const heading = tokens.find((t) => t.type === 'heading') as Tokens.Heading;
    expect(heading.text).toBe('Recipient Bank \\[CH\\] (bank)');
    const table = tokens.find((t) => t.type === 'table') as Tokens.Table;
    expect(table.header.map((cell) => cell.text)).toEqual([
      'Category',
      'Data',
      'Subjects',
      'Purpose',
      'Lawful basis',
    ]);
    const html = marked.parse(result.stdout) as string;
    expect(html).toContain('<td>payroll</td>');
    expect(html).toContain('<h2>Recipient Bank [CH] (bank)</h2>');
    const purpose = ropa(['query', 'purpose', 'fraud', FIXTURE, '--format', 'markdown']).stdout;
    const purposeHtml = marked.parse(purpose) as string;
    expect(purposeHtml).not.toContain('<script>');
    expect(purposeHtml).toContain('Fraud &quot;prevention&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    const category = marked.parse(
      ropa(['query', 'category', 'payroll', FIXTURE, '--format', 'markdown']).stdout,
    ) as string;
    expect(category).toContain('<h2>Category Payroll | HR records (payroll)</h2>');
    const table2 = marked.lexer(
      ropa(['query', 'subject', 'employee', FIXTURE, '--format', 'markdown']).stdout,
    );
    const rowsOf = table2.find((t) => t.type === 'table') as Tokens.Table;
    expect(rowsOf.rows.map((row) => row.length)).toEqual([9]);
  });

  it('markdown: a grid of more than 32 columns is a list per row, its empty cells left out', () => {
    const recipients = Array.from({ length: 33 }, (_, i) => `partner-${i + 1}`);
    const result = {
      data: { view: 'matrix' as const },
      table: {
        title: 'Categories x recipients',
        facts: [],
        columns: ['Category', ...recipients],
        rows: [
          ['contact', 'all', ...Array<string>(31).fill(''), 'for newsletter: *email*'],
          ['payroll', ...Array<string>(33).fill('')],
        ],
      },
    };
    const text = joined(queryMarkdown(result as unknown as QueryResult));
    expect(text).toBe(
      [
        '## Categories x recipients',
        '',
        '**contact**',
        '',
        '- partner-1: all',
        '- partner-33: for newsletter: \\*email\\*',
        '',
        '**payroll**',
        '',
      ].join('\n'),
    );
    const html = marked.parse(text) as string;
    expect(html).toContain('<li>partner-33: for newsletter: *email*</li>');
    expect(html).not.toContain('<table>');
    // one column fewer is still a table
    const grid = {
      ...result,
      table: { ...result.table, columns: recipients.slice(0, 32), rows: [recipients.slice(0, 32)] },
    };
    expect(
      marked.lexer(joined(queryMarkdown(grid as unknown as QueryResult))).some((t) => t.type === 'table'),
    ).toBe(true);
  });
});

describe('ropa query on the example inventory', () => {
  it('answers every view in every format', async () => {
    // In-process: the CLI wiring is covered above; this covers every view x format on real data
    const { loadInventory } = await import('../src/inventory/load.js');
    const { QUERY_VIEWS } = await import('../src/views/query/index.js');
    const { QUERY_FORMATS } = await import('../src/render/query/index.js');
    const { inventory } = await loadInventory('inventory');
    const ids: Record<string, string> = {
      recipient: 'atlassian',
      category: 'identification',
      purpose: 'customer-support',
      subject: 'customer',
      country: 'US',
    };
    for (const [view, info] of Object.entries(QUERY_VIEWS)) {
      const result = info.takesId
        ? info.run(inventory, ids[view]!, '2026-01-01', gapsFrom([]))
        : info.run(inventory, '2026-01-01', gapsFrom([]));
      expect(result.data.view).toBe(view);
      const rows = [...result.table.rows];
      expect(rows.length).toBeGreaterThan(0);
      for (const render of Object.values(QUERY_FORMATS))
        expect([...render(result, CONTEXT)].join('').length).toBeGreaterThan(0);
      const parsed = parse(joined(queryCsv(result)), { bom: true }) as string[][];
      expect(parsed.length).toBe(rows.length + 1);
      const table = marked
        .lexer(joined(queryMarkdown(result)))
        .find((t) => t.type === 'table') as Tokens.Table;
      expect(table.rows.length).toBe(rows.length);
    }
  });

  it('names the transfers the policy leaves without a tool', () => {
    expect(rows(['transfers', 'inventory'])).toEqual([
      ['Category', 'Recipient', 'Country', 'Mechanism', 'Article', 'Status'],
      ['analytics-cookies', 'google', 'US', '', '', 'missing'],
      ['configuration', 'atlassian', 'AU', '', '', 'missing'],
      ['configuration', 'atlassian', 'US', '', '', 'missing'],
    ]);
    expect((json(['transfers', 'inventory']) as { unassessed: unknown }).unassessed).toEqual([
      'employer',
      'internet-provider',
      'law-enforcement',
      'new-owners',
    ]);
  });

  it('recipient atlassian: configuration data for support, a source of identification data', () => {
    const data = json(['recipient', 'atlassian', 'inventory']) as Record<string, unknown>;
    expect(data.receives).toEqual([
      {
        category: 'configuration',
        category_name: 'Configuration data',
        data: [
          'natures and versions of software',
          'machine components',
          'configurations and versions of the software components our products are used with',
        ],
        subjects: ['customer'],
        purposes: [{ id: 'customer-support', name: 'Customer support', lawful_basis: null }],
      },
    ]);
    expect(data.provides).toEqual([
      { category: 'identification', category_name: 'Identification and contact information' },
    ]);
    expect((data.transfers as { status: string }[]).map((t) => t.status)).toEqual(['missing', 'missing']);
  });

  it('subject customer: categories and the rights that the stated bases give', () => {
    const data = json(['subject', 'customer', 'inventory']) as {
      categories: { id: string }[];
      rights: { right: string; purposes: string[] }[];
    };
    expect(data.categories.map((c) => c.id)).toEqual([
      'accounting',
      'configuration',
      'identification',
      'payment',
    ]);
    expect(data.rights.map((r) => [r.right, r.purposes])).toEqual([
      ['access', ['accounting-records', 'opinion-surveys']],
      ['rectification', ['accounting-records', 'opinion-surveys']],
      ['erasure', ['opinion-surveys']],
      ['restriction', ['accounting-records', 'opinion-surveys']],
      ['portability', ['opinion-surveys']],
      ['withdraw-consent', ['opinion-surveys']],
    ]);
  });

  it('matrix: one row per category, one column per recipient', () => {
    const matrix = rows(['matrix', 'inventory']);
    expect(matrix[0]).toEqual([
      'Category',
      'atlassian',
      'bnp-paribas',
      'employer',
      'google',
      'internet-provider',
      'law-enforcement',
      'new-owners',
      'paypal',
      'public',
      'staff',
    ]);
    expect(matrix.find((row) => row[0] === 'payment')).toEqual([
      'payment',
      '',
      'bank account number, bank agency code, amount paid',
      '',
      '',
      '',
      '',
      'for business-transfer',
      'online payment information',
      '',
      'all',
    ]);
    expect(matrix.find((row) => row[0] === 'pages-visited')).toEqual([
      'pages-visited',
      ...Array(10).fill(''),
    ]);
  });

  it('category and purpose list what is connected', () => {
    const category = rows(['category', 'identification', 'inventory']);
    expect(category.filter((row) => row[0] === 'recipient').map((row) => row[1])).toEqual([
      'new-owners',
      'public',
      'staff',
    ]);
    const purpose = rows(['purpose', 'customer-support', 'inventory']);
    expect(purpose.filter((row) => row[0] === 'recipient').map((row) => row[1])).toEqual([
      'atlassian',
      'staff',
    ]);
    const country = rows(['country', 'US', 'inventory']);
    expect(country.slice(1).map((row) => [row[0], row[3], row[6]])).toEqual([
      ['analytics-cookies', 'google', 'missing'],
      ['configuration', 'atlassian', 'missing'],
    ]);
  });
});

describe('ropa query usage errors', () => {
  it('an unknown view lists the views (exit 2)', () => {
    const result = ropa(['query', 'recipients', FIXTURE]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ropa: unknown view "recipients" (did you mean "recipient"?): the views are recipient, category, purpose, subject, country, transfers, matrix\n',
    });
    expect(ropa(['query', 'trans', FIXTURE]).stderr).toBe(
      'ropa: unknown view "trans" (did you mean "transfers"?): the views are recipient, category, purpose, subject, country, transfers, matrix\n',
    );
    expect(ropa(['query', 'who', FIXTURE]).stderr).toBe(
      'ropa: unknown view "who": the views are recipient, category, purpose, subject, country, transfers, matrix\n',
    );
  });

  it('an unknown id says which one was meant (exit 2)', () => {
    expect(ropa(['query', 'recipient', 'atlasian', 'inventory'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: unknown recipient "atlasian" (did you mean "atlassian"?)\n',
    });
    expect(ropa(['query', 'subject', 'customers', FIXTURE]).stderr).toBe(
      'ropa: unknown subject "customers" (did you mean "customer"?)\n',
    );
    expect(ropa(['query', 'country', 'USA', 'inventory'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: unknown country "USA": expected an ISO 3166-1 alpha-2 code (did you mean "US"?)\n',
    });
  });

  it('an unknown country code suggests only a code the inventory uses, one slip away, or a named country', () => {
    // Any two letters are within two edits of hundreds of codes: no guess is better than a wrong one
    expect(ropa(['query', 'country', 'ZZ', FIXTURE]).stderr).toBe(
      'ropa: unknown country "ZZ": expected an ISO 3166-1 alpha-2 code\n',
    );
    expect(ropa(['query', 'country', 'UX', 'inventory']).stderr).toBe(
      'ropa: unknown country "UX": expected an ISO 3166-1 alpha-2 code (did you mean "US"?)\n',
    );
    expect(ropa(['query', 'country', 'germany', FIXTURE]).stderr).toBe(
      'ropa: unknown country "germany": expected an ISO 3166-1 alpha-2 code (did you mean "DE"?)\n',
    );
  });

  it('a view that needs an id says so; one that takes none refuses one', () => {
    expect(ropa(['query', 'purpose'])).toMatchObject({
      code: 2,
      stderr: 'ropa: query purpose needs a purpose id\n',
    });
    expect(ropa(['query', 'matrix', 'x', FIXTURE])).toMatchObject({
      code: 2,
      stderr: 'ropa: query matrix takes no id: usage `ropa query matrix [dir]`\n',
    });
  });
});
