import { yaml } from '../helpers/inventory.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** purposes.yaml with the billing purpose (line 2) and its extra fields from line 5 on. */
const purpose = (...fields: string[]) => ({
  'purposes.yaml': yaml(
    'purposes:',
    '  - id: billing',
    '    name: Billing',
    '    lawful_basis: contract',
    ...fields.map((f) => `    ${f}`),
  ),
});

/** categories/customers.yaml with the given source (line 6) and retention rules (from line 10). */
const category = (source: string, ...retention: string[]) => ({
  'categories/customers.yaml': yaml(
    'category:',
    '  id: customers',
    '  name: Customer data',
    '  data: [name]',
    '  subjects: [customer]',
    `  sources: [${source}]`,
    '  purposes: [billing]',
    '  recipients: [staff, mailer]',
    '  retention:',
    ...retention.map((r) => `    ${r}`),
  ),
});

ruleTester('provision-requirement-missing', {
  valid: [
    {
      name: 'requirement, obliged and consequences',
      files: purpose('provision: { requirement: statutory, obliged: true, consequences: No invoice }'),
    },
    { name: 'voluntary needs nothing more', files: purpose('provision: { requirement: voluntary }') },
    {
      name: 'not obliged needs no consequences',
      files: purpose('provision: { requirement: contractual, obliged: false }'),
    },
    {
      name: 'data observed rather than given',
      files: { ...purpose(), ...category('{ type: observed }', '- { duration: P1Y, from: collection }') },
    },
  ],
  invalid: [
    {
      name: 'no provision',
      files: purpose(),
      errors: [
        {
          line: 2,
          column: 5,
          message:
            'purpose "billing" uses data people give (category "customers") without saying whether they must give it and what happens if they do not (Art 13(2)(e))',
        },
      ],
    },
    {
      name: 'obliged without consequences, and no requirement',
      files: purpose('provision:', '  obliged: true'),
      errors: [
        {
          line: 6,
          column: 7,
          message:
            'purpose "billing": provision does not say what happens if people do not give the data (Art 13(2)(e))',
        },
        {
          line: 6,
          column: 7,
          message:
            'purpose "billing": provision does not say whether the data is a statutory or contractual requirement, needed to enter into a contract, or voluntary (Art 13(2)(e))',
        },
      ],
    },
    {
      name: 'a requirement without saying whether people are obliged',
      files: purpose('provision: { requirement: pre-contractual }'),
      errors: [
        {
          line: 5,
          column: 16,
          message:
            'purpose "billing": provision does not say whether people are obliged to give the data (Art 13(2)(e))',
        },
      ],
    },
  ],
});

ruleTester('retention-criteria-vague', {
  valid: [
    {
      name: 'criteria a reader can apply',
      files: category('{ type: direct }', '- criteria: Until the request is closed, then 12 months'),
    },
    {
      name: 'as long as necessary, with a number',
      files: category(
        '{ type: direct }',
        '- criteria: As long as necessary, at most 3 years after the last order',
      ),
    },
    {
      name: 'as long as necessary beside a duration',
      files: category(
        '{ type: direct }',
        '- { duration: P1Y, from: collection, criteria: as long as needed }',
      ),
    },
  ],
  invalid: [
    {
      name: 'as long as necessary',
      files: category(
        '{ type: direct }',
        '- criteria: Kept as long as necessary for the purposes for which it was collected',
      ),
      errors: [
        {
          line: 10,
          column: 17,
          message:
            'category "customers": retention criteria "as long as necessary" give no period a reader can work out (Art 13(2)(a))',
        },
      ],
    },
    {
      name: 'as long as it is required',
      files: category('{ type: direct }', '- { criteria: As long as it is required }'),
      errors: [
        {
          line: 10,
          column: 19,
          message:
            'category "customers": retention criteria "as long as necessary" give no period a reader can work out (Art 13(2)(a))',
        },
      ],
    },
  ],
});

ruleTester('automated-decision-unexplained', {
  valid: [
    {
      name: 'logic and consequences',
      files: purpose(
        'automated_decisions:',
        '  legal_effect: true',
        '  exception: contract',
        '  safeguards: Review on request',
        '  logic: A score from the payment history',
        '  consequences: A low score means payment in advance',
      ),
    },
    {
      name: 'no legal effect',
      files: purpose(
        'automated_decisions: { description: Ranking of support requests, legal_effect: false }',
      ),
    },
  ],
  invalid: [
    {
      name: 'legal effect, neither logic nor consequences',
      files: purpose('automated_decisions: { legal_effect: true, exception: contract, safeguards: Review }'),
      errors: [
        {
          line: 5,
          column: 26,
          message:
            'purpose "billing" takes automated decisions with legal effect without logic or consequences for the notice (Art 13(2)(f))',
        },
      ],
    },
  ],
});
