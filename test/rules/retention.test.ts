import { yaml } from '../helpers/inventory.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** categories/customers.yaml, named `name`, whose retention list (line 10) holds the given lines. */
const retentionOf =
  (name: string) =>
  (...rules: string[]) => ({
    'categories/customers.yaml': yaml(
      'category:',
      '  id: customers',
      `  name: ${name}`,
      '  data: [name]',
      '  subjects: [customer]',
      '  purposes: [billing]',
      '  recipients: [staff, mailer]',
      '  systems: [crm]',
      '  retention:',
      ...rules.map((r) => `    ${r}`),
    ),
  });
const retention = retentionOf('Customer data');
/** The same category, recognisable as accounting records by its name. */
const accounting = retentionOf('Accounting records');
const LEGAL_PURPOSE = {
  'purposes.yaml': yaml(
    'purposes:',
    '  - { id: billing, name: Billing, lawful_basis: legal-obligation, legal_reference: Code de commerce }',
  ),
};
const PROSPECTS = {
  'subjects.yaml': yaml('subjects:', '  - { id: customer, name: Prospects and customers }'),
};

ruleTester('retention-unbounded', {
  valid: [
    { name: 'a duration', files: retention('- { duration: P3Y, from: end-of-contract }') },
    { name: 'criteria only', files: retention('- criteria: Deleted once the request is answered') },
    {
      name: 'a minimum and a maximum',
      files: retention('- { minimum: P1Y, duration: P3Y, from: end-of-contract }'),
    },
  ],
  invalid: [
    {
      name: 'indefinite',
      files: retention('- duration: indefinite'),
      errors: [
        {
          line: 10,
          column: 17,
          message: 'category "customers" is kept indefinitely: set a maximum retention period (Art 5(1)(e))',
        },
      ],
    },
    {
      name: 'only a minimum, even with criteria',
      files: retention('- minimum: P10Y', '  criteria: Legal reasons'),
      errors: [
        {
          line: 10,
          column: 16,
          message:
            'category "customers" is kept for at least 10 years with no upper limit: set a maximum (duration) (Art 5(1)(e))',
        },
      ],
    },
    {
      name: 'neither duration nor criteria',
      files: retention('- then: delete'),
      errors: [
        {
          line: 10,
          column: 7,
          message:
            'category "customers" has a retention rule with neither a duration nor criteria (Art 5(1)(e))',
        },
      ],
    },
  ],
});

ruleTester('retention-no-trigger', {
  valid: [
    { name: 'from an event', files: retention('- { duration: P3Y, from: end-of-contract }') },
    { name: 'indefinite is another rule', files: retention('- { duration: indefinite }') },
  ],
  invalid: [
    {
      name: 'a duration with no start',
      files: retention('- duration: P10D'),
      errors: [
        {
          line: 10,
          column: 17,
          message:
            'category "customers" is kept 10 days without saying from which event (from) (CNIL record model)',
        },
      ],
    },
  ],
});

ruleTester('retention-exceeds-reference', {
  valid: [
    {
      name: 'prospects for 3 years',
      files: { ...PROSPECTS, ...retention('- { duration: P3Y, from: last-contact }') },
    },
    { name: 'nothing recognisable', files: retention('- { duration: P20Y, from: end-of-contract }') },
    {
      name: 'no prospect reference in Germany',
      files: { ...PROSPECTS, ...retention('- { duration: P5Y, from: last-contact }') },
      config: { country: 'DE' },
    },
    {
      name: 'accounting kept 10 years in Italy (Codice civile, art. 2220)',
      files: accounting('- { duration: P10Y, from: end-of-financial-year }'),
      config: { country: 'IT' },
    },
    {
      name: 'no reference for a country without one',
      files: accounting('- { duration: P20Y, from: end-of-financial-year }'),
      config: { country: 'CH' },
    },
  ],
  invalid: [
    {
      name: 'accounting kept 10 years in Spain: 6 years (Código de Comercio)',
      files: accounting('- { duration: P10Y, from: end-of-financial-year }'),
      config: { country: 'ES' },
      errors: [
        {
          line: 10,
          column: 19,
          message:
            'category "customers" is kept 10 years, longer than the 6 years known in ES for books, correspondence, documents and vouchers of the business (libros, correspondencia, documentación y justificantes) (Código de Comercio, art. 30)',
        },
      ],
    },
    {
      name: 'accounting kept 12 years in Germany: 10 years for books',
      files: accounting('- { duration: P12Y, from: end-of-financial-year }'),
      config: { country: 'DE' },
      errors: [
        {
          line: 10,
          column: 19,
          message:
            'category "customers" is kept 12 years, longer than the 10 years known in DE for books and records, inventories, opening balance sheets, annual financial statements and management reports (HGB § 257(1) no. 1, (4) and AO § 147(1) no. 1, (3))',
        },
      ],
    },
    {
      name: "a configured reference replaces the built-in one (the user's counsel)",
      files: accounting('- { duration: P10Y, from: end-of-financial-year }'),
      config: {
        country: 'IT',
        references: [
          {
            id: 'accounting-records',
            country: 'IT',
            kind: 'guidance',
            data: 'Accounting records, as our counsel reads them',
            matches: { categories: ['accounting'] },
            applies_to: 'retention',
            max: 'P8Y',
            source: 'Counsel memo 2026-01: eight years',
          },
        ],
      },
      errors: [
        {
          line: 10,
          column: 19,
          message:
            'category "customers" is kept 10 years, longer than the 8 years known in IT for accounting records, as our counsel reads them (Counsel memo 2026-01)',
        },
      ],
    },
    {
      name: 'prospects for 5 years',
      files: { ...PROSPECTS, ...retention('- duration: P5Y', '  from: last-contact') },
      errors: [
        {
          line: 10,
          column: 17,
          message:
            'category "customers" is kept 5 years, longer than the 3 years known in FR for data of prospects (non-customers) used for commercial prospecting (CNIL, référentiel gestion des activités commerciales (2021))',
        },
      ],
    },
    {
      name: 'logs recognised by the category name, in months',
      files: {
        'categories/customers.yaml': yaml(
          'category:',
          '  id: customers',
          '  name: Access logs',
          '  data: [IP address]',
          '  subjects: [customer]',
          '  purposes: [billing]',
          '  recipients: [staff]',
          '  systems: [crm]',
          '  retention: [{ duration: P13M, from: collection }]',
        ),
      },
      errors: [
        {
          line: 9,
          column: 27,
          message:
            'category "customers" is kept 13 months, longer than the 1 year known in FR for application and access logs (journalisation) (CNIL, recommandation relative à la journalisation (délibération n° 2021-122 du 14 octobre 2021))',
        },
      ],
    },
  ],
});

ruleTester('retention-legal-no-reference', {
  valid: [
    {
      name: 'the law is named',
      files: {
        ...LEGAL_PURPOSE,
        ...retention(
          '- { minimum: P10Y, duration: P10Y, from: end-of-financial-year, legal_reference: Code de commerce }',
        ),
      },
    },
    {
      name: 'no minimum',
      files: retention('- { duration: P3Y, from: end-of-contract }'),
    },
  ],
  invalid: [
    {
      name: 'a legal minimum without its law',
      files: {
        ...LEGAL_PURPOSE,
        ...retention('- duration: P10Y', '  minimum: P10Y', '  from: end-of-financial-year'),
      },
      errors: [
        {
          line: 11,
          column: 16,
          message:
            'category "customers" sets a minimum of 10 years but names no law that imposes it (legal_reference) (Art 5(1)(e))',
        },
      ],
    },
  ],
});

ruleTester('retention-overlap', {
  valid: [
    {
      name: 'a narrowed rule beside a category-wide one is an override',
      files: retention(
        '- { duration: P3Y, from: end-of-contract }',
        '- { subjects: [customer], duration: P1Y, from: end-of-contract }',
      ),
    },
    {
      name: 'equally specific rules with the same limit',
      files: retention(
        '- { subjects: [customer], duration: P3Y, from: end-of-contract }',
        '- { purposes: [billing], duration: P3Y, from: end-of-contract }',
      ),
    },
    {
      name: 'a rule narrowed to both overrides one narrowed to subjects',
      files: retention(
        '- { subjects: [customer], duration: P3Y, from: end-of-contract }',
        '- { subjects: [customer], purposes: [billing], duration: P1Y, from: end-of-contract }',
      ),
    },
  ],
  invalid: [
    {
      name: 'narrowed to subjects and to purposes, both covering customer for billing',
      files: retention(
        '- { subjects: [customer], duration: P3Y, from: end-of-contract }',
        '- { purposes: [billing], duration: P5Y, from: end-of-contract }',
      ),
      errors: [
        {
          line: 11,
          column: 7,
          message:
            'category "customers": retention rules 1 and 2 are equally specific and both cover subject "customer" for purpose "billing" with different limits: one period must be determinable (Art 5(1)(e))',
        },
      ],
    },
    {
      name: 'two category-wide rules with different triggers',
      files: retention('- { duration: P3Y, from: end-of-contract }', '- { duration: P3Y, from: collection }'),
      errors: [
        {
          line: 11,
          column: 7,
          message:
            'category "customers": retention rules 1 and 2 are equally specific and both cover subject "customer" for purpose "billing" with different limits: one period must be determinable (Art 5(1)(e))',
        },
      ],
    },
  ],
});
