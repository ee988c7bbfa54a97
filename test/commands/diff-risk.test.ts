// The diff names the risk a change brings, first, and lists the processors and sub-processors it adds,
// removes or moves; a finding about a recipient is new when new data flows to it.
import { describe, expect, it } from 'vitest';
import { BASE, edit } from '../fixtures/diff/base.js';
import { ropa } from '../helpers/cli.js';
import { tempInventory } from '../helpers/inventory.js';

// Base: teenagers' health data, kept by staff only; a US analytics processor, with no transfer tool,
// already receives contact details (so it already has its transfer-no-mechanism finding).
const WITH_HEALTH = {
  ...edit(
    edit(
      BASE,
      'subjects.yaml',
      '  - id: prospect',
      '  - id: teenager\n    name: Teenage patients\n    minors: true\n  - id: prospect',
    ),
    'recipients.yaml',
    '  - id: bank',
    '  - id: analytics\n    name: Analytics Inc\n    role: processor\n    country: US\n    contract: DPA of 2025-02-01\n  - id: bank',
  ),
  'categories/health.yaml': [
    'category:',
    '  id: health',
    '  name: Health records',
    '  data: [diagnosis]',
    '  special: [health]',
    '  subjects: [teenager]',
    '  purposes: [billing]',
    '  recipients: [staff]',
    '  retention:',
    '    - duration: P90D',
    '      from: end-of-contract',
    '',
  ].join('\n'),
};
const BASE_SIDE = edit(
  WITH_HEALTH,
  'categories/contact.yaml',
  '    - staff\n',
  '    - staff\n    - analytics\n',
);
// Head: the analytics processor now also receives the health records
const HEAD_SIDE = edit(BASE_SIDE, 'categories/health.yaml', '[staff]', '[staff, analytics]');

describe('the risk of a change', () => {
  it('a new flow of health data to a US recipient without a transfer tool: one new error and a risk entry', () => {
    const [base, head] = [tempInventory(BASE_SIDE), tempInventory(HEAD_SIDE)];
    const text = ropa(['diff', base, head]);
    expect(text.stderr).toBe('');
    expect(text.stdout).toBe(
      [
        `ropa diff ${base} -> ${head}: 1 change, 1 new finding (1 error), 0 resolved`,
        '',
        'Risk',
        '  ! special-category data (health) of category "health" now flows to "analytics", outside the EEA in United States of America (US)',
        '',
        'category "health"',
        '  + now disclosed to "analytics" ("diagnosis")',
        '',
        'New findings',
        `  ${head}/recipients.yaml:13:14 error transfer-no-mechanism: recipient "analytics" receives data outside the EEA with no transfer mechanism (transfer.mechanism): US (United States of America) is adequate only for organisations certified under the EU-US Data Privacy Framework (state dpf, or another tool) (Art 44, 46)`,
        '',
      ].join('\n'),
    );
    expect(text.code).toBe(0);
    expect(ropa(['diff', base, head, '--fail-on-new', 'error']).code).toBe(1);
    expect(ropa(['diff', base, head, '--fail-on-risk']).code).toBe(1);
    const json = JSON.parse(ropa(['diff', base, head, '--format', 'json']).stdout);
    expect(json.summary).toMatchObject({ newErrors: 1, findingsRemoved: 0, risks: 1 });
    expect(json.risk).toEqual([
      {
        type: 'sensitive-flow',
        category: 'health',
        recipient: 'analytics',
        sensitive: ['health'],
        outside_eea: ['US'],
      },
    ]);
    // nothing that matters changed: no risk, and --fail-on-risk passes
    expect(ropa(['diff', base, base, '--fail-on-risk']).code).toBe(0);
  });

  it('retention in the record words: lengthened and removed limits are risks', () => {
    const longer = edit(WITH_HEALTH, 'categories/health.yaml', 'P90D', 'P1Y');
    const [base, head] = [tempInventory(WITH_HEALTH), tempInventory(longer)];
    const result = ropa(['diff', base, head]);
    expect(result.stdout).toContain(
      '\nRisk\n  ! retention of category "health" for all lengthened: 90 days -> 1 year\n',
    );
    expect(result.stdout).toContain('\n  ~ retention for all lengthened: 90 days -> 1 year\n');
    const removed = edit(
      WITH_HEALTH,
      'categories/health.yaml',
      '    - duration: P90D\n',
      '    - criteria: when care ends\n',
    );
    expect(ropa(['diff', base, tempInventory(removed)]).stdout).toContain(
      '  ! retention limit of category "health" for all removed (was 90 days)\n',
    );
  });

  it('processors added, removed and moved: their own section in Markdown and JSON, and risks', () => {
    const added = edit(
      edit(
        BASE,
        'recipients.yaml',
        '    country: FR\n    contract: DPA of 2025-01-01\n',
        '    country: DE\n    contract: DPA of 2025-01-01\n',
      ),
      'recipients.yaml',
      '  - id: bank',
      '  - id: support\n    name: Support Desk Pty\n    role: sub-processor\n    country: AU\n    contract: DPA\n  - id: bank',
    );
    const [base, head] = [tempInventory(BASE), tempInventory(added)];
    const json = JSON.parse(ropa(['diff', base, head, '--format', 'json']).stdout);
    expect(json.subprocessors).toEqual([
      {
        type: 'country-changed',
        id: 'mailer',
        name: 'Mailer',
        role: 'processor',
        countries_before: ['FR'],
        countries_after: ['DE'],
      },
      {
        type: 'added',
        id: 'support',
        name: 'Support Desk Pty',
        role: 'sub-processor',
        countries_before: [],
        countries_after: ['AU'],
      },
    ]);
    expect(json.risk).toEqual([
      { type: 'new-processor', recipient: 'support', role: 'sub-processor' },
      { type: 'outside-eea', recipient: 'support', countries: ['AU'] },
    ]);
    const markdown = ropa(['diff', base, head, '--format', 'markdown']).stdout;
    expect(markdown).toContain(
      [
        '#### Processors and sub-processors (Art 28(2)) (2)',
        '',
        '- `~` `Mailer` (processor): FR -> DE',
        '- `+` `Support Desk Pty` (sub-processor, AU)',
      ].join('\n'),
    );
    const removed = JSON.parse(ropa(['diff', head, base, '--format', 'json']).stdout);
    expect(removed.subprocessors.map((c: { type: string; id: string }) => [c.type, c.id])).toEqual([
      ['country-changed', 'mailer'],
      ['removed', 'support'],
    ]);
  });
});
