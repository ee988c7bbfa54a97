import { yaml } from '../helpers/inventory.js';
import { purpose as aPurpose } from '../helpers/builders.js';
import { ruleTester } from '../helpers/rule-tester.js';

const purpose = (...fields: string[]) => aPurpose('lawful_basis: contract', ...fields);
const VULNERABLE = {
  'subjects.yaml': yaml('subjects:', '  - { id: customer, name: Patients, vulnerable: true }'),
};
const HEALTH = {
  'categories/customers.yaml': yaml(
    'category:',
    '  id: customers',
    '  name: Patient records',
    '  data: [name, diagnosis]',
    '  special: [health]',
    '  subjects: [customer]',
    '  purposes: [billing]',
    '  recipients: [staff, mailer]',
    '  systems: [crm]',
    '  retention: [{ duration: P3Y, from: end-of-contract }]',
  ),
};
/** A purpose screened by the DPO: no DPIA needed, and why. */
const SCREENED = [
  'special_condition: health-social-care',
  'legal_reference: Public Health Code',
  'dpia:',
  '  required: false',
  '  reason: One-off disclosures the patient asks for, to a recipient they name',
];

ruleTester('dpia-missing', {
  valid: [
    { name: 'a screening with its reason', files: { ...VULNERABLE, ...HEALTH, ...purpose(...SCREENED) } },
    { name: 'one criterion', files: purpose('dpia_criteria: [large-scale]') },
    {
      name: 'two criteria and a DPIA',
      files: purpose(
        'dpia_criteria: [large-scale, evaluation-scoring]',
        'dpia: { required: true, status: done, reference: DPIA-1 }',
      ),
    },
  ],
  invalid: [
    {
      name: 'a screening without its reason',
      files: { ...VULNERABLE, ...HEALTH, ...purpose(...SCREENED.slice(0, -1)) },
      errors: [
        {
          line: 8,
          column: 7,
          message:
            'purpose "billing" meets 2 WP248 criteria (sensitive-data from the Art 9/10 data of "customers", vulnerable-subjects from subject "customer" (minors or vulnerable)) but has no DPIA (dpia.required: true and dpia.reference) nor a screening concluding that none is needed (dpia.required: false and dpia.reason) (Art 35(1), WP248)',
        },
      ],
    },
    {
      name: 'a screening does not answer an Art 35(3) case',
      files: {
        ...HEALTH,
        ...purpose(...SCREENED, 'dpia_criteria: [large-scale]'),
      },
      errors: [
        {
          line: 8,
          column: 7,
          message:
            'purpose "billing" meets 2 WP248 criteria (large-scale declared, sensitive-data from the Art 9/10 data of "customers"), an Art 35(3) case (35(3)(b)) that always requires one, but has no DPIA (dpia.required: true and dpia.reference) (Art 35(1), WP248)',
        },
      ],
    },
    {
      name: 'two declared criteria',
      files: purpose('dpia_criteria: [large-scale, systematic-monitoring]'),
      errors: [
        {
          line: 2,
          column: 5,
          message:
            'purpose "billing" meets 2 WP248 criteria (large-scale declared, systematic-monitoring declared), an Art 35(3) case (35(3)(c)) that always requires one, but has no DPIA (dpia.required: true and dpia.reference) (Art 35(1), WP248)',
        },
      ],
    },
    {
      name: 'derived criteria, and a DPIA without reference',
      files: {
        ...VULNERABLE,
        ...purpose(
          'automated_decisions: { legal_effect: true, exception: contract, safeguards: review }',
          'dpia:',
          '  required: true',
        ),
      },
      errors: [
        {
          line: 7,
          column: 7,
          message:
            'purpose "billing" meets 2 WP248 criteria (automated-decision from automated_decisions.legal_effect, vulnerable-subjects from subject "customer" (minors or vulnerable)) but has no DPIA (dpia.required: true and dpia.reference) nor a screening concluding that none is needed (dpia.required: false and dpia.reason) (Art 35(1), WP248)',
        },
      ],
    },
  ],
});

ruleTester('automated-decision-no-safeguards', {
  valid: [
    {
      name: 'no legal effect',
      files: purpose('automated_decisions: { description: Ranking, legal_effect: false }'),
    },
    {
      name: 'exception and safeguards',
      files: purpose(
        'automated_decisions: { legal_effect: true, exception: contract, safeguards: human review }',
      ),
    },
  ],
  invalid: [
    {
      name: 'no safeguards',
      files: purpose('automated_decisions:', '  legal_effect: true', '  exception: contract'),
      errors: [
        {
          line: 6,
          column: 7,
          message:
            'purpose "billing" takes automated decisions with legal effect without safeguards (Art 22(2), 22(3))',
        },
      ],
    },
  ],
});
