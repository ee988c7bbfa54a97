import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/inventory/load.js';
import { lint } from '../../src/rules/run.js';
import { diffInventories, diffExitCode, type DiffSide } from '../../src/views/diff.js';
import { BASE, edit } from '../fixtures/diff/base.js';
import { yaml } from '../helpers/inventory.js';

function side(files: Record<string, string>): DiffSide {
  const list = Object.entries(files)
    .map(([name, text]) => ({ name, text }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const loaded = loadFiles('inventory', { files: list, findings: [] });
  return {
    inventory: loaded.inventory,
    diagnostics: lint(loaded, { config: { rules: {} }, today: '2026-01-01' }),
  };
}

const diff = (head: Record<string, string>, base: Record<string, string> = BASE) =>
  diffInventories(side(base), side(head));

describe('the base fixture', () => {
  it('has no findings, so that each case shows only what it adds', () => {
    expect(side(BASE).diagnostics).toEqual([]);
  });
});

describe('semantic changes', () => {
  it('a data item added: the category changes and every recipient of the whole category receives it', () => {
    const head = edit(
      BASE,
      'categories/contact.yaml',
      'data: [name, e-mail address]',
      'data: [name, e-mail address, phone]',
    );
    expect(diff(head).changes).toEqual([
      { kind: 'category', id: 'contact', type: 'item-added', field: 'data', item: 'phone' },
      {
        kind: 'category',
        id: 'contact',
        type: 'flow-changed',
        recipient: 'staff',
        dataAdded: ['phone'],
        dataRemoved: [],
      },
    ]);
  });

  it('a flow added: a partner now receives a category', () => {
    const head = edit(BASE, 'categories/payment.yaml', 'recipients: [bank]', 'recipients: [bank, mailer]');
    expect(diff(head).changes).toEqual([
      { kind: 'category', id: 'payment', type: 'flow-added', recipient: 'mailer', data: ['card number'] },
    ]);
  });

  it('a flow removed', () => {
    const head = edit(BASE, 'categories/contact.yaml', '    - staff\n', '');
    expect(diff(head).changes).toEqual([
      {
        kind: 'category',
        id: 'contact',
        type: 'flow-removed',
        recipient: 'staff',
        data: ['name', 'e-mail address'],
      },
    ]);
  });

  it('a narrowed disclosure widened: the partner now receives more', () => {
    const head = edit(BASE, 'categories/contact.yaml', '      data: [e-mail address]\n', '');
    expect(diff(head).changes).toEqual([
      {
        kind: 'category',
        id: 'contact',
        type: 'flow-changed',
        recipient: 'mailer',
        dataAdded: ['name'],
        dataRemoved: [],
      },
    ]);
  });

  it('a lawful basis changed', () => {
    const head = edit(BASE, 'purposes.yaml', 'lawful_basis: consent', 'lawful_basis: legitimate-interests');
    expect(diff(head).changes).toEqual([
      {
        kind: 'purpose',
        id: 'marketing',
        type: 'changed',
        field: 'lawful_basis',
        before: 'consent',
        after: 'legitimate-interests',
      },
    ]);
  });

  it('a role changed', () => {
    const head = edit(BASE, 'recipients.yaml', 'role: processor', 'role: controller');
    expect(diff(head).changes).toEqual([
      {
        kind: 'recipient',
        id: 'mailer',
        type: 'changed',
        field: 'role',
        before: 'processor',
        after: 'controller',
      },
    ]);
  });

  it('a country and a transfer tool changed', () => {
    const head = edit(
      BASE,
      'recipients.yaml',
      '    role: processor\n    country: FR',
      '    role: processor\n    country: IN\n    transfer: { mechanism: scc, reference: DPA 2026 }',
    );
    expect(diff(head).changes).toEqual([
      { kind: 'recipient', id: 'mailer', type: 'changed', field: 'country', before: 'FR', after: 'IN' },
      {
        kind: 'recipient',
        id: 'mailer',
        type: 'changed',
        field: 'transfer.mechanism',
        before: null,
        after: 'scc',
      },
      {
        kind: 'recipient',
        id: 'mailer',
        type: 'changed',
        field: 'transfer.reference',
        before: null,
        after: 'DPA 2026',
      },
    ]);
  });

  it('a field removed: `after` is null, so that every change has the same shape', () => {
    const head = edit(BASE, 'purposes.yaml', '    lawful_basis: consent\n', '');
    expect(diff(head).changes).toEqual([
      {
        kind: 'purpose',
        id: 'marketing',
        type: 'changed',
        field: 'lawful_basis',
        before: 'consent',
        after: null,
      },
    ]);
  });

  it('data items in inventory order: head order for added ones, base order for removed ones', () => {
    let head = edit(
      BASE,
      'categories/contact.yaml',
      'data: [name, e-mail address]',
      'data: [zip code, phone, address]',
    );
    head = edit(head, 'categories/contact.yaml', '      data: [e-mail address]\n', '');
    const changes = diff(head).changes;
    expect(changes.filter((c) => c.type === 'item-added' || c.type === 'item-removed')).toEqual([
      { kind: 'category', id: 'contact', type: 'item-added', field: 'data', item: 'zip code' },
      { kind: 'category', id: 'contact', type: 'item-added', field: 'data', item: 'phone' },
      { kind: 'category', id: 'contact', type: 'item-added', field: 'data', item: 'address' },
      { kind: 'category', id: 'contact', type: 'item-removed', field: 'data', item: 'name' },
      { kind: 'category', id: 'contact', type: 'item-removed', field: 'data', item: 'e-mail address' },
    ]);
    expect(changes.filter((c) => c.type === 'flow-changed')).toEqual([
      {
        kind: 'category',
        id: 'contact',
        type: 'flow-changed',
        recipient: 'mailer',
        dataAdded: ['zip code', 'phone', 'address'],
        dataRemoved: ['e-mail address'],
      },
      {
        kind: 'category',
        id: 'contact',
        type: 'flow-changed',
        recipient: 'staff',
        dataAdded: ['zip code', 'phone', 'address'],
        dataRemoved: ['name', 'e-mail address'],
      },
    ]);
  });

  it('changes to the data items themselves follow the head order', () => {
    const head = edit(
      BASE,
      'categories/contact.yaml',
      'data: [name, e-mail address]',
      'data: [{name: name, taxonomy: identifier}, {name: e-mail address, taxonomy: contact}]',
    );
    expect(diff(head).changes.map((c) => ('field' in c ? c.field : c.type))).toEqual([
      'data[name].taxonomy',
      'data[e-mail address].taxonomy',
    ]);
  });

  it('retention lengthened and shortened, compared as durations', () => {
    let head = edit(BASE, 'categories/contact.yaml', 'duration: P1Y', 'duration: P18M');
    head = edit(head, 'categories/contact.yaml', 'duration: P3Y', 'duration: P104W');
    const all = { subjects: [], purposes: [] };
    const prospects = { subjects: ['prospect'], purposes: [] };
    expect(diff(head).changes).toEqual([
      {
        kind: 'category',
        id: 'contact',
        type: 'retention-lengthened',
        scope: all,
        field: 'duration',
        before: 'P1Y',
        after: 'P18M',
      },
      {
        kind: 'category',
        id: 'contact',
        type: 'retention-shortened',
        scope: prospects,
        field: 'duration',
        before: 'P3Y',
        after: 'P104W',
      },
    ]);
  });

  it('P1Y rewritten as P12M is no change', () => {
    const head = edit(BASE, 'categories/contact.yaml', 'duration: P1Y', 'duration: P12M');
    expect(diff(head).changes).toEqual([]);
  });

  it('a limit made indefinite is lengthened; a rule added and a field changed', () => {
    let head = edit(BASE, 'categories/payment.yaml', 'duration: P10Y', 'duration: indefinite');
    head = edit(
      head,
      'categories/contact.yaml',
      'then: delete',
      'then: archive\n    - purposes: [marketing]\n      duration: P6M',
    );
    expect(diff(head).changes).toEqual([
      {
        kind: 'category',
        id: 'contact',
        type: 'retention-added',
        scope: { subjects: [], purposes: ['marketing'] },
        duration: 'P6M',
      },
      {
        kind: 'category',
        id: 'contact',
        type: 'retention-changed',
        scope: { subjects: [], purposes: [] },
        field: 'then',
        before: 'delete',
        after: 'archive',
      },
      {
        kind: 'category',
        id: 'payment',
        type: 'retention-lengthened',
        scope: { subjects: [], purposes: [] },
        field: 'duration',
        before: 'P10Y',
        after: 'indefinite',
      },
    ]);
  });

  it('a rule without a duration added: `duration` is null', () => {
    const head = edit(
      BASE,
      'categories/payment.yaml',
      '      from: end-of-financial-year',
      '      from: end-of-financial-year\n    - subjects: [customer]\n      criteria: until the last invoice is paid',
    );
    expect(diff(head).changes).toEqual([
      {
        kind: 'category',
        id: 'payment',
        type: 'retention-added',
        scope: { subjects: ['customer'], purposes: [] },
        duration: null,
      },
    ]);
  });

  it('a special category added', () => {
    const head = edit(
      BASE,
      'categories/payment.yaml',
      '  data: [card number]',
      '  data: [card number]\n  special: [health]',
    );
    expect(diff(head).changes).toEqual([
      { kind: 'category', id: 'payment', type: 'special-added', item: 'health' },
    ]);
  });

  it('entities added and removed; a new category brings its flows and special categories', () => {
    let head: Record<string, string> = { ...BASE };
    delete head['categories/payment.yaml'];
    head = edit(
      head,
      'recipients.yaml',
      '  - id: bank\n    name: Bank\n    role: controller\n    country: FR\n',
      '',
    );
    head['categories/health.yaml'] = yaml(
      'category:',
      '  id: health',
      '  name: Health data',
      '  data: [allergies]',
      '  special: [health]',
      '  subjects: [customer]',
      '  purposes: [billing]',
      '  recipients: [staff]',
      '  retention: [{ duration: P1Y }]',
    );
    expect(diff(head).changes).toEqual([
      { kind: 'recipient', id: 'bank', type: 'removed', name: 'Bank' },
      { kind: 'category', id: 'health', type: 'added', name: 'Health data' },
      { kind: 'category', id: 'health', type: 'special-added', item: 'health' },
      { kind: 'category', id: 'health', type: 'flow-added', recipient: 'staff', data: ['allergies'] },
      { kind: 'category', id: 'payment', type: 'removed', name: 'Payment data' },
      { kind: 'category', id: 'payment', type: 'flow-removed', recipient: 'bank', data: ['card number'] },
    ]);
  });

  it('reference lists compared as sets; organization fields by name', () => {
    let head = edit(BASE, 'categories/payment.yaml', 'subjects: [customer]', 'subjects: [prospect]');
    head = edit(head, 'organization.yaml', '  country: FR', '  country: BE');
    expect(diff(head).changes).toEqual([
      { kind: 'organization', type: 'changed', field: 'country', before: 'FR', after: 'BE' },
      { kind: 'category', id: 'payment', type: 'item-added', field: 'subjects', item: 'prospect' },
      { kind: 'category', id: 'payment', type: 'item-removed', field: 'subjects', item: 'customer' },
    ]);
  });

  it('a moved, reordered and rewritten but unchanged inventory gives no change', () => {
    const head: Record<string, string> = {
      // everything in one file, entities and list items in another order, data items as mappings
      'all.yaml': yaml(
        'categories:',
        '  - id: payment',
        '    name: Payment data',
        '    retention: [{ from: end-of-financial-year, duration: P120M }]',
        '    recipients: [bank]',
        '    purposes: [billing]',
        '    subjects: [customer]',
        '    data: [{ name: card number }]',
        '  - name: Contact details',
        '    id: contact',
        '    data: [e-mail address, name]',
        '    subjects: [prospect, customer]',
        '    purposes: [marketing, billing]',
        '    recipients: [{ data: [e-mail address], to: mailer }, staff]',
        '    retention:',
        '      - { subjects: [prospect], from: last-contact, duration: P3Y }',
        '      - { then: delete, from: end-of-contract, duration: P12M }',
        'recipients:',
        '  - { id: bank, name: Bank, role: controller, country: FR }',
        '  - { id: mailer, name: Mailer, contract: DPA of 2025-01-01, role: processor, country: FR }',
        '  - { id: staff, name: Staff, role: internal }',
        'subjects: [{ id: prospect, name: Prospects }, { id: customer, name: Customers }]',
        'purposes:',
        '  - { id: marketing, name: Marketing, consent: { withdrawal: Unsubscribe link, record: Consent log }, lawful_basis: consent }',
        '  - { id: billing, name: Billing, lawful_basis: contract }',
        'organization:',
        '  reviewed: 2025-06-01',
        '  security_measures: [access control]',
        '  rights_contact: privacy@example.com',
        '  dpo: { email: dpo@example.com }',
        '  email: contact@example.com',
        '  address: 1 rue de la Paix, Paris',
        '  country: FR',
        '  name: Example SAS',
      ),
    };
    expect(diff(head)).toEqual({
      risk: [],
      changes: [],
      subprocessors: [],
      findings: { added: [], removed: [] },
    });
  });
});

describe('findings added and removed', () => {
  const withGaps = edit(
    edit(BASE, 'subjects.yaml', '  - id: prospect', '  - id: visitor\n    name: Visitors\n  - id: prospect'),
    'categories/payment.yaml',
    'purposes: [billing]',
    'purposes: [billing, biling]',
  );

  it('reports what the change adds, located in head, and what it resolves, located in base', () => {
    const result = diff(withGaps);
    expect(result.findings.removed).toEqual([]);
    expect(
      result.findings.added.map(({ diagnostic: d, entity }) => [d.rule, d.file, d.line, d.column, entity]),
    ).toEqual([
      ['unknown-reference', 'categories/payment.yaml', 6, 23, { kind: 'category', id: 'payment' }],
      ['unused-definition', 'subjects.yaml', 4, 9, { kind: 'subject', id: 'visitor' }],
    ]);
    const back = diffInventories(side(withGaps), side(BASE));
    expect(back.findings.added).toEqual([]);
    expect(back.findings.removed.map(({ diagnostic: d }) => [d.rule, d.file, d.line])).toEqual([
      ['unknown-reference', 'categories/payment.yaml', 6],
      ['unused-definition', 'subjects.yaml', 4],
    ]);
  });

  it('matches findings across a reordering and a move to another file', () => {
    let head: Record<string, string> = { ...withGaps };
    delete head['subjects.yaml'];
    head['people/subjects.yml'] = yaml(
      '# the same subjects, in another file and another order',
      'subjects:',
      '  - id: prospect',
      '    name: Prospects',
      '  - id: customer',
      '    name: Customers',
      '  - name: Visitors',
      '    id: visitor',
    );
    head = edit(
      head,
      'categories/payment.yaml',
      'purposes: [billing, biling]',
      'purposes: [biling, billing]',
    );
    const result = diffInventories(side(withGaps), side(head));
    expect(result).toEqual({
      risk: [],
      changes: [],
      subprocessors: [],
      findings: { added: [], removed: [] },
    });
  });

  it('--fail-on-new: exit 1 only for new findings at or above the level', () => {
    const result = diff(withGaps);
    expect(diffExitCode(result, 'error')).toBe(1);
    const onlyWarning = diff(
      edit(
        BASE,
        'subjects.yaml',
        '  - id: prospect',
        '  - id: visitor\n    name: Visitors\n  - id: prospect',
      ),
    );
    expect(diffExitCode(onlyWarning, 'error')).toBe(0);
    expect(diffExitCode(onlyWarning, 'warning')).toBe(1);
    expect(diffExitCode(onlyWarning, undefined)).toBe(0);
    // the ratchet: gaps that base already had do not fail
    expect(diffExitCode(diffInventories(side(withGaps), side(withGaps)), 'note')).toBe(0);
  });
});
