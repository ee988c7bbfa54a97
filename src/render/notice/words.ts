// Every word the privacy notice says that does not come from the inventory or from the reference data's
// legal wording, in one place: a translation of the notice is a second object of this shape.
import type { ProvisionRequirement, RecipientRole, SourceType } from '../../inventory/model.js';

export const NOTICE_WORDS = {
  title: (controller: string | undefined) => `Privacy notice${controller ? ` — ${controller}` : ''}`,
  titleFor: (subject: string) => `for ${subject}`,
  intro: (controller: string) =>
    `This notice tells you what ${controller} does with personal data about you, as Articles 13 and 14 of the General Data Protection Regulation (GDPR) require. It is written from ${controller}'s record of processing activities: where the record lacks an item the law asks for, the notice says "not stated" and names the check that reports the gap.`,
  generator: (version: string) => `Produced by ropa ${version} from the inventory.`,
  contents: 'Contents',
  /** The header of a two-column table of labelled values, in Markdown (which needs one). */
  fieldColumns: ['Item', 'Details'],
  unknownController: 'the controller',

  controller: {
    heading: 'Who we are and how to reach us',
    name: 'Controller',
    address: 'Postal address',
    email: 'E-mail',
    phone: 'Telephone',
    website: 'Website',
    dpo: 'Data protection officer',
    representative: 'Representative in the EU (Art 27)',
    rights: 'To exercise your rights',
  },

  audiences: {
    heading: 'Whose data, and which data',
    lead: 'Find the kind of person you are: each part lists the data we hold about them, where it comes from, what it is used for and how long it is kept.',
    none: 'The inventory names no data about this kind of person.',
    columns: ['Data', 'What it includes', 'Where it comes from', 'Used for', 'How long we keep it'],
    special: (terms: string) => `special categories: ${terms}`,
  },

  sources: {
    direct: 'from you',
    observed: 'from your use of our sites and services',
    'third-party': 'from a third party',
    public: 'from publicly accessible sources',
    inferred: 'inferred from other data',
  } satisfies Record<SourceType, string>,
  sourceFrom: (from: string) => `from ${from}`,

  vague: 'period not stated',

  purposes: {
    heading: 'Why we use it, and on which legal basis',
    none: 'No purpose of the inventory concerns this kind of person.',
    description: 'What we do',
    subjects: 'Concerns',
    basis: 'Legal basis',
    interest: 'Our legitimate interest',
    law: 'The law that requires it',
    withdrawal: 'Withdrawing your consent',
    requirement: 'Must you give the data?',
    obliged: 'Are you obliged to give it?',
    consequences: 'If you do not give it',
    rights: 'Your rights for this purpose',
    rightsUnknown: 'depend on the legal basis, which is not stated',
    automated: 'Automated decisions',
  },
  requirement: {
    statutory: 'Yes: the law requires it',
    contractual: 'Yes: our contract with you requires it',
    'pre-contractual': 'Yes: it is needed to enter into a contract with you',
    voluntary: 'No: giving it is your choice',
  } satisfies Record<ProvisionRequirement, string>,
  yes: 'yes',
  no: 'no',

  recipients: {
    heading: 'Who receives your data',
    none: (controller: string) => `Nobody outside ${controller} receives it.`,
    columns: ['Recipient', 'Role', 'Where', 'Which data', 'For'],
  },
  roles: {
    internal: 'our staff',
    processor: 'processes it on our behalf',
    'sub-processor': 'processes it on behalf of our processor',
    controller: 'uses it for its own purposes',
    'joint-controller': 'decides with us how it is used (joint controller)',
    authority: 'public authority',
    public: 'made public',
  } satisfies Record<RecipientRole, string>,

  transfers: {
    heading: 'Transfers outside the European Economic Area',
    lead: 'These recipients process your data in countries outside the EEA. Each transfer relies on the safeguard shown.',
    none: 'No transfer of your data outside the European Economic Area (EEA) is recorded.',
    // no "not stated" here: in HTML those words are a gap marker, and this sentence only points to them
    unknownCountries:
      'For some recipients the inventory gives no country (see "Who receives your data"): whether their processing leaves the EEA cannot be said.',
    columns: ['Recipient', 'Country', 'Safeguard'],
    copy: (contact: string) =>
      `To obtain a copy of the safeguards, or to know where they are available: ${contact}.`,
  },

  rights: {
    heading: 'Your rights',
    lead: 'Depending on the legal basis of each purpose (see above), you have these rights:',
    none: 'Which rights you have depends on the legal basis of each purpose, and no basis is stated.',
    basisUnknown: (purposes: string, gap: string) =>
      `For ${purposes}, the legal basis is ${gap}: which rights apply cannot be said.`,
    withdrawal:
      'Where we rely on your consent, you can withdraw it at any time; withdrawing does not affect what was done before.',
    contact: (contact: string) => `To exercise your rights: ${contact}.`,
    authority: (authority: string) => `Our lead supervisory authority: ${authority}.`,
  },

  automated: {
    heading: 'Automated decisions',
    none: 'No decision based solely on automated processing, including profiling, is recorded.',
    legalEffect: 'with legal or similarly significant effects',
    logic: 'logic involved',
    consequences: 'consequences for you',
    safeguards: 'safeguards',
  },
} as const;
