import { describe, expect, it } from 'vitest';
import { lintOutcome } from '../../src/rules/run.js';
import { yaml } from '../helpers/inventory.js';
import { lintCase } from '../helpers/rule-tester.js';

// The vendor has no contract: processor-no-contract, an error, unless a waiver accepts it.
const vendor = (...waiver: string[]) => ({
  'recipients.yaml': yaml(
    'recipients:',
    '  - { id: staff, name: Staff, role: internal }',
    '  - id: mailer',
    '    name: Mailer SAS',
    '    role: processor',
    '    country: FR',
    ...waiver.map((line) => `    ${line}`),
  ),
});

describe('waivers', () => {
  it('a waiver on the entity accepts the finding: listed as waived, not failing the run', async () => {
    const diagnostics = await lintCase({
      name: 'waived',
      files: vendor(
        'waivers:',
        '  - { rule: processor-no-contract, reason: DPA being signed, until: 2026-12-31, approved_by: DPO }',
      ),
    });
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.waived])).toEqual([
      [
        'processor-no-contract',
        5,
        11,
        { reason: 'DPA being signed', until: '2026-12-31', approved_by: 'DPO' },
      ],
    ]);
    expect(lintOutcome(diagnostics, 'error')).toEqual({ exitCode: 0 });
  });

  it('an expired waiver no longer applies and is itself reported', async () => {
    const diagnostics = await lintCase({
      name: 'expired',
      files: vendor('waivers:', '  - { rule: processor-no-contract, until: 2026-11-26 }'),
    });
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.waived])).toEqual([
      ['processor-no-contract', 'error', 5, undefined],
      ['waiver-expired', 'warning', 8, undefined],
    ]);
    expect(lintOutcome(diagnostics, 'error')).toEqual({ exitCode: 1 });
  });

  it('a waiver for another rule does not apply', async () => {
    const diagnostics = await lintCase({ name: 'other', files: vendor('waivers: [{ rule: record-stale }]') });
    expect(diagnostics.map((d) => [d.rule, Boolean(d.waived)])).toEqual([['processor-no-contract', false]]);
  });

  it('a configured level wins over a finding of its own severity', async () => {
    const diagnostics = await lintCase({
      name: 'level',
      files: {
        'organization.yaml': yaml(
          'organization:',
          '  name: Example SAS',
          '  address: Paris',
          '  email: a@example.com',
          '  public_authority: true',
          '  rights_contact: a@example.com',
          '  security_measures: [x]',
          '  reviewed: 2026-06-01',
        ),
      },
      config: { rules: { 'dpo-missing': 'note' } },
    });
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([['dpo-missing', 'note']]);
  });
});
