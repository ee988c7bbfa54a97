import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { marked, type Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, edit } from '../fixtures/diff/base.js';
import { ropa } from '../helpers/cli.js';
import { git, tempRepository } from '../helpers/git.js';
import { tempInventory } from '../helpers/inventory.js';

// head: the mailer moves to India without a transfer tool, and contact details gain a phone number
const HEAD = edit(
  edit(
    BASE,
    'recipients.yaml',
    '    role: processor\n    country: FR',
    '    role: processor\n    country: IN',
  ),
  'categories/contact.yaml',
  'data: [name, e-mail address]',
  'data: [name, e-mail address, phone]',
);

describe('ropa diff between git revisions', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempRepository('inventory', [BASE, HEAD]);
  });

  it('reads both sides from git by revision', () => {
    const result = ropa(['diff', 'HEAD~1', 'HEAD'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'ropa diff HEAD~1 -> HEAD: 3 changes, 1 new finding (1 error), 0 resolved',
        '',
        'Risk',
        '  ! recipient "mailer" now processes data outside the EEA: India (IN)',
        '',
        'recipient "mailer"',
        '  ~ country: "FR" -> "IN"',
        '',
        'category "contact"',
        '  + data: "phone"',
        '  ~ "staff" now also receives "phone"',
        '',
        'Processors and sub-processors (Art 28(2))',
        '  ~ "Mailer" (processor): FR -> IN',
        '',
        'New findings',
        '  inventory/recipients.yaml:8:14 error transfer-no-mechanism: recipient "mailer" receives data outside the EEA with no transfer mechanism (transfer.mechanism): IN (India) has no adequacy decision (Art 44, 46)',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
  });

  it('compares a revision with the working tree, leaving the working tree and the index alone', () => {
    const file = path.join(repo, 'inventory/purposes.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('lawful_basis: consent', 'lawful_basis: legitimate-interests'));
    git(repo, 'add', 'inventory/purposes.yaml');
    writeFileSync(
      path.join(repo, 'inventory/subjects.yaml'),
      BASE['subjects.yaml']!.replace('Prospects', 'Leads'),
    );
    const status = git(repo, 'status', '--porcelain');
    const index = readFileSync(path.join(repo, '.git/index'));
    try {
      const result = ropa(['diff', 'HEAD'], { cwd: repo });
      expect(result.stdout).toBe(
        [
          'ropa diff HEAD -> inventory: 2 changes, 2 new findings (1 error, 1 warning), 0 resolved',
          '',
          'Risk',
          '  ! lawful basis of purpose "marketing" changed: "consent" -> "legitimate-interests"',
          '',
          'subject "prospect"',
          '  ~ name: "Prospects" -> "Leads"',
          '',
          'purpose "marketing"',
          '  ~ lawful_basis: "consent" -> "legitimate-interests"',
          '',
          'New findings',
          '  inventory/purposes.yaml:7:19 warning legitimate-interest-no-assessment: purpose "marketing" relies on legitimate interests without an assessment (lia) (EDPB Guidelines 1/2024)',
          '  inventory/purposes.yaml:7:19 error legitimate-interest-unstated: purpose "marketing" relies on legitimate interests without stating the interest (legitimate_interest) (Art 6(1)(f), 13(1)(d))',
          '',
        ].join('\n'),
      );
      expect(result.code).toBe(0);
      expect(git(repo, 'status', '--porcelain')).toBe(status);
      expect(readFileSync(path.join(repo, '.git/index'))).toEqual(index);
    } finally {
      git(repo, 'reset', '-q', '--hard');
    }
  });

  it('finds the inventory folder inside a revision with --dir, relative to the current folder', () => {
    const nested = tempRepository('privacy/records', [BASE, HEAD]);
    const result = ropa(['diff', 'HEAD~1', 'HEAD', '--dir', 'records', '--format', 'json'], {
      cwd: path.join(nested, 'privacy'),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.changes).toBe(3);
  });

  it('lints each revision with its own ropa.config.yaml; --rule overrides both', () => {
    const config = { 'ropa.config.yaml': 'rules:\n  unused-definition: off\n' };
    const unused = edit(
      BASE,
      'recipients.yaml',
      '  - id: bank',
      '  - id: printer\n    name: Printer\n    role: internal\n  - id: bank',
    );
    const configured = tempRepository('inventory', [
      { ...BASE, ...config },
      { ...unused, ...config },
    ]);
    expect(ropa(['diff', 'HEAD~1', 'HEAD', '--fail-on-new', 'note'], { cwd: configured }).code).toBe(0);
    const overridden = ropa(['diff', 'HEAD~1', 'HEAD', '--rule', 'unused-definition=warning'], {
      cwd: configured,
    });
    expect(overridden.stdout).toContain(
      'inventory/recipients.yaml:10:9 warning unused-definition: recipient "printer" is not referenced by any category',
    );
  });

  it('a missing revision: exit 2 and one clear line', () => {
    const result = ropa(['diff', 'no-such-branch', 'HEAD'], { cwd: repo });
    expect(result).toEqual({
      stdout: '',
      stderr: 'ropa: no-such-branch: no such folder or git revision\n',
      code: 2,
    });
  });

  it('a folder missing in the revision: exit 2 and one clear line', () => {
    const result = ropa(['diff', 'HEAD~1', 'HEAD', '--dir', 'privacy'], { cwd: repo });
    expect(result).toEqual({
      stdout: '',
      stderr: 'ropa: HEAD~1: has no folder privacy (--dir names the inventory folder)\n',
      code: 2,
    });
  });

  it('a shallow clone without the base commit: exit 2, naming the shallow clone', () => {
    const clone = path.join(tempInventory({}), 'clone');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    const result = ropa(['diff', 'HEAD~1', 'HEAD'], { cwd: clone });
    expect(result).toEqual({
      stdout: '',
      stderr:
        'ropa: HEAD~1: not in this shallow clone; fetch the history it needs (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)\n',
      code: 2,
    });
  });

  it('outside a git repository, a name that is not a folder: exit 2', () => {
    const outside = tempInventory({});
    const result = ropa(['diff', 'main', 'HEAD'], { cwd: outside });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`ropa: main: no such folder, and ${outside} is not in a git repository\n`);
  });
});

describe('ropa diff between folders', () => {
  // adds a transfer to India with no safeguard, and a recipient that nothing uses
  const withGap = edit(
    HEAD,
    'recipients.yaml',
    '  - id: bank',
    '  - id: printer\n    name: Printer <Co> | Ltd\n    role: internal\n  - id: bank',
  );
  // only the unused recipient: a new warning and no new error
  const warningOnly = edit(
    BASE,
    'recipients.yaml',
    '  - id: bank',
    '  - id: printer\n    name: Printer\n    role: internal\n  - id: bank',
  );

  it('--fail-on-new: exit 1 for a new finding at or above the level, 0 below it', () => {
    const base = tempInventory(BASE);
    const head = tempInventory(warningOnly);
    expect(ropa(['diff', base, head, '--fail-on-new', 'warning']).code).toBe(1);
    expect(ropa(['diff', base, head, '--fail-on-new', 'error']).code).toBe(0);
    expect(ropa(['diff', head, head, '--fail-on-new', 'note']).code).toBe(0);
  });

  it('--format json: the documented shape', () => {
    const base = tempInventory(BASE);
    const head = tempInventory(withGap);
    const result = ropa(['diff', 'base', 'head', '--format', 'json'], { cwd: path.dirname(base) });
    expect(result.code).toBe(2); // names relative to a folder that holds neither: not folders, not revisions
    const ok = ropa(['diff', path.basename(base), path.basename(head), '--format', 'json'], {
      cwd: path.dirname(base),
    });
    const h = path.basename(head);
    expect(JSON.parse(ok.stdout)).toEqual({
      version: 1,
      tool: { name: 'ropa', version: '0.1.0' },
      base: { label: path.basename(base) },
      head: { label: h },
      summary: {
        changes: 4,
        findingsAdded: 2,
        findingsRemoved: 0,
        newErrors: 1,
        newWarnings: 1,
        newNotes: 0,
        newWaived: 0,
        risks: 1,
      },
      risk: [{ type: 'outside-eea', recipient: 'mailer', countries: ['IN'] }],
      subprocessors: [
        {
          type: 'country-changed',
          id: 'mailer',
          name: 'Mailer',
          role: 'processor',
          countries_before: ['FR'],
          countries_after: ['IN'],
        },
      ],
      changes: [
        { type: 'changed', kind: 'recipient', id: 'mailer', field: 'country', before: 'FR', after: 'IN' },
        { type: 'added', kind: 'recipient', id: 'printer', name: 'Printer <Co> | Ltd' },
        { type: 'item-added', kind: 'category', id: 'contact', field: 'data', item: 'phone' },
        {
          type: 'flow-changed',
          kind: 'category',
          id: 'contact',
          recipient: 'staff',
          dataAdded: ['phone'],
          dataRemoved: [],
        },
      ],
      findings: {
        added: [
          {
            rule: 'transfer-no-mechanism',
            severity: 'error',
            file: `${h}/recipients.yaml`,
            line: 8,
            column: 14,
            message:
              'recipient "mailer" receives data outside the EEA with no transfer mechanism (transfer.mechanism): IN (India) has no adequacy decision (Art 44, 46)',
            path: ['recipients', 1, 'country'],
            entity: { kind: 'recipient', id: 'mailer' },
          },
          {
            rule: 'unused-definition',
            severity: 'warning',
            file: `${h}/recipients.yaml`,
            line: 10,
            column: 9,
            message: 'recipient "printer" is not referenced by any category',
            path: ['recipients', 2, 'id'],
            entity: { kind: 'recipient', id: 'printer' },
          },
        ],
        removed: [],
      },
    });
  });

  it('--format markdown: a summary, then changes and findings folded, as a Markdown parser reads it', () => {
    const base = tempInventory(BASE);
    const head = tempInventory(withGap);
    const cwd = path.dirname(base);
    const result = ropa(['diff', path.basename(base), path.basename(head), '--format', 'markdown'], { cwd });
    expect(result.code).toBe(0);
    const tokens = marked.lexer(result.stdout);
    const blocks = tokens.filter((t) => t.type !== 'space');
    expect(blocks.map((t) => t.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'html',
      'list',
      'html',
      'heading',
      'list',
      'html',
      'table',
      'html',
    ]);
    expect((blocks[1] as Tokens.Paragraph).text).toBe(
      '4 changes, 2 new findings (1 error, 1 warning), 0 resolved.',
    );
    // the risk first, open, before the folded changes
    expect((blocks[2] as Tokens.Heading).text).toBe('Risk (1)');
    expect((blocks[3] as Tokens.List).items.map((item) => item.text)).toEqual([
      'recipient `mailer` now processes data outside the EEA: India (IN)',
    ]);
    expect(blocks[4]!.raw).toContain('<summary>Changes (4)</summary>');
    expect((blocks[7] as Tokens.Heading).text).toBe('Processors and sub-processors (Art 28(2)) (1)');
    expect((blocks[8] as Tokens.List).items.map((item) => item.text)).toEqual([
      '`~` `Mailer` (processor): FR -> IN',
    ]);
    const list = blocks[5] as Tokens.List;
    expect(list.items.map((item) => item.text.split('\n')[0])).toEqual([
      '**recipient `mailer`**',
      '**recipient `printer`**',
      '**category `contact`**',
    ]);
    const table = blocks[10] as Tokens.Table;
    expect(table.header.map((cell) => cell.text)).toEqual(['severity', 'rule', 'where', 'message']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      [
        'error',
        '`transfer-no-mechanism`',
        `\`${path.basename(head)}/recipients.yaml:8:14\``,
        'recipient "mailer" receives data outside the EEA with no transfer mechanism (transfer.mechanism): IN (India) has no adequacy decision (Art 44, 46)',
      ],
      [
        'warning',
        '`unused-definition`',
        `\`${path.basename(head)}/recipients.yaml:10:9\``,
        'recipient "printer" is not referenced by any category',
      ],
    ]);
    // a name with markup stays text
    const html = marked.parse(result.stdout, { async: false });
    expect(html).toContain('<code>Printer &lt;Co&gt; | Ltd</code>');
    expect(html).not.toContain('<Co>');
  });

  it('refuses a side whose files do not fit the schema, which would make entities look removed', () => {
    const base = tempInventory(BASE);
    const head = tempInventory(
      edit(BASE, 'purposes.yaml', 'lawful_basis: contract', 'lawful_basis: contrat'),
    );
    const result = ropa(['diff', base, head]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/purposes\.yaml\n\s+4:19\s+error/);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      `ropa: ${head}: the inventory cannot be loaded (1 structural error); fix it, then diff again`,
    );
  });

  it('a new unknown reference is a new finding, not a refusal', () => {
    const base = tempInventory(BASE);
    const head = tempInventory(
      edit(BASE, 'categories/payment.yaml', 'subjects: [customer]', 'subjects: [custmer]'),
    );
    const result = ropa(['diff', base, head, '--fail-on-new', 'error']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'error unknown-reference: no subject has the id "custmer" (did you mean "customer"?)',
    );
  });
});

describe('ropa diff usage', () => {
  it('an unknown format is a usage error', () => {
    expect(ropa(['diff', 'a', 'b', '--format', 'html']).code).toBe(2);
  });

  it('text: a removed field reads "(none)", null in JSON; data items in inventory order', () => {
    const base = tempInventory(BASE);
    const head = tempInventory(
      edit(
        edit(BASE, 'purposes.yaml', '    lawful_basis: consent\n', ''),
        'categories/contact.yaml',
        'data: [name, e-mail address]',
        'data: [name, e-mail address, street, city]',
      ),
    );
    const text = ropa(['diff', base, head]);
    expect(text.stdout).toBe(
      [
        `ropa diff ${base} -> ${head}: 4 changes, 1 new finding (1 error), 0 resolved`,
        '',
        'Risk',
        '  ! lawful basis of purpose "marketing" changed: "consent" -> none',
        '',
        'purpose "marketing"',
        '  ~ lawful_basis: "consent" -> (none)',
        '',
        'category "contact"',
        '  + data: "street"',
        '  + data: "city"',
        '  ~ "staff" now also receives "street", "city"',
        '',
        'New findings',
        `  ${head}/purposes.yaml:5:5 error lawful-basis-missing: purpose "marketing" has no lawful basis (Art 6(1))`,
        '',
      ].join('\n'),
    );
    const json = JSON.parse(ropa(['diff', base, head, '--format', 'json']).stdout) as {
      changes: unknown[];
    };
    expect(json.changes[0]).toEqual({
      type: 'changed',
      kind: 'purpose',
      id: 'marketing',
      field: 'lawful_basis',
      before: 'consent',
      after: null,
    });
  });

  it('text and markdown of an empty diff', () => {
    const base = tempInventory(BASE);
    const text = ropa(['diff', base, base]);
    expect(text.stdout).toBe(`ropa diff ${base} -> ${base}: 0 changes, 0 new findings, 0 resolved\n`);
    const markdown = ropa(['diff', base, base, '--format', 'markdown']);
    expect(markdown.stdout).toBe(
      `### ropa diff \`${base}\` → \`${base}\`\n\n0 changes, 0 new findings, 0 resolved.\n`,
    );
  });
});
