import { yaml } from '../helpers/inventory.js';
import { CONTROLLER, organization as anOrganization, subject } from '../helpers/builders.js';
import { ruleTester } from '../helpers/rule-tester.js';

const organization = (...extra: string[]) => anOrganization(...CONTROLLER, ...extra);

ruleTester('record-stale', {
  valid: [
    { name: 'reviewed 12 months ago to the day', files: organization('reviewed: 2025-11-27') },
    {
      name: 'an entity without a date is reviewed with the organization',
      files: { ...organization('reviewed: 2026-01-01'), ...subject() },
    },
  ],
  invalid: [
    {
      name: 'never reviewed',
      files: organization(),
      errors: [
        {
          line: 2,
          column: 3,
          message: 'organization "Example SAS" has never been reviewed (reviewed) (Art 5(2))',
        },
      ],
    },
    {
      name: 'an entity reviewed long ago',
      files: { ...organization('reviewed: 2026-01-01'), ...subject('reviewed: 2025-11-26') },
      errors: [
        {
          line: 4,
          column: 15,
          message: 'subject "customer" was last reviewed on 2025-11-26, more than 12 months ago (Art 5(2))',
        },
      ],
    },
  ],
});

ruleTester('waiver-expired', {
  valid: [
    { name: 'until today', files: subject('waivers: [{ rule: unused-definition, until: 2026-11-27 }]') },
    {
      name: 'no date',
      files: subject('waivers: [{ rule: unused-definition, reason: Kept for the record }]'),
    },
  ],
  invalid: [
    {
      name: 'expired yesterday',
      files: subject('waivers:', '  - rule: dpo-missing', '    until: 2026-11-26'),
      errors: [
        {
          line: 6,
          column: 16,
          message:
            'the waiver of "dpo-missing" on subject "customer" expired on 2026-11-26; the finding applies again',
        },
      ],
    },
  ],
});

ruleTester('waiver-unknown-rule', {
  valid: [{ name: 'a known rule', files: subject('waivers: [{ rule: record-stale }]') }],
  invalid: [
    {
      name: 'a typo',
      files: organization(
        'reviewed: 2026-06-01',
        'waivers:',
        '  - rule: retention-no-trigers',
        '    reason: none',
      ),
      errors: [
        {
          line: 10,
          column: 13,
          message:
            'a waiver on organization "Example SAS" names no known rule "retention-no-trigers" (did you mean "retention-no-trigger"?)',
        },
      ],
    },
  ],
});

ruleTester('unused-definition', {
  valid: [{ name: 'everything referenced', files: {} }],
  invalid: [
    {
      name: 'a subject nothing references',
      files: {
        'subjects.yaml': yaml(
          'subjects:',
          '  - { id: customer, name: Customers }',
          '  - id: supplier',
          '    name: Suppliers',
        ),
      },
      errors: [{ line: 3, column: 9, message: 'subject "supplier" is not referenced by any category' }],
    },
  ],
});
