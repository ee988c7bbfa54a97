import { yaml } from '../helpers/inventory.js';
import { category, organization } from '../helpers/builders.js';
import { ruleTester } from '../helpers/rule-tester.js';

const COMPLETE = [
  'name: Example SAS',
  'address: 1 rue de la Paix, 75002 Paris, France',
  'email: contact@example.com',
  'country: FR',
  'dpo: { name: Jeanne Martin, email: dpo@example.com }',
  'rights_contact: privacy@example.com',
  'security_measures: [role-based access control]',
  'reviewed: 2026-06-01',
];
const without = (...keys: string[]) => COMPLETE.filter((line) => !keys.some((k) => line.startsWith(`${k}:`)));

const CATEGORY = [
  'id: customers',
  'name: Customer data',
  'data: [name, e-mail address]',
  'subjects: [customer]',
  'purposes: [billing]',
  'recipients: [staff, mailer]',
  'systems: [crm]',
  'retention: [{ duration: P3Y, from: end-of-contract }]',
];
const categoryWithout = (...keys: string[]) =>
  CATEGORY.filter((line) => !keys.some((k) => line.startsWith(`${k}:`)));

ruleTester('controller-contact-missing', {
  valid: [
    { name: 'address and e-mail', files: organization(...COMPLETE) },
    { name: 'address and phone only', files: organization(...without('email'), 'phone: +33 1 23 45 67 89') },
  ],
  invalid: [
    {
      name: 'no address',
      files: organization(...without('address')),
      errors: [
        { line: 2, column: 3, message: 'organization "Example SAS" has no postal address (Art 30(1)(a))' },
      ],
    },
    {
      // the name is the user's: quoted and escaped, so that the finding stays on one line, and cut at 80
      name: 'a name with quotes, a line break and more than 80 characters',
      files: organization(
        `name: "Example \\"SAS\\"\\nSociété par actions simplifiée au capital de 10 000 euros, RCS Paris 123 456 789"`,
        ...without('name', 'address'),
      ),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example \\"SAS\\"\\nSociété par actions simplifiée au capital de 10 000 euros, RCS Par…" has no postal address (Art 30(1)(a))',
        },
      ],
    },
    {
      name: 'neither e-mail nor phone',
      files: organization(...without('email')),
      errors: [
        {
          line: 2,
          column: 3,
          message: 'organization "Example SAS" has no e-mail or phone (Art 30(1)(a))',
        },
      ],
    },
    {
      name: 'no contact at all',
      files: organization(...without('address', 'email')),
      errors: [
        {
          line: 2,
          column: 3,
          message: 'organization "Example SAS" has no postal address and no e-mail or phone (Art 30(1)(a))',
        },
      ],
    },
  ],
});

ruleTester('dpo-missing', {
  valid: [
    { name: 'a DPO with an e-mail', files: organization(...COMPLETE) },
    {
      name: 'none appointed, with the reason',
      files: organization(...without('dpo'), 'dpo: { appointed: false, reason: Not required (Art 37(1)) }'),
    },
  ],
  invalid: [
    {
      name: 'no dpo at all: a warning',
      files: organization(...without('dpo')),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example SAS" states no DPO contact, nor that none is appointed and why (Art 37(7), 30(1)(a))',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'appointed: false without a reason',
      files: organization(...without('dpo'), 'dpo: { appointed: false }'),
      errors: [
        {
          line: 9,
          column: 8,
          message: 'organization "Example SAS" appoints no DPO but gives no reason (Art 37(1))',
        },
      ],
    },
    {
      name: 'a public authority without a DPO: an error',
      files: organization(...without('dpo'), 'public_authority: true'),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example SAS" states no DPO contact, nor that none is appointed and why (Art 37(7), 30(1)(a)); one is mandatory: it is a public authority (Art 37(1)(a))',
          severity: 'error',
        },
      ],
    },
    {
      name: 'large-scale health data and appointed: false: an error on appointed',
      files: {
        ...organization(...without('dpo'), 'dpo: { appointed: false, reason: Small company }'),
        ...category(...CATEGORY, 'special: [health]'),
        'purposes.yaml': yaml(
          'purposes:',
          '  - id: billing',
          '    name: Billing',
          '    lawful_basis: contract',
          '    special_condition: explicit-consent',
          '    dpia_criteria: [large-scale]',
          '    dpia: { required: true, reference: DPIA-1 }',
        ),
      },
      errors: [
        {
          line: 9,
          column: 21,
          message:
            'organization "Example SAS" must designate a DPO: purpose "billing" processes Art 9/10 data of category "customers" on a large scale (Art 37(1)(c))',
          severity: 'error',
        },
      ],
    },
  ],
});

ruleTester('representative-missing', {
  valid: [
    { name: 'established in the EEA', files: organization(...COMPLETE) },
    {
      name: 'outside the EEA with a representative',
      files: organization(
        ...without('country'),
        'country: US',
        'representative: { name: Example Europe SARL, address: Paris }',
      ),
    },
  ],
  invalid: [
    {
      name: 'outside the EEA',
      files: organization(...without('country'), 'country: CH'),
      errors: [
        {
          line: 9,
          column: 12,
          message:
            'organization "Example SAS" is established in CH (Switzerland), outside the EEA, and names no representative in the Union (Art 27, 30(1)(a))',
        },
      ],
    },
  ],
});

ruleTester('rights-channel-missing', {
  valid: [{ name: 'rights_contact given', files: organization(...COMPLETE) }],
  invalid: [
    {
      name: 'no rights_contact',
      files: organization(...without('rights_contact')),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example SAS" gives no contact for exercising data subjects\' rights (Art 12(2))',
        },
      ],
    },
  ],
});

ruleTester('processor-record-incomplete', {
  valid: [
    { name: 'a controller', files: organization(...COMPLETE) },
    {
      name: 'a processor with clients and their processing',
      files: organization(
        ...COMPLETE,
        'role: both',
        'clients:',
        '  - name: Client SA',
        '    categories_of_processing: [hosting]',
      ),
    },
  ],
  invalid: [
    {
      name: 'a processor without clients',
      files: organization(...COMPLETE, 'role: processor'),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example SAS" acts as a processor but lists no clients (the controllers it works for) (Art 30(2)(a))',
        },
      ],
    },
    {
      name: 'a client without categories of processing',
      files: organization(
        ...COMPLETE,
        'role: both',
        'clients:',
        '  - name: Client SA',
        '    contact: dpo@client.example',
      ),
      errors: [
        {
          line: 12,
          column: 7,
          message:
            'client "Client SA" has no categories of processing carried out on its behalf (Art 30(2)(b))',
        },
      ],
    },
  ],
});

ruleTester('purpose-missing', {
  valid: [{ name: 'a purpose', files: category(...CATEGORY) }],
  invalid: [
    {
      name: 'no purposes key',
      files: { ...category(...categoryWithout('purposes')), 'purposes.yaml': yaml('purposes: []') },
      errors: [
        { line: 2, column: 3, message: 'category "customers" has no purpose (Art 30(1)(b), 5(1)(b))' },
      ],
    },
    {
      name: 'an empty list',
      files: {
        ...category(...categoryWithout('purposes'), 'purposes: []'),
        'purposes.yaml': yaml('purposes: []'),
      },
      errors: [
        { line: 9, column: 13, message: 'category "customers" has no purpose (Art 30(1)(b), 5(1)(b))' },
      ],
    },
  ],
});

ruleTester('subjects-missing', {
  valid: [{ name: 'subjects', files: category(...CATEGORY) }],
  invalid: [
    {
      name: 'no subjects',
      files: { ...category(...categoryWithout('subjects')), 'subjects.yaml': yaml('subjects: []') },
      errors: [{ line: 2, column: 3, message: 'category "customers" has no data subjects (Art 30(1)(c))' }],
    },
  ],
});

ruleTester('data-items-missing', {
  valid: [{ name: 'data items', files: category(...CATEGORY) }],
  invalid: [
    {
      name: 'no data',
      files: category(...categoryWithout('data')),
      errors: [{ line: 2, column: 3, message: 'category "customers" lists no data items (Art 30(1)(c))' }],
    },
  ],
});

ruleTester('recipients-missing', {
  valid: [
    { name: 'recipients listed', files: category(...CATEGORY) },
    {
      name: 'an explicit empty list',
      files: {
        ...category(...categoryWithout('recipients'), 'recipients: []'),
        'recipients.yaml': yaml('recipients: []'),
      },
    },
  ],
  invalid: [
    {
      name: 'no recipients key',
      files: { ...category(...categoryWithout('recipients')), 'recipients.yaml': yaml('recipients: []') },
      errors: [
        {
          line: 2,
          column: 3,
          message: 'category "customers" does not say who receives it (recipients) (Art 30(1)(d))',
        },
      ],
    },
  ],
});

ruleTester('retention-missing', {
  valid: [
    { name: 'one rule for everything', files: category(...CATEGORY) },
    {
      name: 'one rule per subject',
      files: {
        ...category(
          ...categoryWithout('subjects', 'retention'),
          'subjects: [customer, prospect]',
          'retention:',
          '  - { subjects: [customer], duration: P3Y, from: end-of-contract }',
          '  - { subjects: [prospect], duration: P3Y, from: last-contact }',
        ),
        'subjects.yaml': yaml(
          'subjects:',
          '  - { id: customer, name: Customers }',
          '  - { id: prospect, name: Prospects }',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'no retention',
      files: category(...categoryWithout('retention')),
      errors: [
        { line: 2, column: 3, message: 'category "customers" has no retention rule (Art 30(1)(f), 5(1)(e))' },
      ],
    },
    {
      name: 'a subject and a purpose left out',
      files: {
        ...category(
          ...categoryWithout('subjects', 'purposes', 'retention'),
          'subjects: [customer, prospect]',
          'purposes: [billing, support]',
          'retention:',
          '  - { subjects: [customer], purposes: [billing], duration: P3Y, from: end-of-contract }',
        ),
        'subjects.yaml': yaml(
          'subjects:',
          '  - { id: customer, name: Customers }',
          '  - { id: prospect, name: Prospects }',
        ),
        'purposes.yaml': yaml(
          'purposes:',
          '  - { id: billing, name: Billing, lawful_basis: contract }',
          '  - { id: support, name: Support, lawful_basis: contract }',
        ),
      },
      errors: [
        {
          line: 10,
          column: 5,
          message: 'category "customers": no retention rule covers purpose "support" (Art 30(1)(f), 5(1)(e))',
        },
        {
          line: 10,
          column: 5,
          message:
            'category "customers": no retention rule covers subject "prospect" (Art 30(1)(f), 5(1)(e))',
        },
      ],
    },
  ],
});

ruleTester('security-measures-missing', {
  valid: [
    { name: 'organisation-wide measures', files: category(...CATEGORY) },
    {
      name: "the category's system has measures",
      files: {
        ...organization(...without('security_measures')),
        'systems.yaml': yaml('systems:', '  - id: crm', '    name: CRM', '    security_measures: [SSO]'),
      },
    },
    {
      name: 'the category has measures',
      files: {
        ...organization(...without('security_measures')),
        ...category(...CATEGORY, 'security_measures: [pseudonymisation]'),
      },
    },
  ],
  invalid: [
    {
      name: 'no measures anywhere',
      files: organization(...without('security_measures')),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example SAS" states no security measures, and category "customers" has none of its own or of its systems (Art 30(1)(g), 32)',
        },
      ],
    },
    {
      // one gap where the fix is, not one per category
      name: 'no measures anywhere, two categories: one finding on the organization',
      files: {
        ...organization(...without('security_measures')),
        'categories/invoices.yaml': yaml(
          'category:',
          ...CATEGORY.map((f) => `  ${f}`.replace('customers', 'invoices')),
        ),
      },
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'organization "Example SAS" states no security measures, and categories "customers" and "invoices" have none of their own or of their systems (Art 30(1)(g), 32)',
        },
      ],
    },
  ],
});
