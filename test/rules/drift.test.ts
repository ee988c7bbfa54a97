import type { CodeLocation, Evidence, EvidencePart } from '../../src/evidence/model.js';
import { yaml } from '../helpers/inventory.js';
import { BASE, ruleTester } from '../helpers/rule-tester.js';

const sbom = { path: 'sbom.json', tool: 'cyclonedx' } as const;
const scan = { path: 'scan.json', tool: 'bearer' } as const;
const evidence = (part: Partial<EvidencePart>): Evidence => ({
  files: [sbom, scan],
  packages: [],
  services: [],
  dataTypes: [],
  flows: [],
  ...part,
});
const npm = (...names: string[]) => names.map((name) => ({ ecosystem: 'npm', name, from: sbom }));
const at = (file: string, line: number, column?: number): CodeLocation =>
  column === undefined ? { file, line } : { file, line, column };
const service = (kind: 'third-party' | 'data-store', name: string, ...locations: CodeLocation[]) => ({
  kind,
  name,
  domains: [],
  from: scan,
  locations,
});
const dataType = (name: string, taxonomy?: string, ...locations: CodeLocation[]) => ({
  name,
  ...(taxonomy ? { taxonomy } : {}),
  from: scan,
  locations,
});
const flow = (type: string, taxonomy: string | undefined, to: string, ...locations: CodeLocation[]) => ({
  dataType: taxonomy ? { name: type, taxonomy } : { name: type },
  service: { name: to, domains: [] },
  from: scan,
  locations,
});
/** BASE's recipients with more after them. */
const recipients = (...lines: string[]) => ({ 'recipients.yaml': BASE['recipients.yaml'] + yaml(...lines) });
const STRIPE =
  'no recipient is "Stripe" (usually Stripe, Inc. (Stripe Payments Europe, Limited, Ireland, for EEA accounts), processing in US, IE; DPF: listed; DPA: https://stripe.com/legal/dpa): declare it in recipients, or name it in the aliases of the recipient it is';

ruleTester('drift-undeclared-vendor', {
  valid: [
    { name: 'a package of no vendor', files: {}, evidence: evidence({ packages: npm('express', 'pg') }) },
    {
      name: "a vendor's name as a word of a recipient's name",
      files: recipients('  - id: payments', '    name: Stripe Payments Europe, Ltd.'),
      evidence: evidence({ packages: npm('stripe', '@stripe/stripe-js') }),
    },
    {
      name: 'a package named in aliases',
      files: recipients('  - id: payments', '    name: Our payment provider', '    aliases: [stripe]'),
      evidence: evidence({ packages: npm('stripe') }),
    },
    {
      name: 'an SDK package of the vendor in aliases, for a third party a scanner saw',
      files: recipients('  - id: errors', '    name: Error tracker', "    aliases: ['@sentry/node']"),
      evidence: evidence({ services: [service('third-party', 'Sentry')] }),
    },
    {
      name: "a subdomain of the vendor's domain in aliases",
      files: recipients('  - id: errors', '    name: Error tracker', '    aliases: [o123.ingest.sentry.io]'),
      evidence: evidence({ services: [service('third-party', 'Sentry')] }),
    },
    {
      name: 'a scanner name no catalogue knows, as a word of the name',
      files: recipients('  - id: geo', '    name: Acme Geo API Ltd'),
      evidence: evidence({ services: [service('third-party', 'Acme Geo API')] }),
    },
  ],
  invalid: [
    {
      name: 'an SDK in the SBOM and no recipient',
      files: {},
      evidence: evidence({ packages: npm('stripe', '@stripe/stripe-js') }),
      errors: [
        {
          line: 2,
          column: 3,
          message: `the code uses "Stripe" (packages @stripe/stripe-js, stripe in sbom.json) and ${STRIPE}`,
        },
      ],
    },
    {
      name: 'aliases replace the name: a recipient whose aliases name something else',
      files: recipients('  - id: payments', '    name: Stripe Inc.', '    aliases: [paypal.com]'),
      evidence: evidence({ packages: npm('stripe') }),
      errors: [
        { line: 2, column: 3, message: `the code uses "Stripe" (package stripe in sbom.json) and ${STRIPE}` },
      ],
    },
    {
      name: 'an internal team is no vendor',
      files: recipients('  - id: stripe-team', '    name: Stripe integration team', '    role: internal'),
      evidence: evidence({ packages: npm('stripe') }),
      errors: [
        { line: 2, column: 3, message: `the code uses "Stripe" (package stripe in sbom.json) and ${STRIPE}` },
      ],
    },
    {
      name: 'a third party a scanner saw, with where',
      files: {},
      evidence: evidence({ services: [service('third-party', 'Acme Geo API', at('src/geo.js', 4, 7))] }),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'the code uses "Acme Geo API" (src/geo.js:4 in scan.json) and no recipient is "Acme Geo API": declare it in recipients, or name it in the aliases of the recipient it is',
        },
      ],
    },
  ],
});

ruleTester('drift-undeclared-data', {
  valid: [
    {
      name: 'the same name',
      files: {},
      evidence: evidence({ dataTypes: [dataType('E-mail address', 'user.contact.email')] }),
    },
    {
      name: "the item named as the key's last part",
      files: {},
      evidence: evidence({ dataTypes: [dataType('Given name', 'user.name')] }),
    },
    {
      name: 'a broader key on the item',
      files: {
        'categories/contact.yaml': yaml(
          'category:',
          '  id: contact',
          '  name: Contact',
          '  data:',
          '    - name: contact details',
          '      taxonomy: user.contact',
          '  subjects: [customer]',
          '  purposes: [billing]',
          '  recipients: []',
          '  retention:',
          '    - duration: P1Y',
          '      from: collection',
        ),
      },
      evidence: evidence({ dataTypes: [dataType('Telephone Number', 'user.contact.phone_number')] }),
    },
  ],
  invalid: [
    {
      name: 'a data type no item is',
      files: {},
      evidence: evidence({
        dataTypes: [
          dataType('Date of Birth', 'user.demographic.date_of_birth', at('app/models/user.rb', 7, 3)),
          dataType('Interactions'),
          dataType('Date of Birth', 'user.demographic.date_of_birth', at('app/models/user.rb', 7, 3)),
        ],
      }),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'the code handles "Date of Birth" (user.demographic.date_of_birth) (app/models/user.rb:7 in scan.json) and no category declares it: add it to the data of the category it belongs to (taxonomy: user.demographic.date_of_birth)',
        },
        {
          line: 2,
          column: 3,
          message:
            'the code handles "Interactions" (Interactions in scan.json) and no category declares it: add it to the data of the category it belongs to',
        },
      ],
    },
  ],
});

const sendgrid = {
  'recipients.yaml': BASE['recipients.yaml']!.replace(
    '    name: Mailer SAS\n',
    '    name: Mailer SAS\n    aliases: [sendgrid.com]\n',
  ),
};
ruleTester('drift-data-beyond-recipient', {
  valid: [
    {
      name: 'data of a category that lists the recipient',
      files: sendgrid,
      evidence: evidence({ flows: [flow('Email Address', 'user.contact.email', 'SendGrid')] }),
    },
    {
      name: 'data sent to a vendor that is no recipient (drift-undeclared-vendor says so)',
      files: {},
      evidence: evidence({ flows: [flow('Phone Number', 'user.contact.phone_number', 'Twilio')] }),
    },
  ],
  invalid: [
    {
      name: 'data no category discloses to it',
      files: sendgrid,
      evidence: evidence({
        flows: [flow('Phone Number', 'user.contact.phone_number', 'SendGrid', at('src/signup.js', 31, 9))],
      }),
      errors: [
        {
          line: 6,
          column: 5,
          message:
            'the code sends "Phone Number" (user.contact.phone_number) to recipient "mailer" (src/signup.js:31 in scan.json), and no category discloses it to "mailer": declare the disclosure, or stop sending it',
        },
      ],
    },
    {
      name: 'data outside a narrowed disclosure',
      files: {
        ...sendgrid,
        'categories/customers.yaml': BASE['categories/customers.yaml']!.replace(
          '  recipients: [staff, mailer]\n',
          '  recipients: [staff, { to: mailer, data: [name] }]\n',
        ),
      },
      evidence: evidence({ flows: [flow('Email Address', 'user.contact.email', 'SendGrid')] }),
      errors: [
        {
          line: 6,
          column: 5,
          message:
            'the code sends "Email Address" (user.contact.email) to recipient "mailer" (SendGrid in scan.json), and no category discloses it to "mailer": declare the disclosure, or stop sending it',
        },
      ],
    },
  ],
});

ruleTester('drift-undeclared-store', {
  valid: [
    {
      name: "the store's name as words of a system's name",
      files: { 'systems.yaml': yaml('systems:', '  - id: crm', '    name: CRM (PostgreSQL)') },
      evidence: evidence({ services: [service('data-store', 'PostgreSQL')] }),
    },
    {
      name: 'the product without its maker',
      files: {
        'systems.yaml': yaml(
          'systems:',
          '  - id: crm',
          '    name: CRM',
          '  - id: s3-backups',
          '    name: Backups',
        ),
      },
      evidence: evidence({ services: [service('data-store', 'Amazon S3')] }),
    },
  ],
  invalid: [
    {
      name: 'a store no system is, when the inventory lists systems',
      files: {},
      evidence: evidence({ services: [service('data-store', 'Redis', at('config/redis.rb', 2))] }),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'the code stores data in "Redis" (config/redis.rb:2 in scan.json) and no system is "Redis": declare it in systems',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a store, when the inventory lists no systems: a note',
      files: {
        'systems.yaml': null,
        'categories/customers.yaml': BASE['categories/customers.yaml']!.replace('  systems: [crm]\n', ''),
      },
      evidence: evidence({ services: [service('data-store', 'Redis')] }),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'the code stores data in "Redis" (Redis in scan.json); the inventory declares no systems: declare "Redis" in systems to record where the data is kept',
          severity: 'note',
        },
      ],
    },
  ],
});

ruleTester('drift-processor-unseen', {
  valid: [
    {
      name: 'a processor the evidence shows',
      files: sendgrid,
      evidence: evidence({ packages: npm('@sendgrid/mail') }),
    },
    {
      name: 'only processors are asked about',
      files: {
        'recipients.yaml': yaml(
          'recipients:',
          '  - id: staff',
          '    name: Staff',
          '    role: internal',
          '  - id: mailer',
          '    name: Mailer SAS',
          '    role: controller',
        ),
      },
      evidence: evidence({}),
    },
  ],
  invalid: [
    {
      name: 'a processor no evidence shows',
      files: {},
      evidence: evidence({ packages: npm('express') }),
      errors: [
        {
          line: 6,
          column: 5,
          message:
            'processor "mailer" appears in none of the evidence (sbom.json, scan.json): check that it is still used, and how the code reaches it (scans are partial)',
        },
      ],
    },
  ],
});
