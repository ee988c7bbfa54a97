// Plain-text wording of record values, shared by every format, so a gap reads the same everywhere.
import type { Dpo } from '../../inventory/model.js';
import { rightText, termText } from '../../views/legal-terms.js';
import type {
  Activity,
  CategoryEntry,
  Controller,
  Disclosed,
  ProcessingRecord,
  ProcessorRecord,
  Country,
  RecipientEntry,
  SecurityMeasures,
  Source,
  Transfer,
} from '../../views/record.js';
import type { Named } from '../../views/retention.js';
import {
  gapText,
  isNotRequired,
  isNotStated,
  notRequiredText,
  type NotRequired,
  type Stated,
} from '../../views/stated.js';
import { joinPhrases, withoutFullStop } from '../../views/phrases.js';
import { retentionText } from '../../views/retention-wording.js';

export { gapText };

/** A stated value through `show`, its gap marker, or "not required (why)". */
export function statedText<T>(value: Stated<T> | NotRequired, show: (value: T) => string): string {
  if (isNotStated(value)) return gapText(value);
  return isNotRequired(value) ? notRequiredText(value) : show(value as T);
}

export const plain = (value: Stated<string>): string => statedText(value, (v) => v);

export { termText };

export const names = (list: readonly Named[]): string => list.map((n) => n.name).join(', ');

export const countryText = (country: Country): string => `${country.name} (${country.code})`;

export function dpoText(dpo: Dpo): string {
  if (dpo.appointed === false) return `not appointed${dpo.reason ? `: ${dpo.reason}` : ''}`;
  return [dpo.name, dpo.email, dpo.phone, dpo.address].filter(Boolean).join(', ') || 'appointed';
}

export function contactText(c: {
  name?: string;
  address?: string;
  email?: string;
  website?: string;
}): string {
  return [c.name, c.address, c.email, c.website].filter(Boolean).join(', ');
}

/**
 * What the record speaks for, under its title: "Record as of 2026-11-27, made from commit 1a2b3c4" (with
 * "and uncommitted changes" when the inventory differs from the commit).
 */
export function asOfText(record: ProcessingRecord): string {
  const revision = record.revision;
  if (!revision) return `Record as of ${record.as_of}.`;
  const dirty = revision.endsWith('-dirty');
  return `Record as of ${record.as_of}, made from commit ${revision.replace(/-dirty$/, '')}${dirty ? ' and uncommitted changes' : ''}.`;
}

export function controllerRows(controller: Controller): [string, string][] {
  return [
    ['Name', controller.name + (controller.legal_name ? ` (${controller.legal_name})` : '')],
    ['Role', controller.role],
    ['Country', statedText(controller.country, countryText)],
    ['Address', plain(controller.address)],
    ...(controller.email !== undefined ? [['E-mail', plain(controller.email)] as [string, string]] : []),
    ...(controller.phone ? [['Telephone', controller.phone] as [string, string]] : []),
    ...(controller.website ? [['Website', controller.website] as [string, string]] : []),
    ...(controller.public_authority ? [['Public authority', 'yes'] as [string, string]] : []),
    ...(controller.employees !== undefined
      ? [['Employees', String(controller.employees)] as [string, string]]
      : []),
    ['Data protection officer', statedText(controller.dpo, dpoText)],
    ...(controller.representative !== undefined
      ? [['Representative (Art 27)', statedText(controller.representative, contactText)] as [string, string]]
      : []),
    ['Supervisory authority', statedText(controller.supervisory_authority, contactText)],
    ['Exercise of rights', plain(controller.rights_contact)],
    ['Security measures', joinPhrases(controller.security_measures, '; ') || 'none stated'],
    ['Last reviewed', plain(controller.reviewed)],
  ];
}

function categoryRetentionText(category: CategoryEntry): string {
  return statedText(category.retention, (rules) =>
    joinPhrases(
      rules.map((rule) => `${names(rule.subjects)}: ${retentionText(rule)}`),
      '; ',
    ),
  );
}

function sourceText(source: Source): string {
  return joinPhrases(
    [source.type, source.from ? `from ${source.from.name}` : '', source.description ?? ''].filter(Boolean),
    ': ',
  );
}

export const sourcesText = (category: CategoryEntry): string =>
  statedText(category.sources, (list) => joinPhrases(list.map(sourceText), '; '));

/** The rows of the Art 30(2) block, for an organisation that processes data on behalf of others. */
export function processorRows(processor: ProcessorRecord): [string, string][] {
  return [
    [
      'Controllers',
      statedText(processor.clients, (list) =>
        list
          .map((c) => `${c.name}: ${statedText(c.categories_of_processing, (x) => x.join(', '))}`)
          .join('; '),
      ),
    ],
    ['Transfers', processor.transfers.map(transferText).join('; ') || 'none'],
    ['Security measures', statedText(processor.security_measures, (x) => joinPhrases(x, '; '))],
  ];
}

/**
 * The measures protecting a category. The organisation's own measures are named once, in the controller
 * block, unless `organisation` is 'inline' for an output without one (a csv row stands alone).
 */
export function securityText(
  measures: SecurityMeasures,
  organisation: 'reference' | 'inline' = 'reference',
): string {
  return joinPhrases(
    [
      ...measures.category,
      ...measures.systems.flatMap((s) => s.measures.map((m) => `${withoutFullStop(m)} (${s.system.name})`)),
      ...(measures.organization.length === 0
        ? []
        : organisation === 'inline'
          ? measures.organization
          : ["the organisation's measures (see Controller)"]),
    ],
    '; ',
  );
}

export function dataText(category: Pick<CategoryEntry, 'data'>): string {
  return statedText(category.data, (items) => items.map((item) => item.name).join(', '));
}

/** A recipient of a category, with the items it receives when not all: "The public (organisation name)". */
function disclosedText(recipient: Disclosed): string {
  return recipient.data ? `${recipient.name} (${recipient.data.join(', ')})` : recipient.name;
}

/**
 * What a recipient receives for an activity, when some of it is narrowed to data items: the items alone
 * when it receives one category, else each category with its items ("all" where not narrowed).
 */
function narrowedText(recipient: RecipientEntry): string | undefined {
  const receives = recipient.receives;
  if (!receives.some((x) => x.data)) return undefined;
  if (receives.length === 1) return `only ${receives[0]!.data!.join(', ')}`;
  return receives.map((x) => `${x.category.name}: ${x.data ? x.data.join(', ') : 'all'}`).join('; ');
}

function recipientText(recipient: RecipientEntry): string {
  const narrowed = narrowedText(recipient);
  // Countries go unsaid where none is required (the controller's own staff) or none is asked for
  const countries = recipient.countries;
  const where =
    isNotRequired(countries) || (isNotStated(countries) && !countries.rule)
      ? []
      : [statedText(countries, (list) => list.map((c) => c.code).join(', '))];
  const contract = recipient.contract !== undefined ? [`contract: ${plain(recipient.contract)}`] : [];
  const details = [...(narrowed ? [narrowed] : []), ...where, ...contract];
  return details.length > 0 ? `${recipient.name} (${details.join('; ')})` : recipient.name;
}

export function transferText(transfer: Transfer): string {
  const tool = statedText(transfer.tool, (t) =>
    [termText(t.mechanism), t.decision, t.reference, t.tia !== undefined ? `TIA: ${plain(t.tia)}` : undefined]
      .filter(Boolean)
      .join(', '),
  );
  return `${transfer.recipient.name} → ${countryText(transfer.country)}: ${tool}`;
}

export function automatedText(activity: Activity): string {
  const a = activity.automated_decisions;
  if (!a) return 'none declared';
  return joinPhrases(
    [
      a.description,
      a.legal_effect ? 'legal or similarly significant effect' : undefined,
      a.exception ? `exception: ${a.exception}` : undefined,
      a.safeguards ? `safeguards: ${a.safeguards}` : undefined,
    ].filter((x): x is string => Boolean(x)),
    '; ',
  );
}

function dpiaText(activity: Activity): string {
  return statedText(activity.dpia, (d) =>
    [
      d.required === undefined ? undefined : d.required ? 'required' : 'not required',
      d.status,
      d.reference,
      d.reason,
    ]
      .filter(Boolean)
      .join(', '),
  );
}

const ROLE_LABELS: Record<string, string> = {
  internal: 'Internal',
  processor: 'Processors',
  'sub-processor': 'Sub-processors',
  controller: 'Controllers',
  'joint-controller': 'Joint controllers',
  authority: 'Authorities',
  public: 'The public',
};

/** Recipients grouped by role, in the order of ROLE_LABELS, with role gaps last ("Role not stated [...]"). */
function recipientsByRole(
  recipients: readonly RecipientEntry[],
): { label: string; recipients: RecipientEntry[] }[] {
  const groups = new Map<string, RecipientEntry[]>();
  for (const label of Object.values(ROLE_LABELS)) groups.set(label, []);
  for (const r of recipients) {
    const label = isNotStated(r.role) ? `Role ${gapText(r.role)}` : ROLE_LABELS[r.role]!;
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([label, list]) => ({ label, recipients: list }));
}

/** The rights under the activity's lawful basis, by their names in the law. */
export function rightsText(activity: Activity): string {
  return activity.rights.length > 0
    ? activity.rights.map(rightText).join(', ')
    : 'depends on the lawful basis, which is not stated';
}

/** The activity as label/value rows: the order of the CNIL "fiche" and the ICO controller template. */
export function activityRows(activity: Activity): [string, string][] {
  const rows: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) rows.push([label, value]);
  };
  add('Description', activity.description);
  add('Business function', plain(activity.owner));
  add('Lawful basis', statedText(activity.lawful_basis, termText));
  add('Legitimate interest', activity.legitimate_interest && plain(activity.legitimate_interest));
  add('Legitimate interests assessment', activity.lia && plain(activity.lia));
  add('Legal reference', activity.legal_reference && plain(activity.legal_reference));
  if (activity.consent) {
    add('Consent record', plain(activity.consent.record));
    add('Consent withdrawal', plain(activity.consent.withdrawal));
  }
  add('Art 9 condition', activity.special_condition && statedText(activity.special_condition, termText));
  add('Art 10 basis', activity.criminal_basis && plain(activity.criminal_basis));
  add('Rights available', rightsText(activity));
  add('Data subjects', statedText(activity.subjects, names));
  add(
    'Joint controllers',
    activity.joint_controllers.length > 0
      ? activity.joint_controllers
          .map((j) => `${j.recipient.name} (arrangement: ${plain(j.arrangement)})`)
          .join('; ')
      : undefined,
  );
  const groups = recipientsByRole(activity.recipients);
  add(
    'Recipients',
    groups.length > 0
      ? groups.map((g) => `${g.label}: ${g.recipients.map(recipientText).join(', ')}`).join('; ')
      : 'none outside the controller',
  );
  add(
    'Transfers outside the EEA',
    activity.transfers.length > 0 ? activity.transfers.map(transferText).join('; ') : 'none',
  );
  add(
    'Systems',
    activity.systems.length > 0
      ? activity.systems
          .map(
            (s) =>
              s.name +
              (s.hosted_by || s.country
                ? ` (${[s.hosted_by?.name, s.country?.code].filter(Boolean).join(', ')})`
                : ''),
          )
          .join(', ')
      : 'none stated',
  );
  add('Automated decisions', automatedText(activity));
  add('DPIA', dpiaText(activity));
  if (activity.dpia_criteria.length > 0) add('DPIA criteria (WP248)', activity.dpia_criteria.join(', '));
  add('Last reviewed', plain(activity.reviewed));
  return rows;
}

/** The category within an activity as label/value rows. */
export function categoryRows(category: CategoryEntry): [string, string][] {
  return [
    ['Data', dataText(category)],
    ...(category.special.length > 0
      ? [['Special categories (Art 9)', category.special.map(termText).join(', ')] as [string, string]]
      : []),
    ...(category.criminal ? [['Criminal offence data (Art 10)', 'yes'] as [string, string]] : []),
    ['Data subjects', statedText(category.subjects, names)],
    ['Sources', sourcesText(category)],
    [
      'Recipients',
      statedText(category.recipients, (list) =>
        list.length > 0 ? list.map(disclosedText).join(', ') : 'none outside the controller',
      ),
    ],
    ['Retention', categoryRetentionText(category)],
    ['Security measures', statedText(category.security_measures, securityText)],
    ...(category.trackers.length > 0
      ? [
          [
            'Trackers',
            category.trackers
              .map(
                (t) => `${t.name}${t.essential ? ' (essential)' : ''}${t.lifetime ? `, ${t.lifetime}` : ''}`,
              )
              .join('; '),
          ] as [string, string],
        ]
      : []),
  ];
}
