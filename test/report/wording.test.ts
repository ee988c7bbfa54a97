// What the record's formats say, value by value: narrowed disclosures, retention, rights, punctuation.
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/inventory/diagnostic.js';
import { loadInventory } from '../../src/inventory/load.js';
import { activityRows, categoryRows } from '../../src/render/report/describe.js';
import { displayPath } from '../../src/render/context.js';
import { recordHtml } from '../../src/render/report/html.js';
import { recordJson } from '../../src/render/report/json.js';
import { recordMarkdown } from '../../src/render/report/markdown.js';
import { activitiesSheet, findingsSheet } from '../../src/render/report/sheets.js';
import { flowGraph } from '../../src/views/graph.js';
import { buildRecord, type Activity, type CategoryEntry } from '../../src/views/record.js';
import { AS_OF, recordOf } from '../helpers/record.js';
import { ropa } from '../helpers/cli.js';
import { tempInventory, yaml } from '../helpers/inventory.js';

const FIXTURE = new URL('../fixtures/report/', import.meta.url).pathname;
const CONTEXT = { root: FIXTURE, cwd: FIXTURE, version: '0.0.0' };

async function fixtureRecord() {
  return recordOf(FIXTURE);
}

const row = (rows: [string, string][], label: string) => rows.find(([l]) => l === label)?.[1];
const categoryOf = (activity: Activity, id: string) =>
  (activity.categories as readonly CategoryEntry[]).find((c) => c.id === id)!;

describe('a disclosure narrowed to some data items', () => {
  it('names the items next to the recipient, in the activity and the category', async () => {
    const { record } = await fixtureRecord();
    const [orders, newsletter] = record.activities;
    expect(row(categoryRows(categoryOf(orders!, 'contact')), 'Recipients')).toBe(
      'Staff, Carrier (name, postal address)',
    );
    expect(row(activityRows(orders!), 'Recipients')).toBe(
      'Internal: Staff; Processors: Carrier (only name, postal address; DE; contract: DPA 2024-03)',
    );
    // narrowed to the orders purpose: the newsletter's contact details do not go to the carrier
    expect(row(categoryRows(categoryOf(newsletter!, 'contact')), 'Recipients')).toBe('Staff, Mailer Inc');
    expect(row(activityRows(newsletter!), 'Recipients')).not.toContain('Carrier');
  });

  it('names them in csv, markdown and html too', async () => {
    const { inventory, record } = await fixtureRecord();
    const sheet = activitiesSheet(record);
    const column = sheet.columns.findIndex((c) => c.header === 'Categories of recipients');
    expect([...sheet.rows].map((r) => r[column])).toEqual([
      'Staff (internal), Carrier (processor: name, postal address)',
      'Staff (internal)',
      'Staff (internal), Mailer Inc (processor)',
      'not stated [recipients-missing]',
    ]);
    expect(marked.parse(recordMarkdown(record), { async: false })).toContain(
      '<td>Recipients</td>\n<td>Staff, Carrier (name, postal address)</td>',
    );
    expect(recordHtml(record, flowGraph(inventory), CONTEXT)).toContain(
      '<th scope="row">Recipients</th><td>Staff, Carrier (name, postal address)</td>',
    );
  });
});

/** A one-category inventory whose retention rule has a minimum only and ends with a sentence. */
function retentionInventory(): string {
  return tempInventory({
    'organization.yaml': yaml('organization:', '  name: Shop', '  country: FR'),
    'subjects.yaml': yaml(
      'subjects:',
      '  - id: customer',
      '    name: Customers',
      '  - id: prospect',
      '    name: Prospects',
    ),
    'purposes.yaml': yaml(
      'purposes:',
      '  - id: orders',
      '    name: Orders',
      '    lawful_basis: contract',
      '    owner: Sales',
    ),
    'recipients.yaml': yaml('recipients:', '  - id: staff', '    name: Staff', '    role: internal'),
    'categories/mail.yaml': yaml(
      'category:',
      '  id: mail',
      '  name: Mail',
      '  data: [message]',
      '  subjects: [customer, prospect]',
      '  purposes: [orders]',
      '  recipients: [staff]',
      '  sources:',
      '    - type: direct',
      '      description: Sent by customers.',
      '    - type: observed',
      '      description: Logged by the server.',
      '  retention:',
      '    - minimum: P10Y',
      '      criteria: Deleted once read, because of their size.',
      '      then: delete',
      '    - subjects: [customer]',
      '      duration: PT1H',
      '      from: end-of-contract',
    ),
  });
}

describe('a retention rule', () => {
  it('reads the same in report, retention and query', () => {
    const dir = retentionInventory();
    const minimum = 'at least 10 years, criteria: Deleted once read, because of their size, then delete';
    const hour = '1 hour from end of contract';
    const report = ropa(['report', dir, '--format', 'csv']);
    const rows: string[][] = parseCsv(report.stdout, { bom: true });
    expect(rows[1]![rows[0]!.indexOf('Retention schedule')]).toBe(
      `Prospects: ${minimum}; Customers: ${hour}`,
    );
    const retention: string[][] = parseCsv(ropa(['retention', dir, '--format', 'csv']).stdout, { bom: true });
    expect(retention.slice(1).map((r) => r.slice(3, 8))).toEqual([
      ['by criteria', '', 'at least 10 years', 'Deleted once read, because of their size.', 'delete'],
      ['1 hour', 'end of contract', '', '', ''],
    ]);
    const table: string[][] = parseCsv(ropa(['query', 'category', 'mail', dir, '--format', 'csv']).stdout);
    expect(table.filter((r) => r[0] === 'retention').map((r) => r[3])).toEqual([
      minimum,
      `customer: ${hour}`,
    ]);
  });
});

describe('joined sentences', () => {
  it('lose the full stop before a separator, and only there', () => {
    const dir = retentionInventory();
    const rows: string[][] = parseCsv(ropa(['report', dir, '--format', 'csv']).stdout, { bom: true });
    expect(rows[1]![rows[0]!.indexOf('Source of the personal data')]).toBe(
      'direct: Sent by customers; observed: Logged by the server.',
    );
  });
});

describe('a csv row', () => {
  it("stands alone: the organisation's measures written out, the rights the same as in the table", async () => {
    const { record } = await fixtureRecord();
    const sheet = activitiesSheet(record);
    const cells = (header: string) =>
      [...sheet.rows].map((r) => r[sheet.columns.findIndex((c) => c.header === header)]);
    expect(cells('Security measures')).toEqual([
      'Encrypted disks',
      'Encrypted disks',
      'Encrypted disks',
      'Encrypted disks',
    ]);
    const analytics = [...record.activities][2]!;
    expect(cells('Rights available to individuals')[3]).toBe(
      row(activityRows(analytics), 'Rights available'),
    );
    expect(cells('Rights available to individuals')[3]).toBe(
      'depends on the lawful basis, which is not stated',
    );
  });
});

describe('rights', () => {
  it('are named as in the law, in the record and in query subject', async () => {
    const { record } = await fixtureRecord();
    expect(row(activityRows([...record.activities][1]!), 'Rights available')).toBe(
      'Right of access (Art 15), Right to rectification (Art 16), Right to erasure (Art 17), ' +
        'Right to restriction of processing (Art 18), ' +
        'Right to data portability (processing by automated means only) (Art 20), ' +
        'Right to withdraw consent at any time (Art 7(3))',
    );
    const query = ropa(['query', 'subject', 'customer', FIXTURE]);
    expect(query.stdout).toContain('\nRight to withdraw consent at any time (Art 7(3)): newsletter\n');
    expect(query.stdout).not.toContain('withdraw-consent');
  });
});

describe('the findings of the record', () => {
  it('name files as lint does, relative to the working folder', async () => {
    const { inventory } = await loadInventory(FIXTURE);
    const finding: Diagnostic = {
      rule: 'schema',
      severity: 'warning',
      file: 'categories/contact.yaml',
      path: ['category'],
      line: 2,
      column: 3,
      message: 'a finding',
    };
    const record = buildRecord(inventory, [finding], { asOf: AS_OF });
    // the inventory folder as the user named it, from the folder above
    const context = { root: 'report', cwd: path.dirname(FIXTURE), version: '0.0.0' };
    const shown = displayPath(context, finding.file);
    expect(shown).toBe('report/categories/contact.yaml');
    expect(JSON.parse(recordJson(record, context)).findings.diagnostics[0].file).toBe(shown);
    expect(recordHtml(record, flowGraph(inventory), context)).toContain(`<td>${shown}:2:3</td>`);
    expect([...findingsSheet(record, context).rows][0]![2]).toBe(shown);
  });
});
