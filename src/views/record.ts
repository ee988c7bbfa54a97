// The record of processing activities (GDPR Art 30). The inventory is organised by data category; the
// record by processing activity: one activity per purpose, gathering every category that serves it.
// Where the inventory lacks something the law asks for, the record keeps a NotStated marker in place.
import type { Diagnostic } from '../inventory/diagnostic.js';
import { compareText, inListOrder } from './order.js';
import {
  dataItems,
  disclosures,
  recipientCountries,
  type Category,
  type Inventory,
  type Organization,
  type Purpose,
  type Recipient,
  type RetentionRule,
  type System,
} from '../inventory/model.js';
import { coversPair, orAny, overridden } from '../inventory/retention-scope.js';
import { DPIA_THRESHOLD } from '../reference/risk.js';
import { toolFor } from '../inventory/transfer-tools.js';
import { RULES_BY_ID } from '../rules/index.js';
import {
  adequacyOf,
  conditionTerm,
  decisionText,
  inEea,
  lawfulBasisTerm,
  mechanismTerm,
  rightsUnder,
  specialCategoryTerm,
} from './legal-terms.js';
import { retentionTerms, ruleCovers, type Named } from './retention.js';
import { cached } from './cached.js';
import { pushTo } from '../grouping.js';
import { mapped } from '../iterables.js';
import { gapsFrom, type Gaps } from './gaps.js';
import { countriesGap } from './recipient-gaps.js';
import { notRequired, notStated, type Stated } from './stated.js';
import type {
  Activities,
  Activity,
  CategoryEntry,
  Controller,
  Disclosed,
  FindingsSummary,
  ProcessingRecord,
  ProcessorRecord,
  Received,
  RecipientEntry,
  RecordOptions,
  RetentionEntry,
  SecurityMeasures,
  Source,
  SystemEntry,
  Transfer,
  TransferTool,
} from './record-types.js';

export type * from './record-types.js';
import { wordsFor, type Words } from './words/index.js';

/**
 * Builds the record from the model and the lint diagnostics: the gaps it marks are the findings (gaps.ts),
 * and the findings close it as a summary.
 */
export function buildRecord(
  inventory: Inventory,
  diagnostics: readonly Diagnostic[],
  options: RecordOptions,
): ProcessingRecord {
  const organization = inventory.organization;
  const served = categoriesByPurpose(inventory.categories);
  const gaps = gapsFrom(diagnostics, options.rules);
  const w = wordsFor(options.language);
  const shared: Shared = {
    gaps,
    w,
    category: cached((category) => categoryParts(inventory, category, shared)),
    recipient: cached((recipient) => recipientParts(recipient, gaps, w)),
    system: cached((system) => systemEntry(inventory, system, w)),
  };
  const activities = activityList(inventory.purposes, (purpose) =>
    activity(inventory, purpose, served.get(purpose.id) ?? [], shared),
  );
  const record: ProcessingRecord = {
    language: w.language,
    as_of: options.asOf,
    ...(options.revision ? { revision: options.revision } : {}),
    controller: organization
      ? controller(organization, gaps, w)
      : gaps.gap('organization-missing', undefined),
    activities,
    categories_without_purpose: inventory.categories
      .filter((category) => (category.purposes ?? []).length === 0)
      .map((category) => ({
        category: { id: category.id, name: category.name },
        gap: gaps.gap('purpose-missing', category.loc),
      })),
    ...(organization && (organization.role === 'processor' || organization.role === 'both')
      ? { processor: processorRecord(organization, transfersOfAll(inventory, served, shared), gaps) }
      : {}),
    findings: findingsSummary(diagnostics),
  };
  return record;
}

/** The activities, each made by `make` when it is read (see `Activities`). */
function activityList(purposes: readonly Purpose[], make: (purpose: Purpose) => Activity): Activities {
  const items = mapped(purposes, make);
  return {
    names: purposes.map((purpose) => ({ id: purpose.id, name: purpose.name })),
    [Symbol.iterator]: () => items[Symbol.iterator](),
    toJSON: () => [...items],
  };
}

/** Activities made by heldWhole: holding them again would only copy the list. */
const held = new WeakSet<Activities>();

/** The record with its activities made once and held, for a reader that goes through them more than once. */
export function heldWhole(record: ProcessingRecord): ProcessingRecord {
  if (held.has(record.activities)) return record;
  const all = [...record.activities];
  const activities: Activities = {
    names: record.activities.names,
    [Symbol.iterator]: () => all[Symbol.iterator](),
    toJSON: () => all,
  };
  held.add(activities);
  return { ...record, activities };
}

function controller(org: Organization, gaps: Gaps, w: Words): Controller {
  const country = org.country;
  const at = org.loc;
  const representative = gaps.marker('representative-missing', at);
  return {
    name: org.name,
    ...(org.legal_name ? { legal_name: org.legal_name } : {}),
    role: org.role ?? 'controller',
    country: country ? { code: country, name: w.country(country) } : notStated(),
    address: gaps.stated(org.address, 'controller-contact-missing', at),
    ...(org.email || !org.phone ? { email: gaps.stated(org.email, 'controller-contact-missing', at) } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
    public_authority: org.public_authority ?? false,
    ...(org.employees !== undefined ? { employees: org.employees } : {}),
    dpo: gaps.stated(org.dpo, 'dpo-missing', at),
    // Shown when given, or where lint finds it wanting (an organisation outside the EEA, Art 27)
    ...(org.representative
      ? { representative: org.representative }
      : representative
        ? { representative }
        : {}),
    supervisory_authority: gaps.stated(org.supervisory_authority, undefined, at),
    rights_contact: gaps.stated(org.rights_contact, 'rights-channel-missing', at),
    security_measures: org.security_measures ?? [],
    reviewed: gaps.stated(org.reviewed, 'record-stale', at),
  };
}

/** The categories serving each purpose, in the inventory's order: one pass rather than one per purpose. */
function categoriesByPurpose(categories: readonly Category[]): Map<string, Category[]> {
  const served = new Map<string, Category[]>();
  for (const category of categories) {
    for (const id of new Set(category.purposes ?? [])) {
      const list = served.get(id);
      if (list) list.push(category);
      else served.set(id, [category]);
    }
  }
  return served;
}

/** One activity: `categories` are those that serve the purpose. */
function activity(
  inventory: Inventory,
  purpose: Purpose,
  categories: readonly Category[],
  shared: Shared,
): Activity {
  const { gaps, w } = shared;
  const language = w.language;
  const at = purpose.loc;
  const basis = purpose.lawful_basis;
  const special = categories.some((category) => (category.special ?? []).length > 0);
  const criminal = categories.some((category) => category.criminal === true);
  const entries = categories.map((category) =>
    categoryEntry(category, shared.category(category), purpose, gaps),
  );
  const recipients = recipientEntries(inventory, categories, purpose, shared);
  const subjectIds = new Set(categories.flatMap((category) => category.subjects ?? []));
  return {
    id: purpose.id,
    name: purpose.name,
    ...(purpose.description ? { description: purpose.description } : {}),
    owner: gaps.stated(purpose.owner, undefined, at),
    lawful_basis: basis ? lawfulBasisTerm(basis, language) : gaps.gap('lawful-basis-missing', at),
    ...(basis === 'legitimate-interests' || purpose.legitimate_interest
      ? { legitimate_interest: gaps.stated(purpose.legitimate_interest, 'legitimate-interest-unstated', at) }
      : {}),
    ...(basis === 'legitimate-interests' || purpose.lia
      ? { lia: gaps.stated(purpose.lia, 'legitimate-interest-no-assessment', at) }
      : {}),
    ...(basis === 'legal-obligation' || basis === 'public-task' || purpose.legal_reference
      ? { legal_reference: gaps.stated(purpose.legal_reference, 'legal-obligation-no-reference', at) }
      : {}),
    ...(basis === 'consent' || purpose.special_condition === 'explicit-consent' || purpose.consent
      ? {
          consent: {
            record: gaps.stated(purpose.consent?.record, 'consent-no-record', at),
            withdrawal: gaps.stated(purpose.consent?.withdrawal, 'consent-no-withdrawal', at),
          },
        }
      : {}),
    ...(special || purpose.special_condition
      ? {
          special_condition: purpose.special_condition
            ? conditionTerm(purpose.special_condition, language)
            : gaps.gap('special-category-no-condition', at),
        }
      : {}),
    ...(criminal || purpose.criminal_basis
      ? { criminal_basis: gaps.stated(purpose.criminal_basis, 'criminal-data-no-basis', at) }
      : {}),
    rights: rightsUnder(basis, purpose.special_condition, language),
    subjects: gaps.stated(
      inListOrder(inventory.subjects, subjectIds).map((s) => ({ id: s.id, name: s.name })),
      undefined,
      at,
    ),
    categories: gaps.stated(entries, 'unused-definition', at),
    recipients,
    joint_controllers: (purpose.joint_controllers ?? []).map((id) => {
      const recipient = inventory.byId.recipient.get(id);
      return {
        recipient: named(inventory, 'recipient', id),
        arrangement: gaps.stated(recipient?.contract, 'joint-controller-no-arrangement', recipient?.loc),
      };
    }),
    transfers: transfersTo(inventory, recipients, shared),
    systems: uniqueBy(
      entries.flatMap((entry) => entry.systems),
      (system) => system.id,
    ),
    ...(purpose.automated_decisions ? { automated_decisions: purpose.automated_decisions } : {}),
    dpia:
      purpose.dpia ??
      gaps.marker('dpia-missing', at) ??
      // why a DPIA is not required: dpia-missing ran on the purpose and found none wanting
      (gaps.checks('dpia-missing') ? notRequired(w.t['gap.dpiaNotRequired'](DPIA_THRESHOLD)) : notStated()),
    dpia_criteria: purpose.dpia_criteria ?? [],
    reviewed: gaps.stated(purpose.reviewed, 'record-stale', at),
  };
}

/**
 * What a category's entry says whatever the purpose it is listed under: all but its recipients and which
 * of its retention rules apply. A category serves several purposes and a large record is mostly category
 * entries: these are worked out once per category and shared by its entries.
 */
interface CategoryParts {
  readonly named: Named;
  readonly data: CategoryEntry['data'];
  readonly special: CategoryEntry['special'];
  readonly subjects: CategoryEntry['subjects'];
  readonly sources: CategoryEntry['sources'];
  readonly systems: CategoryEntry['systems'];
  readonly security_measures: CategoryEntry['security_measures'];
  /** The entry of each of the category's retention rules. */
  readonly retention: ReadonlyMap<RetentionRule, RetentionEntry>;
  /** Each of its disclosures, as the category's entry and the recipient's entry list it. */
  readonly disclosed: readonly DisclosedParts[];
  /** Every disclosure's entry: an entry's recipients where no disclosure is narrowed away from its purpose. */
  readonly recipients: readonly Disclosed[];
  /** Whether a disclosure is narrowed to some purposes: else every entry has them all. */
  readonly narrowed: boolean;
  /** The retention of the category's entries, by the rules narrowed to purposes that name theirs (retentionUnder). */
  readonly retentionBy: Map<string, CategoryEntry['retention']>;
}

/** A disclosure of a category, made once and shared by every activity the category serves. */
interface DisclosedParts {
  readonly to: string;
  readonly purposes?: readonly string[];
  readonly entry: Disclosed;
  readonly received: Received;
}

/** What the record says of each category and each recipient whatever the purpose, worked out once. */
interface Shared {
  readonly gaps: Gaps;
  readonly w: Words;
  readonly category: (category: Category) => CategoryParts;
  /** A system's entry, the same for every category it holds. */
  readonly system: (system: System) => SystemEntry;
  readonly recipient: (recipient: Recipient) => RecipientParts;
}

function categoryParts(inventory: Inventory, category: Category, shared: Shared): CategoryParts {
  const { gaps, w } = shared;
  const at = category.loc;
  const subjects = category.subjects ?? [];
  const systems = (category.systems ?? []).flatMap((id) => {
    const system = inventory.byId.system.get(id);
    return system ? [system] : [];
  });
  const measures: SecurityMeasures = {
    category: category.security_measures ?? [],
    systems: systems
      .filter((system) => (system.security_measures ?? []).length > 0)
      .map((system) => ({
        system: { id: system.id, name: system.name },
        measures: system.security_measures!,
      })),
    organization: inventory.organization?.security_measures ?? [],
  };
  const hasMeasures = measures.category.length + measures.systems.length + measures.organization.length > 0;
  const categoryNamed = { id: category.id, name: category.name };
  const disclosed = disclosures(category).map((d): DisclosedParts => {
    // named() gives the one object of each recipient: a narrowed disclosure is an entry of its own
    const recipient = named(inventory, 'recipient', d.to);
    const entry: Disclosed = d.data ? { id: recipient.id, name: recipient.name, data: d.data } : recipient;
    const received: Received = d.data
      ? { category: categoryNamed, data: d.data }
      : { category: categoryNamed };
    return { to: d.to, ...(d.purposes ? { purposes: d.purposes } : {}), entry, received };
  });
  return {
    named: categoryNamed,
    data: gaps.stated(dataItems(category), 'data-items-missing', at),
    special: (category.special ?? []).map((key) => specialCategoryTerm(key, w.language)),
    subjects: gaps.stated(
      subjects.map((id) => named(inventory, 'subject', id)),
      'subjects-missing',
      at,
    ),
    sources: gaps.stated(
      (category.sources ?? []).map((source) => {
        const entry: { -readonly [K in keyof Source]: Source[K] } = { type: source.type };
        if (source.from) entry.from = named(inventory, 'recipient', source.from);
        if (source.description) entry.description = source.description;
        return entry;
      }),
      undefined,
      at,
    ),
    systems: systems.map(shared.system),
    // reported once, on the organization, when there is one (the fix is one list there)
    security_measures: hasMeasures
      ? measures
      : gaps.gap('security-measures-missing', inventory.organization?.loc ?? at),
    retention: new Map(
      (category.retention ?? []).map((rule, i, rules) => [
        rule,
        {
          // a subject that a more specific rule governs for every purpose is that rule's alone
          subjects: (rule.subjects ?? subjects)
            .filter((id) => orAny(category.purposes).some((p) => !overridden(rules, i, id, p)))
            .map((id) => named(inventory, 'subject', id)),
          ...retentionTerms(rule, { gaps, at, index: i }),
        },
      ]),
    ),
    disclosed,
    recipients: disclosed.map((d) => d.entry),
    narrowed: disclosed.some((d) => d.purposes !== undefined),
    retentionBy: new Map(),
  };
}

/** The category's disclosures to recipients for a purpose: those not narrowed to other purposes. */
function disclosedFor(parts: CategoryParts, purpose: string): readonly DisclosedParts[] {
  if (!parts.narrowed) return parts.disclosed;
  return parts.disclosed.filter((d) => d.purposes === undefined || d.purposes.includes(purpose));
}

/** The recipients of a category's entry for a purpose: the shared list when no disclosure is left out. */
function recipientsFor(parts: CategoryParts, purpose: string): readonly Disclosed[] {
  const kept = disclosedFor(parts, purpose);
  return kept.length === parts.disclosed.length ? parts.recipients : kept.map((d) => d.entry);
}

function categoryEntry(
  category: Category,
  parts: CategoryParts,
  purpose: Purpose,
  gaps: Gaps,
): CategoryEntry {
  return {
    id: category.id,
    name: category.name,
    ...(category.description ? { description: category.description } : {}),
    data: parts.data,
    special: parts.special,
    criminal: category.criminal === true,
    subjects: parts.subjects,
    sources: parts.sources,
    recipients:
      category.recipients === undefined
        ? gaps.gap('recipients-missing', category.loc)
        : recipientsFor(parts, purpose.id),
    systems: parts.systems,
    trackers: category.trackers ?? [],
    retention: retentionUnder(category, parts, purpose.id, gaps),
    security_measures: parts.security_measures,
  };
}

/**
 * The retention of a category's entry under a purpose. It depends on the purpose only through which of the
 * category's rules narrowed to purposes name it: worked out once for each such set, and shared.
 */
function retentionUnder(
  category: Category,
  parts: CategoryParts,
  purpose: string,
  gaps: Gaps,
): CategoryEntry['retention'] {
  const all = category.retention ?? [];
  let key = '';
  for (let i = 0; i < all.length; i++) if (all[i]!.purposes?.includes(purpose)) key += `${i} `;
  let retention = parts.retentionBy.get(key);
  if (retention === undefined) {
    const subjects = category.subjects ?? [];
    // a rule that a more specific one overrides for every subject of this purpose is not shown here
    const rules = all.filter(
      (rule, i) =>
        ruleCovers(rule, 'purposes', purpose) &&
        orAny(subjects).some((s) => coversPair(rule, s, purpose) && !overridden(all, i, s, purpose)),
    );
    const coveredSubjects = subjects.every((id) => rules.some((rule) => ruleCovers(rule, 'subjects', id)));
    retention =
      rules.length > 0 && coveredSubjects
        ? rules.map((rule) => parts.retention.get(rule)!)
        : gaps.gap('retention-missing', category.loc);
    parts.retentionBy.set(key, retention);
  }
  return retention;
}

function systemEntry(
  inventory: Inventory,
  system: { id: string; name: string; hosted_by?: string; country?: string },
  w: Words,
): SystemEntry {
  const entry: { -readonly [K in keyof SystemEntry]: SystemEntry[K] } = { id: system.id, name: system.name };
  if (system.hosted_by) entry.hosted_by = named(inventory, 'recipient', system.hosted_by);
  if (system.country) entry.country = { code: system.country, name: w.country(system.country) };
  return entry;
}

function recipientEntries(
  inventory: Inventory,
  categories: readonly Category[],
  purpose: Purpose,
  shared: Shared,
): RecipientEntry[] {
  const receives = new Map<string, Received[]>();
  for (const category of categories)
    for (const d of disclosedFor(shared.category(category), purpose.id)) pushTo(receives, d.to, d.received);
  // Recipients in the inventory's order, so the record reads like the recipients file
  return inListOrder(inventory.recipients, receives.keys()).map((recipient) => {
    const { role, countries, contract } = shared.recipient(recipient);
    const { id, name } = recipient;
    // copied to its length: a list grown by push keeps room for more, and a large record holds many
    const received = [...receives.get(id)!];
    return contract === undefined
      ? { id, name, role, countries, receives: received }
      : { id, name, role, countries, contract, receives: received };
  });
}

/** The transfers outside the EEA of an activity's recipients, in their order. */
function transfersTo(
  inventory: Inventory,
  recipients: readonly RecipientEntry[],
  shared: Shared,
): Transfer[] {
  return recipients.flatMap((entry) => shared.recipient(inventory.byId.recipient.get(entry.id)!).transfers);
}

/** Every activity's transfers, in order, without making the activities (Art 30(2)(c)). */
function transfersOfAll(
  inventory: Inventory,
  served: ReadonlyMap<string, Category[]>,
  shared: Shared,
): Transfer[] {
  return inventory.purposes.flatMap((purpose) =>
    transfersTo(
      inventory,
      recipientEntries(inventory, served.get(purpose.id) ?? [], purpose, shared),
      shared,
    ),
  );
}

/** What a recipient's entry says whatever the activity: all but the categories it receives. */
interface RecipientParts {
  readonly role: RecipientEntry['role'];
  readonly countries: RecipientEntry['countries'];
  readonly contract?: RecipientEntry['contract'];
  /** Each of its countries outside the EEA, with the Chapter V tool that covers it. */
  readonly transfers: readonly Transfer[];
}

function recipientParts(recipient: Recipient, gaps: Gaps, w: Words): RecipientParts {
  const at = recipient.loc;
  const countries = recipientCountries(recipient);
  const role = recipient.role;
  const needsContract = role === 'processor' || role === 'sub-processor' || role === 'joint-controller';
  const named = { id: recipient.id, name: recipient.name };
  return {
    role: role ?? gaps.gap('recipient-role-missing', at),
    countries:
      countries.length > 0
        ? countries.map((code) => ({ code, name: w.country(code) }))
        : countriesGap(recipient, gaps, w),
    ...(needsContract || recipient.contract
      ? {
          contract: gaps.stated(
            recipient.contract,
            role === 'joint-controller' ? 'joint-controller-no-arrangement' : 'processor-no-contract',
            at,
          ),
        }
      : {}),
    transfers: countries
      .filter((code) => !inEea(code))
      .map((code) => ({
        recipient: named,
        country: { code, name: w.country(code) },
        tool: transferTool(recipient, code, gaps, w),
      })),
  };
}

function transferTool(recipient: Recipient, country: string, gaps: Gaps, w: Words): Stated<TransferTool> {
  const language = w.language;
  const tool = toolFor(recipient, country)?.tool;
  const declared = tool?.mechanism;
  const adequacy = adequacyOf(country);
  const dpf = recipient.dpf ? { dpf: recipient.dpf } : {};
  if (declared) {
    const mechanism = mechanismTerm(declared, language);
    const needsTia = mechanism.article?.startsWith('46') ?? false;
    return {
      mechanism,
      ...((declared === 'adequacy' || declared === 'dpf') && adequacy
        ? { decision: decisionText(adequacy.decision, w) }
        : {}),
      ...(tool?.reference ? { reference: tool.reference } : {}),
      ...(needsTia || tool?.tia ? { tia: gaps.stated(tool?.tia, 'transfer-no-tia', recipient.loc) } : {}),
      ...dpf,
    };
  }
  // Adequacy applies by itself, except where it covers only DPF-listed organisations
  if (adequacy && (!adequacy.requires_dpf || recipient.dpf?.certified === true)) {
    return {
      mechanism: mechanismTerm(adequacy.requires_dpf ? 'dpf' : 'adequacy', language),
      decision: decisionText(adequacy.decision, w),
      ...dpf,
    };
  }
  return gaps.gap('transfer-no-mechanism', recipient.loc);
}

function processorRecord(org: Organization, transfers: readonly Transfer[], gaps: Gaps): ProcessorRecord {
  return {
    clients: gaps.stated(
      (org.clients ?? []).map((client, i) => ({
        name: client.name,
        ...(client.contact ? { contact: client.contact } : {}),
        categories_of_processing: gaps.stated(
          client.categories_of_processing,
          'processor-record-incomplete',
          org.loc,
          ['clients', i],
        ),
      })),
      'processor-record-incomplete',
      org.loc,
      ['clients'],
    ),
    transfers: uniqueBy(transfers, (t) => `${t.recipient.id} ${t.country.code}`),
    security_measures: gaps.stated(org.security_measures, undefined, org.loc),
  };
}

function findingsSummary(diagnostics: readonly Diagnostic[]): FindingsSummary {
  const byRule = new Map<string, { severity: string; count: number; waived: number }>();
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let waived = 0;
  for (const d of diagnostics) {
    const entry = byRule.get(d.rule) ?? { severity: d.severity, count: 0, waived: 0 };
    entry.count += 1;
    if (d.waived) {
      entry.waived += 1;
      waived += 1;
    } else if (d.severity === 'error') errors += 1;
    else if (d.severity === 'warning') warnings += 1;
    else notes += 1;
    byRule.set(d.rule, entry);
  }
  const order = { error: 0, warning: 1, note: 2 } as Record<string, number>;
  return {
    errors,
    warnings,
    notes,
    waived,
    by_rule: [...byRule]
      .map(([rule, entry]) => {
        const meta = RULES_BY_ID.get(rule);
        return {
          rule,
          ...entry,
          ...(meta ? { source: meta.source, description: meta.description } : {}),
        };
      })
      .sort((a, b) => order[a.severity]! - order[b.severity]! || compareText(a.rule, b.rule)),
    diagnostics: diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      file: d.file,
      line: d.line,
      column: d.column,
      message: d.message,
      waived: d.waived !== undefined,
    })),
  };
}

/**
 * An entity's id and name, one object for each: the record of a large inventory names the same subjects and
 * recipients tens of thousands of times (every entry is read-only, and a copy would say the same).
 */
function named(inventory: Inventory, kind: NamedKind, id: string): Named {
  let names = namesOf.get(inventory);
  if (!names)
    namesOf.set(inventory, (names = { subject: new Map(), recipient: new Map(), purpose: new Map() }));
  let entry = names[kind].get(id);
  if (!entry) names[kind].set(id, (entry = { id, name: inventory.byId[kind].get(id)?.name ?? id }));
  return entry;
}

type NamedKind = 'subject' | 'recipient' | 'purpose';
const namesOf = new WeakMap<Inventory, Record<NamedKind, Map<string, Named>>>();

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}
