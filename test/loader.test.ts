// The loader and the structure rules: every structural problem is a located diagnostic.
import { describe, expect, it } from 'vitest';
import { unusedDefinition } from '../src/rules/structure/unused-definition.js';
import { yaml } from './helpers/inventory.js';
import { lintLines } from './helpers/lint.js';

const organization = yaml('organization:', '  name: Example');
/** Structure only: the loader's findings plus unused-definition. */
const structure = [unusedDefinition];

async function check(files: Record<string, string | Uint8Array>): Promise<string[]> {
  return lintLines({ 'organization.yaml': organization, ...files }, structure);
}

describe('valid input', () => {
  it.each([
    ['a category in its own file', { 'c.yaml': yaml('category:', '  id: c', '  name: C') }],
    [
      'categories as a list',
      { 'c.yaml': yaml('categories:', '  - id: a', '    name: A', '  - id: b', '    name: B') },
    ],
    ['a .yml file in a sub-folder', { 'x/c.yml': yaml('category: {id: c, name: C}') }],
    ['a UTF-8 BOM', { 'c.yaml': '\uFEFF' + yaml('category:', '  id: c', '  name: C') }],
    ['CRLF line ends', { 'c.yaml': 'category:\r\n  id: c\r\n  name: C\r\n' }],
    [
      'dates and durations',
      {
        'c.yaml': yaml(
          'category:',
          '  id: c',
          '  name: C',
          '  reviewed: 2026-01-31',
          '  retention:',
          '    - duration: PT1H',
          '    - duration: indefinite',
          '      minimum: P1Y6M',
        ),
      },
    ],
    [
      'data items as strings and objects',
      {
        'c.yaml': yaml(
          'category:',
          '  id: c',
          '  name: C',
          '  data: [name, {name: e-mail, taxonomy: user.contact.email}]',
        ),
      },
    ],
  ])('%s loads with no finding', async (_name, files) => {
    expect(await check(files)).toEqual([]);
  });

  it('ignores ropa.config.yaml and files that are not YAML', async () => {
    expect(
      await check({
        'ropa.config.yaml': 'rules: {}\n',
        'README.md': '# x\n',
        'c.yaml': yaml('category: {id: c, name: C}'),
      }),
    ).toEqual([]);
  });
});

describe('yaml-syntax', () => {
  it.each([
    [
      'an unclosed flow list',
      yaml('category:', '  id: c', '  data: [a, b'),
      [
        'c.yaml:4:1 yaml-syntax: invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'a duplicate key',
      yaml('category:', '  id: c', '  name: C', '  name: D'),
      ['c.yaml:4:3 yaml-syntax: invalid YAML: duplicate key'],
    ],
    [
      'a tab used for indentation',
      'category:\n\tid: c\n',
      ['c.yaml:2:1 yaml-syntax: invalid YAML: tabs are not allowed as indentation'],
    ],
    [
      'bad indentation',
      yaml('category:', '  id: c', ' name: C'),
      ['c.yaml:3:1 yaml-syntax: invalid YAML: all mapping items must start at the same column'],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await check({ 'c.yaml': text })).toEqual(expected);
  });

  it('reports a file that is not UTF-8', async () => {
    expect(await check({ 'c.yaml': Buffer.from('category:\n  id: c\n  name: caf\xe9\n', 'latin1') })).toEqual(
      ['c.yaml:3:12 yaml-syntax: not UTF-8 text (byte 0xE9): save the file as UTF-8'],
    );
  });
});

describe('schema: the shape of a file', () => {
  it.each([
    [
      'an empty file',
      '',
      'c.yaml:1:1 schema: the file is empty; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories',
    ],
    [
      'a file that is a list',
      yaml('- a', '- b'),
      'c.yaml:1:1 schema: the file holds a list; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories',
    ],
    [
      'a file that is a scalar',
      yaml('hello'),
      'c.yaml:1:1 schema: the file holds a string; expected a mapping with organization, subjects, purposes, recipients, systems, category or categories',
    ],
    [
      'an empty mapping',
      yaml('{}'),
      'c.yaml:1:1 schema: the file is an empty mapping; expected organization, subjects, purposes, recipients, systems, category or categories',
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await check({ 'c.yaml': text })).toEqual([expected]);
  });
});

describe('schema: values', () => {
  const category = (...lines: string[]) => ({
    'c.yaml': yaml('category:', '  id: c', '  name: C', ...lines),
  });
  it.each([
    [
      'an unknown key, with a suggestion',
      category('  purpose: [x]'),
      'c.yaml:4:3 schema: unknown key "purpose" in category (did you mean "purposes"?)',
    ],
    [
      'an unknown top-level key',
      { 'c.yaml': yaml('categorie:', '  id: c') },
      'c.yaml:1:1 schema: unknown key "categorie" (did you mean "categories"?)',
    ],
    [
      'a string where a list is expected',
      category('  subjects: customer'),
      'c.yaml:4:13 schema: "subjects" must be a list, not "customer"',
    ],
    [
      'a number where a boolean is expected',
      category('  criminal: 1'),
      'c.yaml:4:13 schema: "criminal" must be true or false, not 1',
    ],
    [
      'an enum value, with the allowed values',
      category('  special: [healt]'),
      'c.yaml:4:13 schema: "healt" is not allowed for value; expected one of: racial-ethnic-origin, political-opinions, religious-beliefs, trade-union, genetic, biometric, health, sex-life-orientation (did you mean "health"?)',
    ],
    [
      'an id that is not kebab-case',
      { 'c.yaml': yaml('category:', '  id: Customer_Data', '  name: C') },
      'c.yaml:2:7 schema: "Customer_Data" is not a valid id: use kebab-case (lowercase letters and digits, single hyphens)',
    ],
    [
      'a date that is not YYYY-MM-DD',
      category('  reviewed: 27/11/2026'),
      'c.yaml:4:13 schema: "27/11/2026" is not a date: use YYYY-MM-DD',
    ],
    [
      'a duration that is not ISO 8601',
      category('  retention:', '    - duration: 10 years'),
      'c.yaml:5:17 schema: "10 years" is not an ISO 8601 duration (e.g. P10Y, P3M, P10D) or "indefinite"',
    ],
    [
      'a minimum that is indefinite',
      category('  retention:', '    - minimum: indefinite'),
      'c.yaml:5:16 schema: "indefinite" is not an ISO 8601 duration (e.g. P10Y, P3M, P10D)',
    ],
    [
      'a country that is not ISO 3166-1',
      {
        'r.yaml': yaml('recipients:', '  - id: r', '    name: R', '    country: UK'),
        ...category('  recipients: [r]'),
      },
      'r.yaml:4:14 schema: "UK" is not an ISO 3166-1 alpha-2 country code (e.g. FR, DE, US, GB)',
    ],
    [
      'a missing name',
      { 's.yaml': yaml('subjects:', '  - id: s') },
      's.yaml:2:5 schema: subject is missing the required key "name"',
    ],
    [
      'a __proto__ key',
      category('  __proto__: {polluted: true}'),
      'c.yaml:4:3 schema: unknown key "__proto__" in category',
    ],
  ])('%s', async (_name, files, expected) => {
    expect(await check(files)).toEqual([expected]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('an invalid entity costs one finding', () => {
  it('leaves out an entity whose id is invalid, without a cascade', async () => {
    expect(await check({ 's.yaml': yaml('subjects:', '  - id: Bad_Id', '    name: Bad') })).toEqual([
      's.yaml:2:9 schema: "Bad_Id" is not a valid id: use kebab-case (lowercase letters and digits, single hyphens)',
    ]);
  });
});

describe('duplicate-id', () => {
  it('shows both places', async () => {
    expect(
      await check({
        'a.yaml': yaml('subjects:', '  - id: customer', '    name: Customers'),
        'b.yaml': yaml(
          'subjects:',
          '  - {id: prospect, name: Prospects}',
          '  - id: customer',
          '    name: Clients',
        ),
        'c.yaml': yaml('category: {id: c, name: C, subjects: [customer, prospect]}'),
      }),
    ).toEqual([
      'a.yaml:2:9 duplicate-id: subject id "customer" is defined twice',
      'b.yaml:3:9 duplicate-id: subject id "customer" is defined twice',
    ]);
  });
});

describe('unknown-reference', () => {
  const base = {
    's.yaml': yaml('subjects:', '  - {id: customer, name: Customers}'),
    'r.yaml': yaml('recipients:', '  - {id: bnp-paribas, name: BNP Paribas}'),
    'p.yaml': yaml('purposes:', '  - {id: billing, name: Billing}'),
  };
  it('names the kind and suggests the closest id', async () => {
    expect(
      await check({
        ...base,
        'c.yaml': yaml(
          'category:',
          '  id: c',
          '  name: C',
          '  data: [iban]',
          '  subjects: [customers]',
          '  purposes: [billing]',
          '  recipients: [bnp-parisbas, {to: bnp-paribas, data: [ibna]}]',
          '  systems: [erp]',
        ),
      }),
    ).toEqual([
      'c.yaml:5:14 unknown-reference: no subject has the id "customers" (did you mean "customer"?)',
      'c.yaml:7:16 unknown-reference: no recipient has the id "bnp-parisbas" (did you mean "bnp-paribas"?)',
      'c.yaml:7:55 unknown-reference: the category holds no data item "ibna" (did you mean "iban"?)',
      'c.yaml:8:13 unknown-reference: no system has the id "erp"',
      // the typo leaves the real subject unused
      's.yaml:2:10 unused-definition: subject "customer" is not referenced by any category',
    ]);
  });
});

describe('organization-missing', () => {
  it('reports an inventory with no organization', async () => {
    const found = await lintLines({ 'c.yaml': yaml('category: {id: c, name: C}') }, structure);
    expect(found).toEqual([
      "c.yaml:1:1 organization-missing: the inventory has no organization: add organization.yaml with the controller's name and contacts",
    ]);
  });
  it('reports a second organization', async () => {
    expect(await check({ 'z.yaml': yaml('organization:', '  name: Other') })).toEqual([
      'z.yaml:2:3 organization-missing: more than one organization: the first is in organization.yaml; an inventory describes one controller',
    ]);
  });
});

describe('unused-definition', () => {
  it('flags a subject, purpose, recipient and system nothing references', async () => {
    expect(
      await check({
        'defs.yaml': yaml(
          'subjects:',
          '  - {id: customer, name: Customers}',
          '  - {id: ghost, name: Nobody}',
          'purposes:',
          '  - {id: billing, name: Billing}',
          '  - {id: unused, name: Unused}',
          'recipients:',
          '  - {id: bank, name: Bank}',
          '  - {id: host, name: Host}',
          'systems:',
          '  - {id: erp, name: ERP, hosted_by: host}',
          '  - {id: old, name: Old}',
        ),
        'c.yaml': yaml(
          'category: {id: c, name: C, subjects: [customer], purposes: [billing], recipients: [bank], systems: [erp]}',
        ),
      }),
    ).toEqual([
      'defs.yaml:3:10 unused-definition: subject "ghost" is not referenced by any category',
      'defs.yaml:6:10 unused-definition: purpose "unused" is not referenced by any category',
      'defs.yaml:12:10 unused-definition: system "old" is not referenced by any category',
    ]);
  });
});
