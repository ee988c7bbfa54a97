import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readBearer } from '../../src/evidence/bearer.js';
import { readCycloneDx } from '../../src/evidence/cyclonedx.js';
import { readPrivado } from '../../src/evidence/privado.js';
import { parsePurl } from '../../src/evidence/purl.js';
import { readFileSync } from 'node:fs';
import countries from '../../src/reference/countries.json' with { type: 'json' };
import {
  ECOSYSTEMS,
  packageKey,
  vendorNamed,
  vendorOfPackage,
  VENDORS,
} from '../../src/reference/vendors.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/drift/${name}`, import.meta.url), 'utf8');
const sbom = { path: 'sbom.json', tool: 'cyclonedx' as const };
const bearer = { path: 'bearer.json', tool: 'bearer' as const };
const privado = { path: 'privado.json', tool: 'privado' as const };
const bom = (components: unknown, specVersion = '1.5') =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion, components });

describe('package URLs', () => {
  it.each([
    ['pkg:npm/%40sentry/node@8.55.2', { ecosystem: 'npm', name: '@sentry/node', version: '8.55.2' }],
    ['pkg:npm/@sentry/node', { ecosystem: 'npm', name: '@sentry/node' }],
    ['pkg:pypi/stripe@9.1.0', { ecosystem: 'pypi', name: 'stripe', version: '9.1.0' }],
    [
      'pkg:maven/com.stripe/stripe-java@26.0.0?type=jar',
      { ecosystem: 'maven', name: 'com.stripe:stripe-java', version: '26.0.0' },
    ],
    [
      'pkg:golang/github.com/stripe/stripe-go/v76@v76.0.0',
      { ecosystem: 'golang', name: 'github.com/stripe/stripe-go/v76', version: 'v76.0.0' },
    ],
    ['pkg:gem/sentry-ruby@5.17.3#lib', { ecosystem: 'gem', name: 'sentry-ruby', version: '5.17.3' }],
    ['pkg:nuget/Stripe.net@45.0.0', { ecosystem: 'nuget', name: 'Stripe.net', version: '45.0.0' }],
  ])('%s', (purl, expected) => {
    expect(parsePurl(purl)).toEqual(expected);
  });

  it.each(['npm/stripe', 'pkg:', 'pkg:npm', 'pkg:npm/', 'pkg:npm/%E0%A4%A'])('refuses %j', (purl) => {
    expect(parsePurl(purl)).toBeUndefined();
  });
});

describe('the vendor catalogue', () => {
  it('covers at least 60 vendors, each with a package, a legal entity and valid countries', () => {
    expect(VENDORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(VENDORS.map((v) => v.id)).size).toBe(VENDORS.length);
    for (const vendor of VENDORS) {
      expect(
        ECOSYSTEMS.some((e) => (vendor.packages[e] ?? []).length > 0),
        vendor.id,
      ).toBe(true);
      expect(vendor.legal_entity, vendor.id).toBeTruthy();
      for (const country of vendor.countries)
        expect(Object.keys(countries.countries), vendor.id).toContain(country);
      expect(['listed', 'not-applicable', 'unknown'], vendor.id).toContain(vendor.dpf);
    }
  });

  it('names each package for one vendor only', () => {
    const owner = new Map<string, string>();
    for (const vendor of VENDORS) {
      for (const ecosystem of ECOSYSTEMS) {
        for (const name of vendor.packages[ecosystem] ?? []) {
          const key = `${ecosystem}:${packageKey(ecosystem, name)}`;
          expect(owner.get(key), `${key} in ${vendor.id} and ${owner.get(key)}`).toBeUndefined();
          owner.set(key, vendor.id);
        }
      }
    }
  });

  it.each([
    ['npm', '@sentry/nextjs', 'sentry'],
    ['npm', '@aws-sdk/client-s3', 'aws'],
    ['npm', 'posthog-node', 'posthog'],
    ['pypi', 'Sentry_SDK', 'sentry'],
    ['pypi', 'google-cloud-storage', 'google-cloud'],
    ['maven', 'software.amazon.awssdk:s3', 'aws'],
    ['maven', 'com.stripe:stripe-java', 'stripe'],
    ['golang', 'github.com/stripe/stripe-go/v76', 'stripe'],
    ['golang', 'cloud.google.com/go/storage', 'google-cloud'],
    ['gem', 'aws-sdk-s3', 'aws'],
    ['nuget', 'Sentry.AspNetCore', 'sentry'],
    ['nuget', 'AWSSDK.S3', 'aws'],
  ])('%s package %s is %s', (ecosystem, name, id) => {
    expect(vendorOfPackage(ecosystem, name)?.id).toBe(id);
  });

  it('knows no vendor for packages that are none', () => {
    expect(vendorOfPackage('npm', 'express')).toBeUndefined();
    expect(vendorOfPackage('npm', 'sentry')).toBeUndefined();
    expect(vendorOfPackage('golang', 'github.com/stripe-community/x')).toBeUndefined();
  });

  it('finds a vendor by the name a scanner gives it', () => {
    expect(vendorNamed('Amazon AWS APIs')?.id).toBe('aws');
    expect(vendorNamed('sentry')?.id).toBe('sentry');
    expect(vendorNamed('Unheard Of')).toBeUndefined();
  });
});

describe('CycloneDX', () => {
  it('reads the components, nested ones too, by package URL', () => {
    const part = readCycloneDx(
      bom([
        { type: 'library', name: 'node', purl: 'pkg:npm/%40sentry/node@8.0.0' },
        {
          type: 'application',
          name: 'app',
          components: [{ type: 'library', name: 'stripe', purl: 'pkg:pypi/stripe' }],
        },
        { type: 'library', name: 'no-purl' },
      ]),
      sbom,
    );
    expect(part.packages).toEqual([
      { ecosystem: 'npm', name: '@sentry/node', version: '8.0.0', from: sbom },
      { ecosystem: 'pypi', name: 'stripe', from: sbom },
    ]);
  });

  it.each([
    ['not JSON', '{', /^sbom\.json: not a CycloneDX SBOM: the file is not JSON \(.+\)$/],
    ['a list', '[]', /^sbom\.json: not a CycloneDX SBOM: the document is not an object$/],
    ['another format', JSON.stringify({ spdxVersion: 'SPDX-2.3' }), /: bomFormat is not "CycloneDX"$/],
    ['an old version', bom([], '1.3'), /: specVersion is "1\.3"; ropa reads CycloneDX 1\.4, 1\.5 and 1\.6$/],
    ['components not a list', bom({}), /: components is not a list$/],
    ['a component without a name', bom([{ type: 'library' }]), /: components\[0\]\.name is not a string$/],
    [
      'a bad purl',
      bom([{ type: 'library', name: 'x', purl: 'npm/x' }]),
      /: components\[0\]\.purl is not a package URL: "npm\/x"$/,
    ],
    [
      'components nested too deep',
      bom(
        Array.from({ length: 40 }).reduce<unknown[]>(
          (inner) => [{ type: 'library', name: 'x', components: inner }],
          [],
        ),
      ),
      /nests components more than 32 deep$/,
    ],
  ])('refuses %s in one line', (_what, text, message) => {
    expect(() => readCycloneDx(text, sbom)).toThrow(message);
  });

  it('reads a __proto__ key as data, without touching Object.prototype', () => {
    const text =
      '{"bomFormat":"CycloneDX","specVersion":"1.6","__proto__":{"components":[]},"components":[]}';
    expect(readCycloneDx(text, sbom).packages).toEqual([]);
    expect(({} as Record<string, unknown>).components).toBeUndefined();
  });
});

describe('Bearer', () => {
  it('reads the privacy report: data types, third parties and what they receive', () => {
    const part = readBearer(fixture('bearer-privacy.json'), bearer);
    expect(part.dataTypes.map((t) => [t.name, t.taxonomy])).toEqual([
      ['Email Address', 'user.contact.email'],
      ['Physical Address', 'user.contact.address'],
      ['Interactions', undefined],
    ]);
    expect(part.services.map((s) => s.name)).toEqual(['Sentry', 'Stripe', 'Amazon AWS APIs']);
    expect(part.flows.map((f) => `${f.dataType.name} -> ${f.service.name}`)).toEqual([
      'Email Address -> Sentry',
      'Email Address -> Stripe',
      'Physical Address -> Stripe',
    ]);
  });

  it('reads the dataflow report with its places in the code', () => {
    const part = readBearer(fixture('bearer-dataflow.json'), bearer);
    expect(part.dataTypes[1]).toEqual({
      name: 'Date of Birth',
      taxonomy: 'user.demographic.date_of_birth',
      from: bearer,
      locations: [{ file: 'app/models/user.rb', line: 7, column: 3 }],
    });
    expect(part.services.map((s) => [s.kind, s.name, s.locations.map((l) => `${l.file}:${l.line}`)])).toEqual(
      [
        ['third-party', 'Sentry', ['Gemfile.lock:120', 'config/initializers/sentry.rb:1']],
        ['data-store', 'PostgreSQL', ['Gemfile.lock:88']],
        ['data-store', 'Redis', ['config/initializers/redis.rb:2']],
      ],
    );
  });

  it.each([
    [
      'an SBOM',
      bom([]),
      /^bearer\.json: not a Bearer privacy or dataflow report: the document is an SBOM: give it with --sbom$/,
    ],
    [
      'a Privado report',
      fixture('privado.json'),
      /: the document has none of the keys of a report \(subjects, third_party, data_types/,
    ],
    [
      'a component without sub_type',
      '{"components":[{"type":"library","name":"x"}]}',
      /: components\[0\]\.sub_type is not a string$/,
    ],
    [
      'a bad third party',
      '{"third_party":[{"third_party":3}]}',
      /: third_party\[0\]\.third_party is not a string$/,
    ],
    [
      'a bad line',
      '{"components":[{"name":"x","type":"data_store","sub_type":"database","locations":[{"line_number":"2"}]}]}',
      /components\[0\]\.locations\[0\]\.line_number is not a number$/,
    ],
  ])('refuses %s in one line', (_what, text, message) => {
    expect(() => readBearer(text, bearer)).toThrow(message);
  });

  it('reads an empty report (Bearer leaves empty sections out)', () => {
    expect(readBearer('{}', bearer)).toEqual({ packages: [], services: [], dataTypes: [], flows: [] });
  });
});

describe('Privado', () => {
  it('reads data elements, sinks and the flows to third parties with the call that sends the data', () => {
    const part = readPrivado(fixture('privado.json'), privado);
    expect(part.dataTypes.map((t) => [t.name, t.taxonomy, t.locations.length])).toEqual([
      ['Email Address', 'user.contact.email', 1],
      ['Phone Number', 'user.contact.phone_number', 1],
      ['Card Number', 'user.financial.credit_card', 0],
    ]);
    expect(
      part.services.map((s) => [s.kind, s.name, s.locations.map((l) => `${l.file}:${l.line}:${l.column}`)]),
    ).toEqual([
      ['third-party', 'Mixpanel', ['src/routes/signup.js:22:3']],
      ['third-party', 'SendGrid', []],
      ['data-store', 'MongoDB', ['src/routes/signup.js:18:9']],
    ]);
    expect(
      part.flows.map((f) => `${f.dataType.name} -> ${f.service.name} at ${f.locations[0]?.line}`),
    ).toEqual([
      'Email Address -> Mixpanel at 22',
      'Email Address -> SendGrid at 27',
      'Phone Number -> SendGrid at 31',
    ]);
  });

  it.each([
    [
      'a Bearer report',
      fixture('bearer-privacy.json'),
      /^privado\.json: not a Privado privado\.json: the document has no "sources"$/,
    ],
    ['dataFlow not an object', '{"sources":[],"dataFlow":[]}', /: dataFlow is not an object$/],
    [
      'a bad path step',
      '{"sources":[],"dataFlow":{"third_parties":[{"sourceId":"a","sinks":[{"id":"b","name":"c","paths":[{"path":[7]}]}]}]}}',
      /dataFlow\.third_parties\[0\]\.sinks\[0\]\.paths\[0\]\.path\[0\] is not an object$/,
    ],
  ])('refuses %s in one line', (_what, text, message) => {
    expect(() => readPrivado(text, privado)).toThrow(message);
  });

  it('drops a column of -1 (unknown to privado-core) and keeps the line', () => {
    const text = JSON.stringify({
      sources: [],
      sinks: [{ id: 'Storages.Redis.Write', name: 'Redis (Write)', domains: [] }],
      sinkProcessing: [
        {
          sinkId: 'Storages.Redis.Write',
          occurrences: [{ lineNumber: 4, columnNumber: -1, fileName: 'pom.xml' }],
        },
      ],
      dataFlow: {},
    });
    expect(readPrivado(text, privado).services[0]?.locations).toEqual([{ file: 'pom.xml', line: 4 }]);
  });
});

describe('any JSON at all', () => {
  const readers = [
    [readCycloneDx, sbom],
    [readBearer, bearer],
    [readPrivado, privado],
  ] as const;
  // documents shaped like the formats, with values of any type where the formats have theirs
  const value = fc.jsonValue({ maxDepth: 3 });
  const documents = fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc
      .record({ bomFormat: fc.constant('CycloneDX'), specVersion: fc.constant('1.6'), components: value })
      .map((d) => JSON.stringify(d)),
    fc
      .dictionary(
        fc.constantFrom('subjects', 'third_party', 'data_types', 'components'),
        fc.array(
          fc.dictionary(
            fc.constantFrom(
              'name',
              'type',
              'sub_type',
              'locations',
              'third_party',
              'data_types',
              'detectors',
            ),
            value,
          ),
        ),
      )
      .map((d) => JSON.stringify(d)),
    fc
      .record({
        sources: value,
        dataFlow: fc.dictionary(fc.string(), fc.array(value)),
        sinks: value,
        processing: value,
      })
      .map((d) => JSON.stringify(d)),
  );

  it('is read, or refused with an InputError: never another exception', () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const [read, from] of readers) {
          try {
            read(text, from);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            expect((error as Error).message).not.toContain('\n');
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
