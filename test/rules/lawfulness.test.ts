import { yaml } from '../helpers/inventory.js';
import {
  CONTROLLER,
  category as aCategory,
  organization as anOrganization,
  purpose,
} from '../helpers/builders.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** subjects.yaml with "customer" marked as possibly including children. */
const MINORS = { 'subjects.yaml': yaml('subjects:', '  - { id: customer, name: Customers, minors: true }') };
const CATEGORY = [
  'id: customers',
  'name: Customer data',
  'data: [name]',
  'subjects: [customer]',
  'purposes: [billing]',
  'recipients: [staff, mailer]',
  'systems: [crm]',
  'retention: [{ duration: P3Y, from: end-of-contract }]',
];
const category = (...extra: string[]) => aCategory(...CATEGORY, ...extra);
const organization = (...extra: string[]) => anOrganization(...CONTROLLER, 'reviewed: 2026-06-01', ...extra);
const CONSENT = ['lawful_basis: consent', 'consent: { record: Consent log, withdrawal: Unsubscribe link }'];
/** Consent asked for an information society service (Art 8(1)). */
const ISS = 'information_society_service: true';
/** Art 9(2)(a) explicit consent under an Art 6 basis other than consent. */
const EXPLICIT = ['lawful_basis: contract', 'special_condition: explicit-consent'];
const LI = [
  'lawful_basis: legitimate-interests',
  'legitimate_interest: Fraud prevention',
  'lia: LIA-2025-01',
];

ruleTester('lawful-basis-missing', {
  valid: [{ name: 'a basis', files: purpose('lawful_basis: contract') }],
  invalid: [
    {
      name: 'no basis',
      files: purpose(),
      errors: [{ line: 2, column: 5, message: 'purpose "billing" has no lawful basis (Art 6(1))' }],
    },
  ],
});

ruleTester('legitimate-interest-unstated', {
  valid: [{ name: 'the interest is stated', files: purpose(...LI) }],
  invalid: [
    {
      name: 'no legitimate_interest',
      files: purpose('lawful_basis: legitimate-interests', 'lia: LIA-1'),
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" relies on legitimate interests without stating the interest (legitimate_interest) (Art 6(1)(f), 13(1)(d))',
        },
      ],
    },
  ],
});

ruleTester('legitimate-interest-no-assessment', {
  valid: [{ name: 'an assessment', files: purpose(...LI) }],
  invalid: [
    {
      name: 'no lia',
      files: purpose('lawful_basis: legitimate-interests', 'legitimate_interest: Fraud prevention'),
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" relies on legitimate interests without an assessment (lia) (EDPB Guidelines 1/2024)',
        },
      ],
    },
  ],
});

ruleTester('legitimate-interest-public-authority', {
  valid: [
    { name: 'a company may use legitimate interests', files: purpose(...LI) },
    {
      name: 'an authority on a public task',
      files: {
        ...organization('public_authority: true'),
        ...purpose('lawful_basis: public-task', 'legal_reference: Code X'),
      },
    },
  ],
  invalid: [
    {
      name: 'an authority on legitimate interests',
      files: { ...organization('public_authority: true'), ...purpose(...LI) },
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" relies on legitimate-interests, which a public authority cannot use for its tasks (Art 6(1) second subparagraph)',
        },
      ],
    },
  ],
});

ruleTester('legitimate-interest-children', {
  valid: [
    { name: 'adults only', files: purpose(...LI) },
    {
      name: 'children, on consent',
      files: { ...MINORS, ...purpose(...CONSENT, 'notes: A parent confirms by e-mail') },
    },
  ],
  invalid: [
    {
      name: 'children on legitimate interests',
      files: { ...MINORS, ...purpose(...LI) },
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" relies on legitimate interests over data of "customer", who may be children: their interests weigh more (Art 6(1)(f))',
        },
      ],
    },
  ],
});

ruleTester('consent-no-withdrawal', {
  valid: [
    { name: 'withdrawal described', files: purpose(...CONSENT) },
    {
      name: 'no consent relied on',
      files: purpose('lawful_basis: contract', 'special_condition: legal-claims'),
    },
  ],
  invalid: [
    {
      name: 'no consent block',
      files: purpose('lawful_basis: consent'),
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" relies on consent but does not say how it is withdrawn (consent.withdrawal) (Art 7(3))',
        },
      ],
    },
    {
      name: 'Art 9(2)(a) explicit consent under a contract basis, no consent block',
      files: purpose(...EXPLICIT),
      errors: [
        {
          line: 5,
          column: 24,
          message:
            'purpose "billing" relies on explicit consent (Art 9(2)(a)) but does not say how it is withdrawn (consent.withdrawal) (Art 7(3))',
        },
      ],
    },
    {
      name: 'a record but no withdrawal',
      files: purpose('lawful_basis: consent', 'consent:', '  record: Consent log'),
      errors: [
        {
          line: 6,
          column: 7,
          message:
            'purpose "billing" relies on consent but does not say how it is withdrawn (consent.withdrawal) (Art 7(3))',
        },
      ],
    },
  ],
});

ruleTester('consent-no-record', {
  valid: [
    { name: 'record kept', files: purpose(...CONSENT) },
    { name: 'not consent', files: purpose('lawful_basis: contract') },
    {
      name: 'explicit consent recorded',
      files: purpose(...EXPLICIT, 'consent: { record: Signed form, withdrawal: App settings }'),
    },
  ],
  invalid: [
    {
      name: 'Art 9(2)(a) explicit consent under a contract basis, no consent block',
      files: purpose(...EXPLICIT),
      errors: [
        {
          line: 5,
          column: 24,
          message:
            'purpose "billing" relies on explicit consent (Art 9(2)(a)) but does not say where consent is recorded (consent.record) (Art 7(1))',
        },
      ],
    },
    {
      name: 'both consents, withdrawal only',
      files: purpose(
        'lawful_basis: consent',
        'special_condition: explicit-consent',
        'consent: { withdrawal: Settings }',
      ),
      errors: [
        {
          line: 6,
          column: 14,
          message:
            'purpose "billing" relies on consent and explicit consent (Art 9(2)(a)) but does not say where consent is recorded (consent.record) (Art 7(1))',
        },
      ],
    },
    {
      name: 'withdrawal but no record',
      files: purpose('lawful_basis: consent', 'consent: { withdrawal: Unsubscribe link }'),
      errors: [
        {
          line: 5,
          column: 14,
          message:
            'purpose "billing" relies on consent but does not say where consent is recorded (consent.record) (Art 7(1))',
        },
      ],
    },
  ],
});

ruleTester('legal-obligation-no-reference', {
  valid: [
    {
      name: 'the law is named',
      files: purpose('lawful_basis: legal-obligation', 'legal_reference: Code de commerce, art. L123-22'),
    },
    { name: 'contract needs no law', files: purpose('lawful_basis: contract') },
  ],
  invalid: [
    {
      name: 'legal obligation without a law',
      files: purpose('lawful_basis: legal-obligation'),
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" relies on legal-obligation but names no law (legal_reference) (Art 6(3))',
        },
      ],
    },
    {
      name: 'public task without a law',
      files: purpose('lawful_basis: public-task'),
      errors: [
        {
          line: 4,
          column: 19,
          message: 'purpose "billing" relies on public-task but names no law (legal_reference) (Art 6(3))',
        },
      ],
    },
  ],
});

ruleTester('child-consent-age', {
  valid: [
    { name: 'adults only', files: purpose(...CONSENT, ISS) },
    {
      name: 'a parental-consent note',
      files: { ...MINORS, ...purpose(...CONSENT, ISS, 'notes: Under 15, a parent confirms by e-mail') },
    },
    {
      // Art 8(1) governs consent to an information society service offered to a child, not a person's
      // signed consent to release a document about them
      name: 'consent of minors outside an information society service',
      files: { ...MINORS, ...purpose(...CONSENT) },
    },
  ],
  invalid: [
    {
      name: 'children in France: 15',
      files: { ...MINORS, ...purpose(...CONSENT, ISS) },
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" is an information society service relying on consent of "customer", who may be children: below 15 in FR a parent must give or authorise consent; say how (Art 8(1))',
        },
      ],
      config: { country: 'FR' },
    },
    {
      name: 'no known national age: 16',
      files: { ...MINORS, ...purpose(...CONSENT, ISS), ...organization('country: CH') },
      errors: [
        {
          line: 4,
          column: 19,
          message:
            'purpose "billing" is an information society service relying on consent of "customer", who may be children: below 16 (the default of Art 8(1); no national age known for CH) a parent must give or authorise consent; say how (Art 8(1))',
        },
      ],
    },
  ],
});

ruleTester('special-category-no-condition', {
  valid: [
    {
      name: 'a condition',
      files: {
        ...category('special: [health]'),
        ...purpose('lawful_basis: contract', 'special_condition: explicit-consent'),
      },
    },
  ],
  invalid: [
    {
      name: 'health data without a condition',
      files: { ...category('special: [health, biometric]'), ...purpose('lawful_basis: contract') },
      errors: [
        {
          line: 2,
          column: 5,
          message:
            'purpose "billing" uses special-category data (health, biometric) of category "customers" without an Art 9(2) condition (special_condition) (Art 9(1)-(2))',
        },
      ],
    },
  ],
});

ruleTester('special-condition-no-law', {
  valid: [
    {
      name: 'explicit consent needs no law',
      files: purpose('lawful_basis: contract', 'special_condition: explicit-consent'),
    },
    {
      name: 'employment with the law',
      files: purpose(
        'lawful_basis: legal-obligation',
        'special_condition: employment-social-security',
        'legal_reference: Code du travail',
      ),
    },
  ],
  invalid: [
    {
      name: 'employment without a law',
      files: purpose('lawful_basis: contract', 'special_condition: employment-social-security'),
      errors: [
        {
          line: 5,
          column: 24,
          message:
            'purpose "billing" relies on the Art 9(2)(b) condition employment-social-security, which needs a law, but names none (legal_reference) (Art 9(2))',
        },
      ],
    },
  ],
});

ruleTester('criminal-data-no-basis', {
  valid: [
    {
      name: 'a basis',
      files: {
        ...category('criminal: true'),
        ...purpose('lawful_basis: legal-obligation', 'legal_reference: Law', 'criminal_basis: Law, art. 1'),
      },
    },
  ],
  invalid: [
    {
      name: 'no criminal basis',
      files: { ...category('criminal: true'), ...purpose('lawful_basis: contract') },
      errors: [
        {
          line: 2,
          column: 5,
          message:
            'purpose "billing" uses criminal-offence data of category "customers" without a basis (criminal_basis) (Art 10)',
        },
      ],
    },
  ],
});

ruleTester('tracker-without-consent', {
  valid: [
    { name: 'essential tracker', files: category('trackers: [{ name: session, essential: true }]') },
    {
      name: 'consent for a non-essential tracker',
      files: { ...category('trackers: [{ name: _ga, essential: false }]'), ...purpose(...CONSENT) },
    },
  ],
  invalid: [
    {
      name: 'non-essential tracker on contract',
      files: category('trackers:', '  - name: _ga', '    essential: false'),
      errors: [
        {
          line: 11,
          column: 7,
          message:
            'tracker "_ga" is not essential but serves purpose "billing", not based on consent (ePrivacy Art 5(3))',
        },
      ],
    },
    {
      name: 'a tracker not said to be essential',
      files: category('trackers: [{ name: _ga }]'),
      errors: [
        {
          line: 10,
          column: 14,
          message:
            'tracker "_ga" is not essential but serves purpose "billing", not based on consent (ePrivacy Art 5(3))',
        },
      ],
    },
  ],
});

/** A 2-year analytics cookie of an organisation in `country`, which has no national tracker figure. */
const defaultApplied = (name: string, country: string) => ({
  name,
  files: {
    ...category('trackers:', '  - name: _ga', '    essential: false', '    lifetime: P2Y'),
    ...organization(`country: ${country}`),
  },
  errors: [
    {
      line: 13,
      column: 17,
      message: `tracker "_ga" lives 2 years, longer than 13 months, the EEA default (the CNIL's reference, which most authorities follow), as no national figure is known for ${country}`,
    },
  ],
});

ruleTester('tracker-lifetime', {
  valid: [
    { name: '13 months', files: category('trackers: [{ name: session, essential: true, lifetime: P13M }]') },
    {
      name: '13 months in Germany, under the EEA default',
      files: {
        ...category('trackers: [{ name: _ga, essential: false, lifetime: P13M }]'),
        ...organization('country: DE'),
      },
    },
    {
      name: "a configured national figure replaces the default (the user's own counsel)",
      files: {
        ...category('trackers: [{ name: _ga, essential: false, lifetime: P2Y }]'),
        ...organization('country: US'),
      },
      config: {
        references: [
          {
            id: 'counsel-cookies',
            country: 'US',
            data: 'Cookie lifetime',
            matches: {},
            applies_to: 'tracker-lifetime',
            max: 'P25M',
            source: 'Counsel memo 2026-02: 25 months',
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'two years in France',
      files: category('trackers:', '  - name: session', '    essential: true', '    lifetime: P2Y'),
      errors: [
        {
          line: 13,
          column: 17,
          message:
            'tracker "session" lives 2 years, longer than the 13 months known in FR (CNIL, Cookies : solutions pour les outils de mesure d\'audience (2025))',
        },
      ],
    },
    defaultApplied('a 2-year analytics cookie in Germany: the EEA default', 'DE'),
    defaultApplied('an organisation outside the EEA: the EEA default too', 'US'),
  ],
});
