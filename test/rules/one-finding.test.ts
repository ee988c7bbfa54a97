// One root cause, one finding (issue 15, point 6): a field the schema refused is not also "missing", a
// transfer tool that cannot apply is not also "unverified", and an organisation-wide gap is reported once,
// on the organization. Each case lists every finding of the run, so that a duplicate would show.
import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers/inventory.js';
import { BASE, lintCase } from '../helpers/rule-tester.js';

async function findings(files: Record<string, string>) {
  const diagnostics = await lintCase({ name: 'one finding', files });
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`);
}

describe('one root cause, one finding', () => {
  it('a lawful basis outside the list is a schema error, not also lawful-basis-missing', async () => {
    const files = {
      'purposes.yaml': yaml(
        'purposes:',
        '  - id: billing',
        '    name: Billing',
        '    lawful_basis: Vertrag',
        '    provision: { requirement: voluntary }',
      ),
    };
    expect(await findings(files)).toEqual([
      'purposes.yaml:4:19 schema: "Vertrag" is not allowed for "lawful_basis"; expected one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests',
    ]);
  });

  it('a misspelt key is a schema error naming the key meant, not also lawful-basis-missing', async () => {
    const files = {
      'purposes.yaml': yaml(
        'purposes:',
        '  - id: billing',
        '    name: Billing',
        '    lawfulbasis: contract',
        '    provision: { requirement: voluntary }',
      ),
    };
    expect(await findings(files)).toEqual([
      'purposes.yaml:4:5 schema: unknown key "lawfulbasis" in purpose (did you mean "lawful_basis"?)',
    ]);
  });

  it('a duration that is not ISO 8601 is a schema error, not also retention-missing', async () => {
    const files = {
      'categories/customers.yaml': BASE['categories/customers.yaml']!.replace(
        'duration: P3Y',
        'duration: 1 year',
      ),
    };
    const all = await findings(files);
    expect(all.filter((f) => !f.includes(' schema: '))).toEqual([]);
    expect(all).toHaveLength(1);
  });

  it('a country that is not a code is a schema error, not also recipient-country-missing', async () => {
    const files = {
      'recipients.yaml': yaml(
        'recipients:',
        '  - { id: staff, name: Staff, role: internal }',
        '  - { id: mailer, name: Mailer, role: processor, contract: DPA, country: Germany }',
      ),
    };
    const all = await findings(files);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(
      /^recipients\.yaml:3:74 schema: "Germany" is not an ISO 3166-1 alpha-2 country code/,
    );
  });

  it('dpf for a Singapore recipient is transfer-mechanism-invalid, not also dpf-not-verified', async () => {
    const files = {
      'recipients.yaml': yaml(
        'recipients:',
        '  - { id: staff, name: Staff, role: internal }',
        '  - id: mailer',
        '    name: Mailer',
        '    role: processor',
        '    contract: DPA of 2025-03-01',
        '    country: SG',
        '    transfer: { mechanism: dpf }',
      ),
    };
    expect(await findings(files)).toEqual([
      'recipients.yaml:8:28 transfer-mechanism-invalid: recipient "mailer": dpf cannot cover SG (Singapore): it applies only to US (Art 45)',
    ]);
  });

  it('an organisation without security measures gets one finding, naming the categories', async () => {
    const category = (id: string) => BASE['categories/customers.yaml']!.replace('id: customers', `id: ${id}`);
    const files = {
      'organization.yaml': BASE['organization.yaml']!.replace(/ {2}security_measures: .*\n/, ''),
      'categories/customers.yaml': category('customers'),
      'categories/invoices.yaml': category('invoices'),
    };
    expect(await findings(files)).toEqual([
      'organization.yaml:2:3 security-measures-missing: organization "Example SAS" states no security measures, and categories "customers" and "invoices" have none of their own or of their systems (Art 30(1)(g), 32)',
    ]);
  });
});
