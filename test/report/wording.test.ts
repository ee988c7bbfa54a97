// What the record's formats say, value by value: narrowed disclosures, retention, rights, punctuation.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/inventory/load.js';
import { activityRows, categoryRows } from '../../src/render/report/describe.js';
import { recordHtml } from '../../src/render/report/html.js';
import { recordMarkdown } from '../../src/render/report/markdown.js';
import { activitiesSheet } from '../../src/render/report/sheets.js';
import { flowGraph } from '../../src/views/graph.js';
import { buildRecord, type Activity, type CategoryEntry } from '../../src/views/record.js';

const FIXTURE = new URL('../fixtures/report/', import.meta.url).pathname;
const CONTEXT = { root: FIXTURE, cwd: FIXTURE, version: '0.0.0' };

async function fixtureRecord() {
  const { inventory } = await loadInventory(FIXTURE);
  return { inventory, record: buildRecord(inventory, []) };
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
    expect(sheet.rows.map((r) => r[column])).toEqual([
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
