// The record turned inside out for the explorer's pages: what each entity gathers from the activities.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/render/site/entities.js';
import { entityPath, fileName } from '../../src/render/site/layout.js';
import { recordOf } from '../helpers/record.js';

const { record } = await recordOf('inventory');
const e = entities(record);

describe('entities of the example record', () => {
  it('lists every recipient x country once, in the order the activities name them, with where it lies and the activities it serves', () => {
    expect(
      e.transfers.map((t) => `${t.recipient.id} ${t.country?.code ?? '-'} ${t.eea} ${t.activities.length}`),
    ).toEqual([
      'paypal LU inside 2',
      'bnp-paribas FR inside 2',
      'atlassian AU outside 1',
      'atlassian US outside 1',
      'google US outside 1',
      'employer - unknown 1',
      'internet-provider - unknown 1',
      'law-enforcement - unknown 1',
      'new-owners - unknown 1',
    ]);
  });

  it("gathers a recipient's receipts, transfers and the findings that name it", () => {
    const atlassian = e.recipients.find((r) => r.id === 'atlassian')!;
    // each receipt names the record's activity and category entries themselves
    expect(atlassian.receipts).toMatchObject([
      {
        activity: { id: 'customer-support', name: 'Customer support' },
        category: { id: 'configuration', name: 'Configuration data' },
      },
    ]);
    expect(atlassian.sourceOf.map((c) => c.id)).toEqual(['identification']);
    expect(e.findingsOf('recipient', 'atlassian').map((f) => f.rule)).toEqual([
      'recipient-role-missing',
      'transfer-no-mechanism',
    ]);
    // a finding about a category that names the recipient in words is the category's
    expect(e.findingsOf('category', 'identification').map((f) => f.rule)).toContain('third-party-source');
  });

  it('gives every category, subject and system the activities that use it, each once', () => {
    expect(e.categories).toHaveLength(14);
    const emails = e.categories.find((c) => c.id === 'emails')!;
    expect(emails.uses.map((u) => u.activity.id)).toEqual([
      'respond-to-messages',
      'customer-support',
      'business-transfer',
    ]);
    const server = e.systems.find((s) => s.id === 'email-server')!;
    expect(server.categories.map((c) => c.id)).toEqual(['emails', 'faxes', 'configuration']);
    expect(new Set(server.activities.map((a) => a.id)).size).toBe(server.activities.length);
  });
});

describe('file names', () => {
  it('keeps an id as it is and names anything else by its hash, inside its folder', () => {
    expect(entityPath('category', 'emails')).toBe('category/emails.html');
    for (const id of ['../../etc/passwd', 'A B', 'x'.repeat(300), 'con.', '']) {
      expect(fileName(id)).toMatch(/^_[0-9a-f]{32}$/);
    }
    expect(fileName('a'.repeat(250))).not.toBe(fileName(`${'a'.repeat(250)}b`));
  });
});
