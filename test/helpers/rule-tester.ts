// The RuleTester pattern: each case is a small inventory (a minimal, complete base with some files
// replaced) linted with a fixed "today"; a valid case yields no finding of the rule under test, an invalid
// one yields exactly the listed findings, in order, with line, column and message.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import type { Evidence } from '../../src/evidence/model.js';
import { loadInventory } from '../../src/inventory/load.js';
import type { Severity } from '../../src/inventory/model.js';
import type { RuleId } from '../../src/rules/index.js';
import { lint } from '../../src/rules/run.js';
import { tempInventory, yaml } from './inventory.js';

export const TODAY = '2026-11-27';

/** A small inventory with no finding at all: every case starts from it. */
export const BASE: Readonly<Record<string, string>> = {
  'organization.yaml': yaml(
    'organization:',
    '  name: Example SAS',
    '  address: 1 rue de la Paix, 75002 Paris, France',
    '  email: contact@example.com',
    '  country: FR',
    '  dpo:',
    '    appointed: false',
    '    reason: No public authority, no large-scale monitoring or special-category data (Art 37(1))',
    '  rights_contact: privacy@example.com',
    '  security_measures: [role-based access control, encrypted backups]',
    '  reviewed: 2026-06-01',
  ),
  'subjects.yaml': yaml('subjects:', '  - id: customer', '    name: Customers', '    reviewed: 2026-06-01'),
  'purposes.yaml': yaml(
    'purposes:',
    '  - id: billing',
    '    name: Billing',
    '    lawful_basis: contract',
    '    provision: { requirement: contractual, obliged: true, consequences: No invoice without a name }',
    '    reviewed: 2026-06-01',
  ),
  'recipients.yaml': yaml(
    'recipients:',
    '  - id: staff',
    '    name: Staff',
    '    role: internal',
    '    reviewed: 2026-06-01',
    '  - id: mailer',
    '    name: Mailer SAS',
    '    role: processor',
    '    country: FR',
    '    contract: DPA of 2025-03-01',
    '    reviewed: 2026-06-01',
  ),
  'systems.yaml': yaml('systems:', '  - id: crm', '    name: CRM', '    reviewed: 2026-06-01'),
  'categories/customers.yaml': yaml(
    'category:',
    '  id: customers',
    '  name: Customer data',
    '  data: [name, e-mail address]',
    '  subjects: [customer]',
    '  sources: [{ type: direct }]',
    '  purposes: [billing]',
    '  recipients: [staff, mailer]',
    '  systems: [crm]',
    '  retention:',
    '    - duration: P3Y',
    '      from: end-of-contract',
    '      then: delete',
    '  reviewed: 2026-06-01',
  ),
};

export interface Case {
  readonly name: string;
  /** Files that replace (or, with `null`, remove) files of BASE. */
  readonly files: Readonly<Record<string, string | null>>;
  readonly config?: Partial<Config>;
  /** Evidence about the code: the case is then a drift run (`ropa drift`). */
  readonly evidence?: Evidence;
}

export interface Expected {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity?: Severity;
}

export interface InvalidCase extends Case {
  readonly errors: readonly Expected[];
}

const STRUCTURE = new Set([
  'yaml-syntax',
  'schema',
  'duplicate-id',
  'unknown-reference',
  'organization-missing',
]);
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * Loads and lints BASE with the case's changes; returns every diagnostic. Cases rewrite files without
 * `reviewed` dates, so record-stale is off unless `staleness` asks for it.
 */
export async function lintCase(testCase: Case, staleness = false) {
  const files: Record<string, string> = { ...BASE };
  for (const [name, text] of Object.entries(testCase.files)) {
    if (text === null) delete files[name];
    else files[name] = text;
  }
  const dir = tempInventory(files);
  folders.push(dir);
  const loaded = await loadInventory(dir);
  const rules = { ...(staleness ? {} : { 'record-stale': 'off' as const }), ...testCase.config?.rules };
  return lint(loaded, {
    config: { ...testCase.config, rules },
    today: TODAY,
    ...(testCase.evidence ? { evidence: testCase.evidence } : {}),
  });
}

export function ruleTester(
  ruleId: RuleId,
  cases: { valid: readonly Case[]; invalid: readonly InvalidCase[] },
): void {
  describe(ruleId, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const diagnostics = await lintCase(testCase, ruleId === 'record-stale');
        expect(diagnostics.filter((d) => STRUCTURE.has(d.rule))).toEqual([]);
        expect(diagnostics.filter((d) => d.rule === ruleId)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const diagnostics = await lintCase(testCase, ruleId === 'record-stale');
        expect(diagnostics.filter((d) => STRUCTURE.has(d.rule))).toEqual([]);
        const found = diagnostics
          .filter((d) => d.rule === ruleId)
          .map((d, i) => ({
            line: d.line,
            column: d.column,
            message: d.message,
            ...(testCase.errors[i]?.severity ? { severity: d.severity } : {}),
          }));
        expect(found).toEqual(testCase.errors);
      });
    }
  });
}
