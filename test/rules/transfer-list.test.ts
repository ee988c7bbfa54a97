// The list form of `transfer`: one tool per non-EEA country (issue 15, point 3).
import { yaml } from '../helpers/inventory.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** recipients.yaml with staff (line 2) and a processor "vendor" (line 3) whose fields start on line 5. */
const vendor = (...fields: string[]) => ({
  'recipients.yaml': yaml(
    'recipients:',
    '  - { id: staff, name: Staff, role: internal }',
    '  - id: vendor',
    '    name: Vendor',
    '    role: processor',
    '    contract: DPA of 2025-03-01',
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
    { name: 'one tool per non-EEA country', files: vendor(...THREE_TOOLS, CERTIFIED) },
    {
      name: 'an adequate country needs no entry',
      files: vendor('countries: [GB, IN]', 'transfer: [{ country: IN, mechanism: scc, tia: TIA-1 }]'),
    },
  ],
  invalid: [
    {
      name: 'a non-EEA country without an entry',
      files: vendor('countries: [US, IN]', 'transfer: [{ country: US, mechanism: dpf }]', CERTIFIED),
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
  valid: [{ name: 'dpf for the US only, adequacy for the UK', files: vendor(...THREE_TOOLS, CERTIFIED) }],
  invalid: [
    {
      name: 'the list entry for a country whose tool cannot apply',
      files: vendor(
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
    { name: 'dpf for the US, checked', files: vendor(...THREE_TOOLS, CERTIFIED) },
    {
      name: 'dpf listed only for a country other than the US',
      files: vendor(
        'countries: [US, GB]',
        'transfer: [{ country: US, mechanism: scc, tia: T }, { country: GB, mechanism: adequacy }]',
      ),
    },
  ],
  invalid: [
    {
      name: 'the US entry relies on the DPF, unchecked',
      files: vendor(...THREE_TOOLS),
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
  valid: [{ name: 'the SCC entry has its TIA', files: vendor(...THREE_TOOLS, CERTIFIED) }],
  invalid: [
    {
      name: 'an SCC entry without a TIA names its country',
      files: vendor('countries: [IN]', 'transfer:', '  - { country: IN, mechanism: scc }'),
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
  valid: [{ name: 'no derogation in the list', files: vendor(...THREE_TOOLS, CERTIFIED) }],
  invalid: [
    {
      name: 'a derogation in one entry',
      files: vendor(
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
  valid: [{ name: 'the list form', files: vendor(...THREE_TOOLS, CERTIFIED) }],
  invalid: [],
});
