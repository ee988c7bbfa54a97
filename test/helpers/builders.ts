// Builders of the one-entity files the rule tests replace in the base inventory (rule-tester.ts): each
// writes its header, then the given lines indented under it, so that a test reads as the fields it sets.
import { yaml } from './inventory.js';

type Files = Record<string, string>;

const under = (spaces: number, fields: readonly string[]) => fields.map((f) => `${' '.repeat(spaces)}${f}`);

/** An organization with its contacts, DPO, rights channel and security measures: no completeness gap. */
export const CONTROLLER: readonly string[] = [
  'name: Example SAS',
  'address: Paris',
  'email: contact@example.com',
  'dpo: { email: dpo@example.com }',
  'rights_contact: privacy@example.com',
  'security_measures: [access control]',
];

/** organization.yaml: `organization:` (line 1) and the given lines under it (line 2 onwards). */
export const organization = (...fields: string[]): Files => ({
  'organization.yaml': yaml('organization:', ...under(2, fields)),
});

/** subjects.yaml: one subject "customer" (line 2) named Customers, the given fields under it (line 4 onwards). */
export const subject = (...fields: string[]): Files => ({
  'subjects.yaml': yaml('subjects:', '  - id: customer', '    name: Customers', ...under(4, fields)),
});

/** purposes.yaml: one purpose "billing" (line 2) named Billing, the given fields under it (line 4 onwards). */
export const purpose = (...fields: string[]): Files => ({
  'purposes.yaml': yaml('purposes:', '  - id: billing', '    name: Billing', ...under(4, fields)),
});

/** categories/customers.yaml: `category:` (line 1) and the given lines under it (line 2 onwards). */
export const category = (...fields: string[]): Files => ({
  'categories/customers.yaml': yaml('category:', ...under(2, fields)),
});
