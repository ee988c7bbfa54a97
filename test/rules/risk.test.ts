import { yaml } from '../helpers/inventory.js';
import { ruleTester } from '../helpers/rule-tester.js';

const purpose = (...fields: string[]) => ({
  'purposes.yaml': yaml(
    'purposes:',
    '  - id: billing',
    '    name: Billing',
    '    lawful_basis: contract',
    ...fields.map((f) => `    ${f}`),
  ),
});
const VULNERABLE = {
  'subjects.yaml': yaml('subjects:', '  - { id: customer, name: Patients, vulnerable: true }'),
};

ruleTester('dpia-missing', {
  valid: [
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
      name: 'two declared criteria',
      files: purpose('dpia_criteria: [large-scale, systematic-monitoring]'),
      errors: [
        {
          line: 2,
          column: 5,
          message:
            'purpose "billing" meets 2 WP248 criteria (large-scale, systematic-monitoring), an Art 35(3) case (35(3)(c)), but has no DPIA (dpia.required: true and dpia.reference) (Art 35(1), WP248)',
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
            'purpose "billing" meets 2 WP248 criteria (automated-decision, vulnerable-subjects) but has no DPIA (dpia.required: true and dpia.reference) (Art 35(1), WP248)',
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
