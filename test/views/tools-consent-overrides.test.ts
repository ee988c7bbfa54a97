// What the record, the queries, the schedule and diff make of issue 15's additions: one transfer tool per
// country, Art 9(2)(a) explicit consent, a DPIA screening, and a retention rule that overrides a wider one.
import { describe, expect, it } from 'vitest';
import { loadFiles, loadInventory } from '../../src/inventory/load.js';
import { lint } from '../../src/rules/run.js';
import { diffInventories, type DiffSide } from '../../src/views/diff.js';
import { recipientQuery } from '../../src/views/query/recipient.js';
import { subjectQuery } from '../../src/views/query/subject.js';
import { transfersQuery } from '../../src/views/query/transfers.js';
import { buildRecord } from '../../src/views/record.js';
import { retentionSchedule } from '../../src/views/retention.js';
import { isNotStated } from '../../src/views/stated.js';
import { gapsFrom } from '../../src/views/gaps.js';
import { tempInventory, yaml } from '../helpers/inventory.js';
import { BASE, TODAY } from '../helpers/rule-tester.js';

/** A processor in Ireland, the US, the UK and India: DPF for the US, SCCs for India, the UK adequate. */
const recipients = (...transfer: string[]) =>
  yaml(
    'recipients:',
    '  - { id: staff, name: Staff, role: internal }',
    '  - id: mailer',
    '    name: Mailer',
    '    role: processor',
    '    contract: DPA',
    '    countries: [IE, US, GB, IN]',
    ...transfer.map((line) => `    ${line}`),
    '    dpf: { certified: true, checked: 2026-10-01 }',
  );
const TOOLS = [
  'transfer:',
  '  - { country: US, mechanism: dpf }',
  '  - { country: IN, mechanism: scc, reference: SCC module 3, tia: TIA-7 }',
];
const FILES = {
  ...BASE,
  'purposes.yaml': yaml(
    'purposes:',
    '  - id: billing',
    '    name: Billing',
    '    lawful_basis: contract',
    '    special_condition: explicit-consent',
    '    dpia: { required: false, reason: One-off disclosures the customer asks for }',
  ),
  'recipients.yaml': recipients(...TOOLS),
};

async function load(files: Record<string, string>) {
  const loaded = await loadInventory(tempInventory(files));
  const diagnostics = lint(loaded, { config: { rules: {} }, today: TODAY });
  return { inventory: loaded.inventory, diagnostics, gaps: gapsFrom(diagnostics) };
}

describe('one transfer tool per country', () => {
  it('the record gives each non-EEA country its own tool; the UK stands on its adequacy decision', async () => {
    const { inventory, diagnostics } = await load(FILES);
    const transfers = [...buildRecord(inventory, diagnostics, { asOf: TODAY }).activities][0]!.transfers;
    expect(
      transfers.map((t) => [
        t.country.code,
        isNotStated(t.tool)
          ? t.tool.rule
          : [t.tool.mechanism.key, t.tool.reference ?? null, t.tool.tia ?? null],
      ]),
    ).toEqual([
      ['US', ['dpf', null, null]],
      ['GB', ['adequacy', null, null]],
      ['IN', ['scc', 'SCC module 3', 'TIA-7']],
    ]);
  });

  it('the recipient and transfers queries read the tool of each country', async () => {
    const { inventory, gaps } = await load(FILES);
    const { transfers } = recipientQuery(inventory, 'mailer', TODAY, gaps).data as {
      transfers: { country: string; status: string; mechanism: string | null; tia: string | null }[];
    };
    expect(transfers.map((t) => [t.country, t.status, t.mechanism, t.tia])).toEqual([
      ['IE', 'not-a-transfer', null, null],
      ['US', 'adequate', 'dpf', null],
      ['GB', 'adequate', null, null],
      ['IN', 'safeguarded', 'scc', 'TIA-7'],
    ]);
    const flows = (
      transfersQuery(inventory, TODAY).data as { transfers: { country: string; status: string }[] }
    ).transfers;
    expect(flows.map((t) => [t.country, t.status])).toEqual([
      ['GB', 'adequate'],
      ['IN', 'safeguarded'],
      ['US', 'adequate'],
    ]);
  });

  it('a country missing from the list is a missing tool, for that country only', async () => {
    const { inventory, gaps } = await load({ ...FILES, 'recipients.yaml': recipients(...TOOLS.slice(0, 2)) });
    const { transfers } = recipientQuery(inventory, 'mailer', TODAY, gaps).data as {
      transfers: { country: string; status: string }[];
    };
    expect(transfers.map((t) => [t.country, t.status])).toEqual([
      ['IE', 'not-a-transfer'],
      ['US', 'adequate'],
      ['GB', 'adequate'],
      ['IN', 'missing'],
    ]);
  });

  it('diff names the country whose tool changed, whatever the order of the list', () => {
    const side = (text: string): DiffSide => {
      const files = Object.entries({ ...FILES, 'recipients.yaml': text }).map(([name, t]) => ({
        name,
        text: t,
      }));
      const loaded = loadFiles('inventory', { files, findings: [] });
      return { inventory: loaded.inventory, diagnostics: [] };
    };
    const base = side(recipients(...TOOLS));
    const head = side(
      recipients(
        'transfer:',
        '  - { country: IN, mechanism: bcr, reference: SCC module 3, tia: TIA-7 }',
        '  - { country: US, mechanism: dpf }',
      ),
    );
    expect(diffInventories(base, head).changes).toEqual([
      {
        kind: 'recipient',
        id: 'mailer',
        type: 'changed',
        field: 'transfer.IN.mechanism',
        before: 'scc',
        after: 'bcr',
      },
    ]);
  });
});

describe('explicit consent and a DPIA screening', () => {
  it('the record shows the consent gaps, the right to withdraw and the reason no DPIA is needed', async () => {
    const { inventory, diagnostics } = await load(FILES);
    const activity = [...buildRecord(inventory, diagnostics, { asOf: TODAY }).activities][0]!;
    expect(activity.consent).toEqual({
      record: { not_stated: true, rule: 'consent-no-record' },
      withdrawal: { not_stated: true, rule: 'consent-no-withdrawal' },
    });
    expect(activity.rights.map((r) => r.key)).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'withdraw-consent',
    ]);
    expect(activity.dpia).toEqual({ required: false, reason: 'One-off disclosures the customer asks for' });
  });

  it('query subject lists the withdrawal of consent for the purpose that relies on explicit consent', async () => {
    const { inventory, gaps } = await load(FILES);
    const { rights } = subjectQuery(inventory, 'customer', TODAY, gaps).data as {
      rights: { right: string; purposes: string[] }[];
    };
    expect(rights.find((r) => r.right === 'withdraw-consent')).toEqual({
      right: 'withdraw-consent',
      article: '7(3)',
      label: 'Right to withdraw consent at any time',
      purposes: ['billing'],
    });
  });
});

describe('a narrowed retention rule beside a category-wide one', () => {
  it('is an override: the schedule lists the subject it names under it alone', async () => {
    const { inventory } = await load({
      ...BASE,
      'subjects.yaml': yaml(
        'subjects:',
        '  - { id: customer, name: Customers }',
        '  - { id: prospect, name: Prospects }',
      ),
      'categories/customers.yaml': yaml(
        'category:',
        '  id: customers',
        '  name: Customer data',
        '  data: [name]',
        '  subjects: [customer, prospect]',
        '  purposes: [billing]',
        '  recipients: [staff, mailer]',
        '  retention:',
        '    - { duration: P5Y, from: end-of-contract }',
        '    - { subjects: [prospect], duration: P3Y, from: last-contact }',
      ),
    });
    expect(retentionSchedule(inventory).map((row) => [row.subjects.map((s) => s.id), row.duration])).toEqual([
      [['customer'], 'P5Y'],
      [['prospect'], 'P3Y'],
    ]);
  });
});
