// The DPV export is JSON-LD a processor expands and turns into RDF, and every IRI it uses in the dpv,
// eu-gdpr, pd and loc namespaces is a term of DPV 2.2 (src/reference/dpv-terms.json).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import dpvTerms from '../../src/reference/dpv-terms.json' with { type: 'json' };
import { spawnSync } from 'node:child_process';
import { BIN, ropa } from '../helpers/cli.js';
import { tempInventory } from '../helpers/inventory.js';
import { taxonomyInventory } from '../helpers/taxonomy.js';

const TAXONOMY = taxonomyInventory();

/** No document is fetched: the export carries its context inline. */
const documentLoader = (url: string) => Promise.reject(new Error(`refused to load ${url}`));

async function quads(inventory: string): Promise<{ subject: string; predicate: string; object: string }[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-dpv-')), 'record.jsonld');
  const result = ropa(['export', 'dpv', inventory, '-o', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const document = JSON.parse(readFileSync(file, 'utf8')) as jsonld.JsonLdDocument;
  expect((await jsonld.expand(document, { documentLoader })).length).toBeGreaterThan(0);
  const dataset = (await jsonld.toRDF(document, { documentLoader })) as unknown as {
    subject: { value: string };
    predicate: { value: string };
    object: { value: string; datatype?: { value: string } };
  }[];
  return dataset.map((q) => ({
    subject: q.subject.value,
    predicate: q.predicate.value,
    object:
      q.object.datatype && q.object.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string'
        ? `${q.object.value}^^${q.object.datatype.value}`
        : q.object.value,
  }));
}

const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe('ropa export dpv', () => {
  it.each(['dpv', 'fides'])(
    'reads the configuration given with --config, as the other commands do (%s)',
    (format) => {
      const config = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-dpv-')), 'ropa.config.yaml');
      writeFileSync(config, 'today: [\n');
      const result = ropa(['export', format, 'inventory', '--config', config]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `ropa: ${config}:2:1: invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]\n`,
      );
    },
  );

  it.each([
    ['the example', 'inventory'],
    ['the compliant fixture with taxonomy keys', TAXONOMY],
  ])('uses only DPV 2.2 terms (%s)', async (_label, inventory) => {
    const iris = (await quads(inventory)).flatMap((q) => [q.subject, q.predicate, q.object]);
    const checked = Object.entries(dpvTerms.namespaces) as [keyof typeof dpvTerms.terms, string][];
    const unknown = iris.filter((iri) => {
      const ns = checked.find(([, base]) => iri.startsWith(base));
      return ns !== undefined && !dpvTerms.terms[ns[0]].includes(iri.slice(ns[1].length));
    });
    expect(unknown).toEqual([]);
    expect(iris.filter((iri) => checked.some(([, base]) => iri.startsWith(base))).length).toBeGreaterThan(50);
  });

  it('states the record: controller, bases, personal data, recipients by role, durations, transfers', async () => {
    const triples = await quads(TAXONOMY);
    const has = (subject: string, predicate: string, object: string) =>
      expect(triples).toContainEqual({ subject, predicate, object });
    has('urn:ropa:record', TYPE, `${DPV}ROPA`);
    has('urn:ropa:record', `${DPV}hasDataController`, 'urn:ropa:controller');
    has('urn:ropa:controller', `${DPV}hasDataProtectionOfficer`, 'urn:ropa:dpo');
    has('urn:ropa:controller', `${DPV}hasCountry`, 'https://w3id.org/dpv/loc#FR');
    has('urn:ropa:process/order-processing', `${DPV}hasLegalBasis`, `${GDPR}A6-1-b`);
    has('urn:ropa:process/order-processing', `${DPV}hasPersonalData`, 'https://w3id.org/dpv/pd#EmailAddress');
    has('urn:ropa:process/order-processing', `${DPV}hasDataProcessor`, 'urn:ropa:recipient/support-desk');
    has('urn:ropa:subject/customer', TYPE, `${DPV}Customer`);
    has('urn:ropa:recipient/support-desk', `${DPV}hasCountry`, 'https://w3id.org/dpv/loc#AU');
    const transfer = triples.find(
      (t) => t.predicate === `${DPV}hasThirdCountry` && t.object.endsWith('#AU'),
    )!.subject;
    has(transfer, `${DPV}hasLegalBasis`, `${GDPR}A46-2-c`);
    has(transfer, `${DPV}hasProcessing`, `${DPV}CrossBorderTransfer`);
    expect(triples.map((t) => t.object)).toContain('P3Y^^http://www.w3.org/2001/XMLSchema#duration');
  });

  it('names a data item written with half a character (a lone surrogate) with U+FFFD in its IRI', async () => {
    const inventory = mkdtempSync(path.join(tmpdir(), 'ropa-dpv-'));
    cpSync('inventory', inventory, { recursive: true });
    const file = path.join(inventory, 'categories/accounting.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('    - quotations\n', '    - "quot\\uD83Dations"\n'),
    );
    const iris = (await quads(inventory)).map((q) => q.subject);
    expect(iris).toContain('urn:ropa:data/accounting/quot%EF%BF%BDations');
  });
});

describe('the DPV loss report', () => {
  it("is the whole document's when the reader of the document stops early", () => {
    // 400 categories, each disclosing a narrowed set of data (which DPV cannot say): a document of
    // several 64 KiB writes, the losses spread over it
    const n = 400;
    const files: Record<string, string> = {
      'organization.yaml': 'organization:\n  name: Example SAS\n  country: FR\n',
      'subjects.yaml': 'subjects:\n  - id: customer\n    name: Customers\n',
      'recipients.yaml':
        'recipients:\n  - id: mailer\n    name: Mailer\n    role: processor\n    country: US\n',
      'purposes.yaml': `purposes:\n${Array.from({ length: n }, (_, i) => `  - id: p${i}\n    name: Purpose ${i}\n    lawful_basis: contract\n`).join('')}`,
    };
    for (let i = 0; i < n; i++)
      files[`categories/c${i}.yaml`] = [
        'category:',
        `  id: c${i}`,
        `  name: Category ${i}`,
        '  data: [email, phone]',
        '  subjects: [customer]',
        `  purposes: [p${i}]`,
        '  recipients: [{ to: mailer, data: [email] }]',
        '',
      ].join('\n');
    const dir = tempInventory(files);
    const whole = ropa([
      'export',
      'dpv',
      dir,
      '-o',
      path.join(mkdtempSync(path.join(tmpdir(), 'ropa-dpv-')), 'x'),
    ]);
    expect(whole.code).toBe(0);
    const line = whole.stdout.split('\n')[0]!;
    expect(line).toMatch(/^Loss report \(export dpv\): .*, 4\d\d dropped, 0 errors$/);
    // the document to a reader that takes 100 bytes and leaves; the report to stderr
    const cut = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" export dpv "${dir}" | head -c 100 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect(cut.status).toBe(0);
    expect(cut.stderr.split('\n')[0]).toBe(line);
  });
});
