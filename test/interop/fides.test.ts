// Fides manifests: ropa's export is valid against the JSON Schema of fideslang 3.1.4's own models and
// uses only keys of its default taxonomy; the Fides sample project's manifests import.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import taxonomy from '../../src/reference/fideslang-taxonomy.json' with { type: 'json' };
import { ropa } from '../helpers/cli.js';
import { taxonomyInventory } from '../helpers/taxonomy.js';

const TAXONOMY = taxonomyInventory();

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/interop/fideslang-3.1.4-taxonomy.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

interface Declaration {
  name: string;
  data_use: string;
  data_categories: string[];
  data_subjects: string[];
  legal_basis_for_processing?: string;
  retention_period?: string;
  third_parties?: string;
}
interface Manifest {
  organization: Record<string, unknown>[];
  system: { fides_key: string; responsibility: string[]; privacy_declarations: Declaration[] }[];
}

function exported(inventory: string): { manifest: Manifest; stdout: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-fides-')), 'ropa.yml');
  const result = ropa(['export', 'fides', inventory, '-o', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { manifest: parse(readFileSync(file, 'utf8')) as Manifest, stdout: result.stdout };
}

describe('ropa export fides', () => {
  it('is checked by a schema that rejects a declaration without a data use', () => {
    const bad = {
      system: [{ fides_key: 'x', system_type: 'Service', privacy_declarations: [{ data_categories: [] }] }],
    };
    expect(validate(bad)).toBe(false);
  });

  it.each([
    ['the example', 'inventory'],
    ['the compliant fixture with taxonomy keys', TAXONOMY],
  ])('writes a manifest fideslang 3.1.4 accepts (%s)', (_label, inventory) => {
    const { manifest } = exported(inventory);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    const declarations = manifest.system.flatMap((s) => s.privacy_declarations);
    for (const d of declarations) {
      expect(Object.keys(taxonomy.data_uses)).toContain(d.data_use);
      for (const key of d.data_categories) expect(Object.keys(taxonomy.data_categories)).toContain(key);
      for (const key of d.data_subjects) expect(Object.keys(taxonomy.data_subjects)).toContain(key);
    }
  });

  it('declares each purpose with its taxonomy keys, basis, retention words and third parties', () => {
    const { manifest } = exported(TAXONOMY);
    expect(manifest.system.map((s) => [s.fides_key, s.responsibility])).toEqual([
      ['crm', ['Controller']],
      ['web-servers', ['Controller']],
      ['mailer', ['Processor']],
      ['support-desk', ['Processor']],
      ['analytics', ['Processor']],
      ['hosting', ['Processor']],
      ['bank', ['Controller']],
    ]);
    const crm = manifest.system[0]!.privacy_declarations;
    expect(crm[0]).toEqual({
      name: 'Processing orders and support',
      data_use: 'essential.service',
      data_categories: ['user.contact.email', 'user.contact.phone_number', 'user.name'],
      data_subjects: ['customer', 'prospect'],
      legal_basis_for_processing: 'Contract',
      processes_special_category_data: false,
      retention_period:
        'Identification and contact details: 3 years from end of contract, then delete; Identification and contact details: 3 years from last contact, then delete',
      data_shared_with_third_parties: true,
      third_parties: 'Support Desk Pty Ltd',
    });
  });

  it('reports what Fides cannot hold', () => {
    const { stdout } = exported(TAXONOMY);
    expect(stdout).toContain(
      'recipient support-desk: countries IE, AU (Fides has no recipient country, only whether a system transfers internationally)\n',
    );
    expect(stdout).toContain(
      'recipient support-desk: transfer {"mechanism":"scc","reference":"SCC module 2 annexed to the DPA","tia":"TIA of 2025-02-01"} (Fides has no transfer tool per recipient: the system lists a legal basis for transfers only)\n',
    );
    const example = exported('inventory').stdout;
    expect(example).toContain(
      '  purpose respond-to-messages: Responding to messages and enquiries (no taxonomy key (a fideslang data use) on the purpose, which a privacy declaration requires)\n',
    );
  });
});

describe('ropa import fides', () => {
  const manifests = ['sample_organization.yml', 'sample_systems.yml'].map((f) => `test/fixtures/fides/${f}`);

  it("imports the Fides sample project's manifests into an inventory that loads", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-fides-import-')), 'inventory');
    const result = ropa(['import', 'fides', ...manifests, '-o', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Wrote 8 files to .*\nNo \$schema line for editors: ropa is not installed in a node_modules folder above .*\nLint: \d+ errors, \d+ warnings, \d+ notes?; run/,
    );
    expect(result.stdout.split('\n')[0]).toBe(
      'Loss report (import fides): 23 became structure, 12 kept as notes, 7 dropped, 0 errors',
    );
    expect(result.stdout).toContain(
      `  ${manifests[1]}, system cookie_house_loyalty_database, egress: [{"fides_key":"cookie_house","type":"system"}] (ropa records no flows between systems or datasets)\n`,
    );
    const purposes = parse(readFileSync(path.join(dir, 'purposes.yaml'), 'utf8')) as { purposes: unknown[] };
    expect(purposes.purposes).toEqual([
      { id: 'functional-service-improve', name: 'Improve Service', taxonomy: 'functional.service.improve' },
      { id: 'essential-service', name: 'Essential for Service', taxonomy: 'essential.service' },
      {
        id: 'marketing-advertising-first-party-targeted',
        name: 'First Party Personalized Advertising',
        taxonomy: 'marketing.advertising.first_party.targeted',
      },
    ]);
    const organization = readFileSync(path.join(dir, 'organization.yaml'), 'utf8');
    expect(organization).toMatch(/^organization:\n {2}name: Cookie House\n/);
    expect(ropa(['lint', dir, '--format', 'json']).stdout).not.toMatch(
      /"rule": "(schema|unknown-reference|duplicate-id)"/,
    );
  });

  it('exports and imports back the same purposes, categories and subjects', () => {
    const { manifest } = exported(TAXONOMY);
    const scratch = mkdtempSync(path.join(tmpdir(), 'ropa-fides-back-'));
    const file = path.join(scratch, 'ropa.yml');
    ropa(['export', 'fides', TAXONOMY, '-o', file]);
    const result = ropa(['import', 'fides', file, '-o', path.join(scratch, 'back')]);
    expect(result.code).toBe(0);
    const purposes = parse(readFileSync(path.join(scratch, 'back', 'purposes.yaml'), 'utf8')) as {
      purposes: { name: string; taxonomy: string; lawful_basis: string }[];
    };
    const declared = manifest.system.flatMap((s) => s.privacy_declarations);
    expect(purposes.purposes.map((p) => [p.name, p.taxonomy, p.lawful_basis])).toEqual(
      [...new Map(declared.map((d) => [d.data_use, d])).values()].map((d) => [
        d.name,
        d.data_use,
        {
          Contract: 'contract',
          'Legal obligations': 'legal-obligation',
          Consent: 'consent',
          'Legitimate interests': 'legitimate-interests',
        }[d.legal_basis_for_processing!],
      ]),
    );
  });
});
