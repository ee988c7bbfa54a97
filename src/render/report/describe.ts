// Plain-text wording of record values, shared by every format, so a gap reads the same everywhere. Every
// word comes from the catalogue of the record's language (`w`, views/words): none is written here.
import type { Dpo } from '../../inventory/model.js';
import { criterionText, rightText, termText, type Term } from '../../views/legal-terms.js';
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
import { cachedInLanguage } from '../../views/cached.js';
import { durationText } from '../../views/duration.js';
import { ENGLISH, type MessageId, type Words } from '../../views/words/index.js';

export { gapText };

/** A stated value through `show`, its gap marker, or "not required (why)". */
export function statedText<T>(
  value: Stated<T> | NotRequired,
  show: (value: T) => string,
  w: Words = ENGLISH,
): string {
  if (isNotStated(value)) return gapText(value, w);
  return isNotRequired(value) ? notRequiredText(value, w) : show(value as T);
}

export const plain = (value: Stated<string>, w: Words = ENGLISH): string => statedText(value, (v) => v, w);

/** A legal term with its article, in the language's citation style: "Contrat (art. 6.1.b RGPD)". */
export const termIn =
  (w: Words) =>
  (term: Term): string =>
    termText(term, w);

/** A right with its article: "Droit d'accès de la personne concernée (art. 15 RGPD)". */
export const rightIn =
  (w: Words) =>
  (term: Term): string =>
    rightText(term, w);

export const names = (list: readonly Named[]): string => list.map((n) => n.name).join(', ');

export const countryText = (country: Country): string => `${country.name} (${country.code})`;

/** The message for an inventory key (a role, a source type, a severity), the key itself when unknown. */
export const keyWord = (w: Words, prefix: `${string}.`, key: string): string => w.keyed(prefix, key) ?? key;

export function dpoText(dpo: Dpo, w: Words = ENGLISH): string {
  if (dpo.appointed === false) return `${w.t['value.dpoNotAppointed']}${dpo.reason ? `: ${dpo.reason}` : ''}`;
  return (
    [dpo.name, dpo.email, dpo.phone, dpo.address].filter(Boolean).join(', ') || w.t['value.dpoAppointed']
  );
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
export function asOfText(record: ProcessingRecord, w: Words): string {
  const revision = record.revision;
  const date = w.date(record.as_of);
  if (!revision) return w.t['value.asOf'](date);
  return w.t['value.asOfCommit'](date, revision.replace(/-dirty$/, ''), revision.endsWith('-dirty'));
}

/** A date the inventory gives (YYYY-MM-DD), or its gap. */
const dateText = (value: Stated<string>, w: Words): string => statedText(value, w.date, w);

export function controllerRows(controller: Controller, w: Words = ENGLISH): [string, string][] {
  const { t } = w;
  const rows: [string, string][] = [
    [t['field.name'], controller.name + (controller.legal_name ? ` (${controller.legal_name})` : '')],
    [t['field.role'], keyWord(w, 'orgRole.', controller.role)],
    [t['field.country'], statedText(controller.country, countryText, w)],
    [t['field.address'], plain(controller.address, w)],
  ];
  if (controller.email !== undefined) rows.push([t['field.email'], plain(controller.email, w)]);
  if (controller.phone) rows.push([t['field.phone'], controller.phone]);
  if (controller.website) rows.push([t['field.website'], controller.website]);
  if (controller.public_authority) rows.push([t['field.publicAuthority'], t['value.yes']]);
  if (controller.employees !== undefined) rows.push([t['field.employees'], w.number(controller.employees)]);
  rows.push([t['field.dpo'], statedText(controller.dpo, (dpo) => dpoText(dpo, w), w)]);
  if (controller.representative !== undefined)
    rows.push([t['field.representative'], statedText(controller.representative, contactText, w)]);
  rows.push(
    [t['field.authority'], statedText(controller.supervisory_authority, contactText, w)],
    [t['field.rightsContact'], plain(controller.rights_contact, w)],
    [t['field.security'], joinPhrases(controller.security_measures, '; ') || t['value.noneStated']],
    [t['field.reviewed'], dateText(controller.reviewed, w)],
  );
  return rows;
}

function categoryRetentionText(category: Pick<CategoryEntry, 'retention'>, w: Words): string {
  return statedText(
    category.retention,
    (rules) =>
      joinPhrases(
        rules.map((rule) => `${names(rule.subjects)}${w.t['sep.colon']}${retentionText(rule, w)}`),
        '; ',
      ),
    w,
  );
}

function sourceText(source: Source, w: Words): string {
  return joinPhrases(
    [
      keyWord(w, 'source.', source.type),
      source.from ? w.t['value.from'](source.from.name) : '',
      source.description ?? '',
    ].filter(Boolean),
    w.t['sep.colon'],
  );
}

export const sourcesText = (category: Pick<CategoryEntry, 'sources'>, w: Words): string =>
  statedText(
    category.sources,
    (list) =>
      joinPhrases(
        list.map((s) => sourceText(s, w)),
        '; ',
      ),
    w,
  );

/** The rows of the Art 30(2) block, for an organisation that processes data on behalf of others. */
export function processorRows(processor: ProcessorRecord, w: Words): [string, string][] {
  const { t } = w;
  return [
    [
      t['field.controllers'],
      statedText(
        processor.clients,
        (list) =>
          list
            .map((c) => `${c.name}: ${statedText(c.categories_of_processing, (x) => x.join(', '), w)}`)
            .join('; '),
        w,
      ),
    ],
    [t['field.transfers'], processor.transfers.map((x) => transferText(x, w)).join('; ') || t['value.none']],
    [t['field.security'], statedText(processor.security_measures, (x) => joinPhrases(x, '; '), w)],
  ];
}

/**
 * The measures protecting a category. The organisation's own measures are named once, in the controller
 * block, unless `organisation` is 'inline' for an output without one (a csv row stands alone).
 */
export function securityText(
  measures: SecurityMeasures,
  w: Words,
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
          : [w.t['value.orgMeasures']]),
    ],
    '; ',
  );
}

export function dataText(category: Pick<CategoryEntry, 'data'>, w: Words = ENGLISH): string {
  return statedText(category.data, (items) => items.map((item) => item.name).join(', '), w);
}

/** A recipient of a category, with the items it receives when not all: "The public (organisation name)". */
function disclosedText(recipient: Disclosed): string {
  return recipient.data ? `${recipient.name} (${recipient.data.join(', ')})` : recipient.name;
}

/**
 * What a recipient receives for an activity, when some of it is narrowed to data items: the items alone
 * when it receives one category, else each category with its items ("all" where not narrowed).
 */
function narrowedText(recipient: RecipientEntry, w: Words): string | undefined {
  const receives = recipient.receives;
  if (!receives.some((x) => x.data)) return undefined;
  if (receives.length === 1) return w.t['value.only'](receives[0]!.data!.join(', '));
  return receives
    .map((x) => `${x.category.name}: ${x.data ? x.data.join(', ') : w.t['value.all']}`)
    .join('; ');
}

function recipientText(recipient: RecipientEntry, w: Words): string {
  const narrowed = narrowedText(recipient, w);
  // Countries go unsaid where none is required (the controller's own staff) or none is asked for
  const countries = recipient.countries;
  const where =
    isNotRequired(countries) || (isNotStated(countries) && !countries.rule)
      ? []
      : [statedText(countries, (list) => list.map((c) => c.code).join(', '), w)];
  const contract =
    recipient.contract !== undefined ? [w.t['value.contract'](plain(recipient.contract, w))] : [];
  const details = [...(narrowed ? [narrowed] : []), ...where, ...contract];
  return details.length > 0 ? `${recipient.name} (${details.join('; ')})` : recipient.name;
}

export function transferText(transfer: Transfer, w: Words): string {
  return `${transfer.recipient.name} → ${countryText(transfer.country)}${w.t['sep.colon']}${transferToolText(transfer.tool, w)}`;
}

/** The Chapter V tool of a transfer: its mechanism, decision, reference and TIA, or its gap. */
export function transferToolText(tool: Transfer['tool'], w: Words): string {
  return statedText(
    tool,
    (t) =>
      [
        termText(t.mechanism, w),
        t.decision,
        t.reference,
        t.tia !== undefined ? w.t['value.tia'](plain(t.tia, w)) : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    w,
  );
}

export function automatedText(activity: Activity, w: Words): string {
  const a = activity.automated_decisions;
  if (!a) return w.t['value.noneDeclared'];
  return joinPhrases(
    [
      a.description,
      a.legal_effect ? w.t['value.legalEffect'] : undefined,
      a.exception ? w.t['value.exception'](a.exception) : undefined,
      a.safeguards ? w.t['value.safeguards'](a.safeguards) : undefined,
    ].filter((x): x is string => Boolean(x)),
    '; ',
  );
}

function dpiaText(activity: Activity, w: Words): string {
  return statedText(
    activity.dpia,
    (d) =>
      [
        d.required === undefined
          ? undefined
          : d.required
            ? w.t['value.dpiaRequired']
            : w.t['value.dpiaNotRequired'],
        d.status && keyWord(w, 'dpia.', d.status),
        d.reference,
        d.reason,
      ]
        .filter(Boolean)
        .join(', '),
    w,
  );
}

/** The roles in the order the record groups recipients by. */
const ROLES = [
  'internal',
  'processor',
  'sub-processor',
  'controller',
  'joint-controller',
  'authority',
  'public',
];

/** Recipients grouped by role, in the order of ROLES, with role gaps last ("Role not stated [...]"). */
function recipientsByRole(
  recipients: readonly RecipientEntry[],
  w: Words,
): { label: string; recipients: RecipientEntry[] }[] {
  const label = (role: string) => w.t[`roles.${role}` as MessageId] as string;
  const groups = new Map<string, RecipientEntry[]>();
  for (const role of ROLES) groups.set(label(role), []);
  for (const r of recipients) {
    const key = isNotStated(r.role) ? w.t['value.rolePrefix'](gapText(r.role, w)) : label(r.role);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => ({ label: key, recipients: list }));
}

/** The rights under the activity's lawful basis, by their names in the law. */
export function rightsText(activity: Activity, w: Words): string {
  return activity.rights.length > 0 ? activity.rights.map(rightIn(w)).join(', ') : w.t['value.rightsUnknown'];
}

/** A system with where it runs: "CRM (Hubspot, US)". */
function systemText(s: Activity['systems'][number]): string {
  const where = [s.hosted_by?.name, s.country?.code].filter(Boolean);
  return where.length > 0 ? `${s.name} (${where.join(', ')})` : s.name;
}

/** The activity as label/value rows: the order of the CNIL "fiche" and the ICO controller template. */
export function activityRows(activity: Activity, w: Words = ENGLISH): [string, string][] {
  const { t } = w;
  const rows: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined) rows.push([label, value]);
  };
  add(t['field.description'], activity.description);
  add(t['field.owner'], plain(activity.owner, w));
  add(t['field.basis'], statedText(activity.lawful_basis, termIn(w), w));
  add(t['field.interest'], activity.legitimate_interest && plain(activity.legitimate_interest, w));
  add(t['field.lia'], activity.lia && plain(activity.lia, w));
  add(t['field.legalReference'], activity.legal_reference && plain(activity.legal_reference, w));
  if (activity.consent) {
    add(t['field.consentRecord'], plain(activity.consent.record, w));
    add(t['field.consentWithdrawal'], plain(activity.consent.withdrawal, w));
  }
  add(
    t['field.condition'],
    activity.special_condition && statedText(activity.special_condition, termIn(w), w),
  );
  add(t['field.criminalBasis'], activity.criminal_basis && plain(activity.criminal_basis, w));
  add(t['field.rights'], rightsText(activity, w));
  add(t['field.subjects'], statedText(activity.subjects, names, w));
  add(
    t['field.jointControllers'],
    activity.joint_controllers.length > 0
      ? activity.joint_controllers
          .map((j) => `${j.recipient.name} (${t['value.arrangement'](plain(j.arrangement, w))})`)
          .join('; ')
      : undefined,
  );
  const groups = recipientsByRole(activity.recipients, w);
  add(
    t['field.recipients'],
    groups.length > 0
      ? groups
          .map(
            (g) => `${g.label}${w.t['sep.colon']}${g.recipients.map((r) => recipientText(r, w)).join(', ')}`,
          )
          .join('; ')
      : t['value.noneOutside'],
  );
  add(
    t['field.transfersOutside'],
    activity.transfers.length > 0
      ? activity.transfers.map((x) => transferText(x, w)).join('; ')
      : t['value.none'],
  );
  add(
    t['field.systems'],
    activity.systems.length > 0 ? activity.systems.map(systemText).join(', ') : t['value.noneStated'],
  );
  add(t['field.automated'], automatedText(activity, w));
  add(t['field.dpia'], dpiaText(activity, w));
  if (activity.dpia_criteria.length > 0)
    add(t['field.dpiaCriteria'], activity.dpia_criteria.map((key) => criterionText(key, w)).join(', '));
  add(t['field.reviewed'], dateText(activity.reviewed, w));
  return rows;
}

/**
 * The texts of the values that the entries of a category share under the activities it serves (its data,
 * subjects, sources, recipients, retention and measures), each made once per value and language for as
 * long as these are kept.
 */
export interface CategoryTexts {
  readonly data: (data: CategoryEntry['data'], w: Words) => string;
  readonly subjects: (subjects: CategoryEntry['subjects'], w: Words) => string;
  readonly sources: (sources: CategoryEntry['sources'], w: Words) => string;
  readonly recipients: (recipients: CategoryEntry['recipients'], w: Words) => string;
  readonly retention: (retention: CategoryEntry['retention'], w: Words) => string;
  readonly security: (measures: CategoryEntry['security_measures'], w: Words) => string;
}

/** A set of them of its own, for texts that go with what made them (a page of the site). */
export function categoryTexts(): CategoryTexts {
  return {
    data: cachedInLanguage((data, w) => dataText({ data }, w)),
    subjects: cachedInLanguage((subjects, w) => statedText(subjects, names, w)),
    sources: cachedInLanguage((sources, w) => sourcesText({ sources }, w)),
    recipients: cachedInLanguage((recipients, w) =>
      statedText(
        recipients,
        (list) => (list.length > 0 ? list.map(disclosedText).join(', ') : w.t['value.noneOutside']),
        w,
      ),
    ),
    retention: cachedInLanguage((retention, w) => categoryRetentionText({ retention }, w)),
    security: cachedInLanguage((measures, w) => statedText(measures, (m) => securityText(m, w), w)),
  };
}

// the entries of a category under the activities it serves share these values: each text made once in a
// run, as the record writes them (a page of the site, which holds the record for longer, keeps its own)
const RECORD_TEXTS = categoryTexts();

/** The category within an activity as label/value rows. */
export function categoryRows(
  category: CategoryEntry,
  w: Words = ENGLISH,
  texts: CategoryTexts = RECORD_TEXTS,
): [string, string][] {
  const { t } = w;
  const rows: [string, string][] = [[t['field.data'], texts.data(category.data, w)]];
  if (category.special.length > 0)
    rows.push([t['field.special'], category.special.map(termIn(w)).join(', ')]);
  if (category.criminal) rows.push([t['field.criminal'], t['value.yes']]);
  rows.push(
    [t['field.subjects'], texts.subjects(category.subjects, w)],
    [t['field.sources'], texts.sources(category.sources, w)],
    [t['field.recipients'], texts.recipients(category.recipients, w)],
    [t['field.retention'], texts.retention(category.retention, w)],
    [t['field.security'], texts.security(category.security_measures, w)],
  );
  if (category.trackers.length > 0)
    rows.push([
      t['field.trackers'],
      category.trackers
        .map(
          (x) =>
            `${x.name}${x.essential ? ` (${t['value.essential']})` : ''}${x.lifetime ? `, ${durationText(x.lifetime, w)}` : ''}`,
        )
        .join('; '),
    ]);
  return rows;
}
