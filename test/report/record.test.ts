import { describe, expect, it } from 'vitest';
import { activitiesAndRecipientsSheets, activitiesSheet } from '../../src/render/report/sheets.js';
import type { CategoryEntry, RetentionEntry } from '../../src/views/record.js';
import { recordOf } from '../helpers/record.js';
import { tempInventory, yaml } from '../helpers/inventory.js';

const FIXTURE = new URL('../fixtures/report/', import.meta.url).pathname;

describe('the record of processing activities', () => {
  it('pivots categories into activities: two categories sharing a purpose make one activity listing both', async () => {
    const { record } = await recordOf(FIXTURE);
    expect([...record.activities].map((a) => a.id)).toEqual(['orders', 'newsletter', 'analytics']);
    const orders = [...record.activities][0]!;
    expect(Array.isArray(orders.categories) && orders.categories.map((c) => c.id)).toEqual([
      'contact',
      'payment',
    ]);
    // the carrier receives contact details for orders only, narrowed to two items
    expect(orders.recipients.map((r) => [r.id, r.receives])).toEqual([
      [
        'staff',
        [
          { category: { id: 'contact', name: 'Contact details' } },
          { category: { id: 'payment', name: 'Payment data' } },
        ],
      ],
      [
        'carrier',
        [{ category: { id: 'contact', name: 'Contact details' }, data: ['name', 'postal address'] }],
      ],
    ]);
  });

  it('keeps every gap in place with the rule that flags it', async () => {
    const { record } = await recordOf(FIXTURE);
    const [, newsletter, analytics] = record.activities;
    expect(analytics!.lawful_basis).toEqual({ not_stated: true, rule: 'lawful-basis-missing' });
    expect(analytics!.rights).toEqual([]);
    expect(newsletter!.consent).toEqual({
      record: { not_stated: true, rule: 'consent-no-record' },
      withdrawal: 'Unsubscribe link',
    });
    expect(newsletter!.transfers).toEqual([
      {
        recipient: { id: 'mailer', name: 'Mailer Inc' },
        country: { code: 'US', name: 'United States of America' },
        tool: { not_stated: true, rule: 'transfer-no-mechanism' },
      },
    ]);
    expect(newsletter!.recipients.find((r) => r.id === 'mailer')!.contract).toEqual({
      not_stated: true,
      rule: 'processor-no-contract',
    });
    const browsing = Array.isArray(analytics!.categories) ? analytics!.categories[0]! : undefined;
    expect(browsing!.recipients).toEqual({ not_stated: true, rule: 'recipients-missing' });
    expect(browsing!.retention).toEqual([
      {
        subjects: [{ id: 'visitor', name: 'Visitors | "web"' }],
        duration: 'indefinite',
        unbounded: { not_stated: true, rule: 'retention-unbounded' },
      },
    ]);
    expect(record.controller).toMatchObject({ dpo: { not_stated: true, rule: 'dpo-missing' } });
  });

  it('adds the Art 30(2) record for a processor, and lists categories that serve no purpose', async () => {
    const dir = tempInventory({
      'org.yaml': yaml('organization:', '  name: Host', '  role: both', '  clients: [{ name: Client A }]'),
      'c.yaml': yaml('category:', '  id: logs', '  name: Logs'),
    });
    const { record } = await recordOf(dir);
    expect(record.processor?.clients).toEqual([
      {
        name: 'Client A',
        categories_of_processing: { not_stated: true, rule: 'processor-record-incomplete' },
      },
    ]);
    expect(record.categories_without_purpose).toEqual([
      { category: { id: 'logs', name: 'Logs' }, gap: { not_stated: true, rule: 'purpose-missing' } },
    ]);
  });
});

describe('a category under several purposes', () => {
  // one category, two purposes, retention rules narrowed to a purpose or a subject, recipients of their own
  const files = {
    'a.yaml': yaml(
      'subjects: [{ id: s, name: S }, { id: t, name: T }]',
      'purposes: [{ id: p, name: P }, { id: q, name: Q }]',
      'recipients:',
      '  - { id: us, name: US host, role: processor, country: US, contract: DPA 1 }',
      '  - { id: in, name: IN desk, role: processor, country: IN, contract: DPA 2 }',
      'categories:',
      '  - id: both',
      '    name: Both',
      '    subjects: [s, t]',
      '    purposes: [p, q]',
      '    recipients: [{ to: us, purposes: [p] }, { to: in, purposes: [q] }]',
      '    retention:',
      '      - { purposes: [p], duration: P1Y }',
      '      - { purposes: [q], subjects: [s], duration: P2Y }',
      '      - { duration: P3Y, subjects: [s, t] }',
      '  - { id: other, name: Other, subjects: [s], purposes: [p], recipients: [in], retention: [{ duration: P1M }] }',
    ),
  };

  it('takes under each purpose only the retention rules and recipients that apply to it', async () => {
    const { record } = await recordOf(tempInventory(files));
    const entry = (purpose: number, id: string) =>
      ([...record.activities][purpose]!.categories as readonly CategoryEntry[]).find((c) => c.id === id)!;
    const retention = (e: CategoryEntry) =>
      (e.retention as readonly RetentionEntry[]).map(
        (r) => `${r.duration} ${r.subjects.map((s) => s.id).join('+')}`,
      );
    expect(retention(entry(0, 'both'))).toEqual(['P1Y s+t', 'P3Y s+t']);
    expect(retention(entry(1, 'both'))).toEqual(['P2Y s', 'P3Y s+t']);
    expect(entry(0, 'both').recipients).toEqual([{ id: 'us', name: 'US host' }]);
    expect(entry(1, 'both').recipients).toEqual([{ id: 'in', name: 'IN desk' }]);
    // the parts that do not depend on the purpose read the same under both
    expect(entry(0, 'both').subjects).toEqual(entry(1, 'both').subjects);
  });

  it('gives each Activities row the countries and safeguards of its own recipients only', async () => {
    const { record } = await recordOf(tempInventory(files));
    const sheet = activitiesSheet(record);
    const cells = (header: string) => {
      const c = sheet.columns.findIndex((col) => col.header === header);
      return [...sheet.rows].map((row) => `${row[0]}/${row[6]}: ${row[c]}`);
    };
    expect(cells('Third countries')).toEqual(['p/Both: US', 'p/Other: IN', 'q/Both: IN']);
    expect(cells('Link to contract with processor')).toEqual([
      'p/Both: US host: DPA 1',
      'p/Other: IN desk: DPA 2',
      'q/Both: IN desk: DPA 2',
    ]);
  });
});

describe('the Recipients sheet', () => {
  it('is the same gathered while the Activities sheet is read as when read on its own', async () => {
    const { record } = await recordOf(FIXTURE);
    const [activities, gathered] = activitiesAndRecipientsSheets(record);
    const alone = [...activitiesAndRecipientsSheets(record)[1].rows];
    expect([...activities.rows].map((row) => row[0])).toEqual([
      'orders',
      'orders',
      'newsletter',
      'analytics',
    ]);
    expect([...gathered.rows]).toEqual(alone);
    expect(alone.map((row) => [row[0], row[5], row[6]])).toEqual([
      ['Staff', 'Order handling; =HYPERLINK("http://evil.example")', 'Contact details, Payment data'],
      ['Carrier', 'Order handling', 'Contact details'],
      ['Mailer Inc', '=HYPERLINK("http://evil.example")', 'Contact details'],
    ]);
  });
});

describe('the retention schedule', () => {
  it('puts missing and indefinite limits first, then the longest', async () => {
    const dir = tempInventory({
      'a.yaml': yaml(
        'subjects: [{ id: s, name: S }, { id: t, name: T }]',
        'purposes: [{ id: p, name: P }]',
        'categories:',
        '  - { id: short, name: Short, subjects: [s], purposes: [p], retention: [{ duration: P6M, from: collection }] }',
        '  - { id: long, name: Long, subjects: [s], purposes: [p], retention: [{ duration: P10Y }] }',
        '  - { id: forever, name: Forever, subjects: [s], purposes: [p], retention: [{ duration: indefinite }] }',
        '  - { id: half, name: Half, subjects: [s, t], purposes: [p], retention: [{ subjects: [s], duration: P1Y }] }',
      ),
    });
    const rows = (await recordOf(dir)).retention;
    expect(rows.map((r) => [r.category.id, r.subjects.map((s) => s.id).join(), r.duration ?? '-'])).toEqual([
      ['half', 't', '-'],
      ['forever', 's', 'indefinite'],
      ['long', 's', 'P10Y'],
      ['half', 's', 'P1Y'],
      ['short', 's', 'P6M'],
    ]);
    expect(rows[0]!.missing).toEqual({ not_stated: true, rule: 'retention-missing' });
    expect(rows[2]!.from).toEqual({ not_stated: true, rule: 'retention-no-trigger' });
  });
});
