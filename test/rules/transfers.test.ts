import { yaml } from '../helpers/inventory.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** recipients.yaml with staff (line 2) and one more recipient "vendor" (line 3) with the given fields. */
const vendor = (...fields: string[]) => ({
  'recipients.yaml': yaml(
    'recipients:',
    '  - { id: staff, name: Staff, role: internal }',
    '  - id: vendor',
    '    name: Vendor',
    ...fields.map((f) => `    ${f}`),
  ),
  'categories/customers.yaml': yaml(
    'category:',
    '  id: customers',
    '  name: Customer data',
    '  data: [name]',
    '  subjects: [customer]',
    '  purposes: [billing]',
    '  recipients: [staff, vendor]',
    '  systems: [crm]',
    '  retention: [{ duration: P3Y, from: end-of-contract }]',
  ),
});
const PROCESSOR = ['role: processor', 'contract: DPA of 2025-03-01'];

ruleTester('recipient-role-missing', {
  valid: [{ name: 'a role', files: vendor(...PROCESSOR, 'country: FR') }],
  invalid: [
    {
      name: 'no role',
      files: vendor('country: FR'),
      errors: [
        {
          line: 3,
          column: 5,
          message: 'recipient "vendor" has no role (processor, controller, ...) (Art 30(1)(d))',
        },
      ],
    },
  ],
});

ruleTester('processor-no-contract', {
  valid: [
    { name: 'a processor with a contract', files: vendor(...PROCESSOR, 'country: FR') },
    { name: 'a controller needs none', files: vendor('role: controller', 'country: FR') },
  ],
  invalid: [
    {
      name: 'a processor without a contract',
      files: vendor('role: processor', 'country: FR'),
      errors: [
        {
          line: 5,
          column: 11,
          message: 'processor "vendor" has no processing agreement (contract) (Art 28(3))',
        },
      ],
    },
    {
      name: 'a sub-processor without a contract',
      files: vendor('role: sub-processor', 'country: FR'),
      errors: [
        {
          line: 5,
          column: 11,
          message: 'sub-processor "vendor" has no processing agreement (contract) (Art 28(3))',
        },
      ],
    },
  ],
});

ruleTester('joint-controller-no-arrangement', {
  valid: [
    {
      name: 'an arrangement',
      files: vendor('role: joint-controller', 'country: FR', 'contract: Arrangement of 2025'),
    },
  ],
  invalid: [
    {
      name: 'no arrangement',
      files: vendor('role: joint-controller', 'country: FR'),
      errors: [
        {
          line: 5,
          column: 11,
          message: 'joint controller "vendor" has no arrangement (contract) (Art 26(1))',
        },
      ],
    },
  ],
});

ruleTester('recipient-country-missing', {
  valid: [
    { name: 'a country', files: vendor(...PROCESSOR, 'country: FR') },
    { name: 'several countries', files: vendor(...PROCESSOR, 'countries: [FR, DE]') },
    { name: 'the public', files: vendor('role: public') },
  ],
  invalid: [
    {
      name: 'no country',
      files: vendor(...PROCESSOR),
      errors: [
        {
          line: 3,
          column: 5,
          message:
            'recipient "vendor" has no country: whether data leaves the EEA cannot be assessed (Art 30(1)(e))',
        },
      ],
    },
  ],
});

ruleTester('transfer-no-mechanism', {
  valid: [
    { name: 'in the EEA', files: vendor(...PROCESSOR, 'countries: [FR, NO]') },
    { name: 'an adequate country', files: vendor(...PROCESSOR, 'country: CH') },
    {
      name: 'a mechanism',
      files: vendor(...PROCESSOR, 'country: AU', 'transfer: { mechanism: scc, tia: TIA-1 }'),
    },
    {
      name: 'the United Kingdom until its decision ends',
      files: vendor(...PROCESSOR, 'country: GB'),
    },
  ],
  invalid: [
    {
      name: 'no adequacy',
      files: vendor(...PROCESSOR, 'countries: [IE, AU]'),
      errors: [
        {
          line: 7,
          column: 21,
          message:
            'recipient "vendor" receives data outside the EEA with no transfer mechanism (transfer.mechanism): AU (Australia) has no adequacy decision (Art 44, 46)',
        },
      ],
    },
    {
      name: 'the United States without DPF',
      files: vendor(...PROCESSOR, 'country: US'),
      errors: [
        {
          line: 7,
          column: 14,
          message:
            'recipient "vendor" receives data outside the EEA with no transfer mechanism (transfer.mechanism): US (United States of America) is adequate only for organisations certified under the EU-US Data Privacy Framework (state dpf, or another tool) (Art 44, 46)',
        },
      ],
    },
    {
      name: 'an adequacy decision that has ended',
      files: vendor(...PROCESSOR, 'country: GB'),
      config: { today: '2032-01-01' },
      errors: [
        {
          line: 7,
          column: 14,
          message:
            'recipient "vendor" receives data outside the EEA with no transfer mechanism (transfer.mechanism): GB (United Kingdom) had an adequacy decision that ended on 2031-12-27 (Art 44, 46)',
        },
      ],
    },
  ],
});

ruleTester('transfer-mechanism-invalid', {
  valid: [
    {
      name: 'adequacy for Japan',
      files: vendor(...PROCESSOR, 'country: JP', 'transfer: { mechanism: adequacy }'),
    },
    {
      name: 'dpf for a US recipient',
      files: vendor(
        ...PROCESSOR,
        'country: US',
        'transfer: { mechanism: dpf }',
        'dpf: { certified: true, checked: 2026-05-01 }',
      ),
    },
  ],
  invalid: [
    {
      name: 'adequacy for a country without a decision',
      files: vendor(...PROCESSOR, 'country: IN', 'transfer:', '  mechanism: adequacy'),
      errors: [
        {
          line: 9,
          column: 18,
          message:
            'recipient "vendor": adequacy cannot cover IN (India): there is no adequacy decision for it (Art 45)',
        },
      ],
    },
    {
      name: 'adequacy for the United States',
      files: vendor(
        ...PROCESSOR,
        'country: US',
        'transfer: { mechanism: adequacy }',
        'dpf: { certified: true, checked: 2026-05-01 }',
      ),
      errors: [
        {
          line: 8,
          column: 28,
          message:
            'recipient "vendor": adequacy cannot cover US (United States of America): the decision covers only organisations certified under the EU-US Data Privacy Framework; use dpf (Art 45)',
        },
      ],
    },
    {
      name: 'dpf for a recipient also in Australia',
      files: vendor(
        ...PROCESSOR,
        'countries: [US, AU]',
        'transfer: { mechanism: dpf }',
        'dpf: { certified: true, checked: 2026-05-01 }',
      ),
      errors: [
        {
          line: 8,
          column: 28,
          message: 'recipient "vendor": dpf cannot cover AU (Australia): it applies only to US (Art 45)',
        },
      ],
    },
  ],
});

ruleTester('transfer-mechanism-invalid', {
  valid: [],
  invalid: [
    {
      name: 'a list entry for a country the recipient does not name, and a repeated entry',
      files: vendor(
        ...PROCESSOR,
        'countries: [US, IN]',
        'transfer:',
        '  - { country: IN, mechanism: scc, tia: TIA-1 }',
        '  - { country: GB, mechanism: adequacy }',
        '  - { country: IN, mechanism: bcr, tia: TIA-2 }',
        '  - { country: US, mechanism: dpf }',
        'dpf: { certified: true, checked: 2026-10-01 }',
      ),
      errors: [
        {
          line: 10,
          column: 20,
          message:
            'recipient "vendor": the transfer entry for GB (United Kingdom) names a country that is not in country or countries, so it covers nothing (Art 44)',
        },
        {
          line: 11,
          column: 20,
          message:
            'recipient "vendor": the transfer entry for IN (India) repeats an earlier entry, which applies, so it covers nothing (Art 44)',
        },
      ],
    },
  ],
});

ruleTester('dpf-not-verified', {
  valid: [
    {
      // transfer-mechanism-invalid's finding: the DPF List says nothing about a Singapore company
      name: 'dpf for a Singapore recipient, where the framework cannot apply',
      files: vendor(...PROCESSOR, 'country: SG', 'transfer: { mechanism: dpf }'),
    },
    {
      name: 'checked within 12 months',
      files: vendor(
        ...PROCESSOR,
        'country: US',
        'transfer: { mechanism: dpf }',
        'dpf: { certified: true, checked: 2025-11-27 }',
      ),
    },
  ],
  invalid: [
    {
      name: 'no dpf block',
      files: vendor(...PROCESSOR, 'country: US', 'transfer: { mechanism: dpf }'),
      errors: [
        {
          line: 8,
          column: 28,
          message:
            'recipient "vendor" relies on the Data Privacy Framework without dpf.certified: true: check the DPF List (Decision (EU) 2023/1795)',
        },
      ],
    },
    {
      name: 'checked too long ago',
      files: vendor(
        ...PROCESSOR,
        'country: US',
        'transfer: { mechanism: dpf }',
        'dpf: { certified: true, checked: 2025-11-26 }',
      ),
      errors: [
        {
          line: 9,
          column: 10,
          message:
            'recipient "vendor" relies on the Data Privacy Framework last checked on 2025-11-26, more than 12 months ago: check the DPF List (Decision (EU) 2023/1795)',
        },
      ],
    },
    {
      name: 'adequacy claimed for a US recipient, without a check date',
      files: vendor(
        ...PROCESSOR,
        'country: US',
        'transfer: { mechanism: adequacy }',
        'dpf: { certified: true }',
      ),
      errors: [
        {
          line: 9,
          column: 10,
          message:
            'recipient "vendor" relies on the Data Privacy Framework without the date of the check (dpf.checked): check the DPF List (Decision (EU) 2023/1795)',
        },
      ],
    },
  ],
});

ruleTester('transfer-no-tia', {
  valid: [
    {
      name: 'scc with a TIA',
      files: vendor(...PROCESSOR, 'country: AU', 'transfer: { mechanism: scc, tia: TIA-1 }'),
    },
    {
      name: 'adequacy needs none',
      files: vendor(...PROCESSOR, 'country: CH', 'transfer: { mechanism: adequacy }'),
    },
  ],
  invalid: [
    {
      name: 'bcr without a TIA',
      files: vendor(...PROCESSOR, 'country: AU', 'transfer:', '  mechanism: bcr'),
      errors: [
        {
          line: 9,
          column: 7,
          message:
            'recipient "vendor" transfers under bcr without a transfer impact assessment (transfer.tia) (EDPB Recommendations 01/2020)',
        },
      ],
    },
  ],
});

ruleTester('derogation-systematic', {
  valid: [
    {
      name: 'a derogation for a one-off controller',
      files: vendor('role: controller', 'country: AU', 'transfer: { mechanism: derogation-legal-claims }'),
    },
  ],
  invalid: [
    {
      name: 'a processor on a derogation',
      files: vendor(...PROCESSOR, 'country: AU', 'transfer: { mechanism: derogation-contract }'),
      errors: [
        {
          line: 8,
          column: 28,
          message:
            'processor "vendor" receives data under the Art 49 derogation derogation-contract, which is not for systematic transfers (Art 49, EDPB Guidelines 2/2018)',
        },
      ],
    },
  ],
});

ruleTester('third-party-source', {
  valid: [{ name: 'collected directly', files: {} }],
  invalid: [
    {
      name: 'from a partner',
      files: {
        ...vendor(...PROCESSOR, 'country: FR'),
        'categories/customers.yaml': yaml(
          'category:',
          '  id: customers',
          '  name: Customer data',
          '  data: [name]',
          '  subjects: [customer]',
          '  sources:',
          '    - { type: third-party, from: vendor }',
          '  purposes: [billing]',
          '  recipients: [staff]',
          '  systems: [crm]',
          '  retention: [{ duration: P3Y, from: end-of-contract }]',
        ),
      },
      errors: [
        {
          line: 7,
          column: 7,
          message:
            'category "customers" is obtained from a third party ("Vendor"): the data subjects must be informed, including of the source (Art 14)',
        },
      ],
    },
  ],
});

// The list form of `transfer`: one tool per non-EEA country.
const CERTIFIED = 'dpf: { certified: true, checked: 2026-10-01 }';
/** DPF for the US, adequacy for the UK, SCCs with a TIA for India: a real vendor's three tools. */
const THREE_TOOLS = [
  'countries: [IE, US, GB, IN]',
  'transfer:',
  '  - { country: US, mechanism: dpf }',
  '  - { country: GB, mechanism: adequacy }',
  '  - { country: IN, mechanism: scc, reference: SCC module 3, tia: TIA-2025-07 }',
];

ruleTester('transfer-no-mechanism', {
  valid: [
    { name: 'one tool per non-EEA country', files: vendor(...PROCESSOR, ...THREE_TOOLS, CERTIFIED) },
    {
      name: 'an adequate country needs no entry',
      files: vendor(
        ...PROCESSOR,
        'countries: [GB, IN]',
        'transfer: [{ country: IN, mechanism: scc, tia: TIA-1 }]',
      ),
    },
  ],
  invalid: [
    {
      name: 'a non-EEA country without an entry',
      files: vendor(
        ...PROCESSOR,
        'countries: [US, IN]',
        'transfer: [{ country: US, mechanism: dpf }]',
        CERTIFIED,
      ),
      errors: [
        {
          line: 7,
          column: 21,
          message:
            'recipient "vendor" receives data outside the EEA with no transfer mechanism (transfer.mechanism): IN (India) has no adequacy decision (Art 44, 46)',
        },
      ],
    },
  ],
});

ruleTester('transfer-mechanism-invalid', {
  valid: [
    {
      name: 'dpf for the US only, adequacy for the UK',
      files: vendor(...PROCESSOR, ...THREE_TOOLS, CERTIFIED),
    },
  ],
  invalid: [
    {
      name: 'the list entry for a country whose tool cannot apply',
      files: vendor(
        ...PROCESSOR,
        'countries: [US, SG]',
        'transfer:',
        '  - { country: US, mechanism: dpf }',
        '  - { country: SG, mechanism: adequacy }',
        CERTIFIED,
      ),
      errors: [
        {
          line: 10,
          column: 35,
          message:
            'recipient "vendor": adequacy cannot cover SG (Singapore): there is no adequacy decision for it (Art 45)',
        },
      ],
    },
  ],
});

ruleTester('dpf-not-verified', {
  valid: [
    { name: 'dpf for the US, checked', files: vendor(...PROCESSOR, ...THREE_TOOLS, CERTIFIED) },
    {
      name: 'dpf listed only for a country other than the US',
      files: vendor(
        ...PROCESSOR,
        'countries: [US, GB]',
        'transfer: [{ country: US, mechanism: scc, tia: T }, { country: GB, mechanism: adequacy }]',
      ),
    },
  ],
  invalid: [
    {
      name: 'the US entry relies on the DPF, unchecked',
      files: vendor(...PROCESSOR, ...THREE_TOOLS),
      errors: [
        {
          line: 9,
          column: 35,
          message:
            'recipient "vendor" relies on the Data Privacy Framework without dpf.certified: true: check the DPF List (Decision (EU) 2023/1795)',
        },
      ],
    },
  ],
});

ruleTester('transfer-no-tia', {
  valid: [{ name: 'the SCC entry has its TIA', files: vendor(...PROCESSOR, ...THREE_TOOLS, CERTIFIED) }],
  invalid: [
    {
      name: 'an SCC entry without a TIA names its country',
      files: vendor(...PROCESSOR, 'countries: [IN]', 'transfer:', '  - { country: IN, mechanism: scc }'),
      errors: [
        {
          line: 9,
          column: 9,
          message:
            'recipient "vendor" transfers to IN (India) under scc without a transfer impact assessment (transfer.tia) (EDPB Recommendations 01/2020)',
        },
      ],
    },
  ],
});

ruleTester('derogation-systematic', {
  valid: [{ name: 'no derogation in the list', files: vendor(...PROCESSOR, ...THREE_TOOLS, CERTIFIED) }],
  invalid: [
    {
      name: 'a derogation in one entry',
      files: vendor(
        ...PROCESSOR,
        'countries: [US, IN]',
        'transfer:',
        '  - { country: US, mechanism: dpf }',
        '  - { country: IN, mechanism: derogation-contract }',
        CERTIFIED,
      ),
      errors: [
        {
          line: 10,
          column: 35,
          message:
            'processor "vendor" receives data under the Art 49 derogation derogation-contract, which is not for systematic transfers (Art 49, EDPB Guidelines 2/2018)',
        },
      ],
    },
  ],
});

ruleTester('schema', {
  valid: [{ name: 'the list form', files: vendor(...PROCESSOR, ...THREE_TOOLS, CERTIFIED) }],
  invalid: [],
});
