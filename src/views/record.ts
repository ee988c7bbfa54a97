// The record of processing activities (GDPR Art 30). The inventory is organised by data category; the
// record by processing activity: one activity per purpose, gathering every category that serves it.
// Where the inventory lacks something the law asks for, the record keeps a NotStated marker in place.
import type { Diagnostic } from '../inventory/diagnostic.js';
import {
  dataItems,
  disclosures,
  recipientCountries,
  type Category,
  type DataItem,
  type Dpo,
  type Inventory,
  type Organization,
  type Purpose,
  type Recipient,
  type RecipientRole,
  type RetentionRule,
  type SourceType,
  type Tracker,
} from '../inventory/model.js';
import { RULES_BY_ID } from '../rules/index.js';
import {
  adequacyOf,
  conditionTerm,
  countryName,
  inEea,
  lawfulBasisTerm,
  mechanismTerm,
  rightsUnder,
  specialCategoryTerm,
  type Term,
} from './legal-terms.js';
import { retentionTerms, ruleCovers, type Named, type RetentionTerms } from './retention.js';
import { cached } from './cached.js';
import { notStated, stated, type NotStated, type Stated } from './stated.js';

export interface Country {
  readonly code: string;
  readonly name: string;
}

export interface Controller {
  readonly name: string;
  readonly legal_name?: string;
  readonly role: 'controller' | 'processor' | 'both';
  readonly country: Stated<Country>;
  readonly address: Stated<string>;
  /** A gap only when there is neither an e-mail address nor a telephone number. */
  readonly email?: Stated<string>;
  readonly phone?: string;
  readonly website?: string;
  readonly public_authority: boolean;
  readonly employees?: number;
  readonly dpo: Stated<Dpo>;
  /** Present when given, or as a gap when the organisation is established outside the EEA (Art 27). */
  readonly representative?: Stated<{ name?: string; address?: string; email?: string }>;
  readonly supervisory_authority: Stated<{ name?: string; country?: string; website?: string }>;
  /** Where data subjects exercise their rights (Art 12-22). */
  readonly rights_contact: Stated<string>;
  readonly security_measures: readonly string[];
}

export interface Source {
  readonly type: SourceType;
  readonly from?: Named;
  readonly description?: string;
}

export interface SystemEntry {
  readonly id: string;
  readonly name: string;
  readonly hosted_by?: Named;
  readonly country?: Country;
}

export interface SecurityMeasures {
  readonly category: readonly string[];
  readonly systems: readonly { system: Named; measures: readonly string[] }[];
  readonly organization: readonly string[];
}

export interface RetentionEntry extends RetentionTerms {
  /** The subjects the rule applies to (all of the category's when the rule names none). */
  readonly subjects: readonly Named[];
}

/** A recipient of a category; `data` lists the items it receives when it does not receive them all. */
export interface Disclosed extends Named {
  readonly data?: readonly string[];
}

export interface CategoryEntry {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly data: Stated<readonly DataItem[]>;
  readonly special: readonly Term[];
  readonly criminal: boolean;
  readonly subjects: Stated<readonly Named[]>;
  readonly sources: Stated<readonly Source[]>;
  /**
   * Who receives it for this activity, with the data items when the disclosure is narrowed to some;
   * an empty list means nobody outside the controller.
   */
  readonly recipients: Stated<readonly Disclosed[]>;
  readonly systems: readonly SystemEntry[];
  readonly trackers: readonly Tracker[];
  /** The retention rules that apply to this activity's use of the category. */
  readonly retention: Stated<readonly RetentionEntry[]>;
  readonly security_measures: Stated<SecurityMeasures>;
}

export interface RecipientEntry {
  readonly id: string;
  readonly name: string;
  readonly role: Stated<RecipientRole>;
  /** Where it processes the data; a gap for a non-internal recipient without a country. */
  readonly countries: Stated<readonly Country[]>;
  /** The Art 28 contract or Art 26 arrangement; a gap for processors and joint controllers. */
  readonly contract?: Stated<string>;
  /** Which categories it receives for this activity, narrowed to some data items when the inventory says. */
  readonly receives: readonly { category: Named; data?: readonly string[] }[];
}

export interface TransferTool {
  readonly mechanism: Term;
  /** The adequacy decision relied on, for adequacy and DPF transfers. */
  readonly decision?: string;
  readonly reference?: string;
  /** The transfer impact assessment; a gap for Art 46 tools without one. */
  readonly tia?: Stated<string>;
  readonly dpf?: { certified?: boolean; checked?: string };
}

export interface Transfer {
  readonly recipient: Named;
  readonly country: Country;
  readonly tool: Stated<TransferTool>;
}

export interface Activity {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** The business function responsible. */
  readonly owner: Stated<string>;
  readonly lawful_basis: Stated<Term>;
  readonly legitimate_interest?: Stated<string>;
  readonly lia?: Stated<string>;
  readonly legal_reference?: Stated<string>;
  readonly consent?: { readonly record: Stated<string>; readonly withdrawal: Stated<string> };
  readonly special_condition?: Stated<Term>;
  readonly criminal_basis?: Stated<string>;
  /** The rights available under the lawful basis; empty while the basis is not stated. */
  readonly rights: readonly Term[];
  readonly subjects: Stated<readonly Named[]>;
  readonly categories: Stated<readonly CategoryEntry[]>;
  readonly recipients: readonly RecipientEntry[];
  readonly joint_controllers: readonly { recipient: Named; arrangement: Stated<string> }[];
  readonly transfers: readonly Transfer[];
  readonly systems: readonly SystemEntry[];
  readonly automated_decisions?: Purpose['automated_decisions'];
  readonly dpia: Stated<NonNullable<Purpose['dpia']>>;
  readonly dpia_criteria: readonly string[];
}

export interface ProcessorRecord {
  readonly clients: Stated<
    readonly { name: string; contact?: string; categories_of_processing: Stated<readonly string[]> }[]
  >;
  readonly transfers: readonly Transfer[];
  readonly security_measures: Stated<readonly string[]>;
}

export interface FindingsSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly waived: number;
  readonly by_rule: readonly {
    rule: string;
    severity: string;
    count: number;
    waived: number;
    source?: string;
    description?: string;
  }[];
  /** Every diagnostic; `file` is relative to the inventory folder (outputs show it as lint does), line and column are 1-based. */
  readonly diagnostics: readonly {
    rule: string;
    severity: string;
    file: string;
    line: number;
    column: number;
    message: string;
    waived: boolean;
  }[];
}

export interface ProcessingRecord {
  readonly controller: Stated<Controller>;
  readonly activities: readonly Activity[];
  /** Categories that serve no purpose, and so belong to no activity. */
  readonly categories_without_purpose: readonly { category: Named; gap: NotStated }[];
  /** Art 30(2), when the organisation processes data on behalf of others. */
  readonly processor?: ProcessorRecord;
  readonly findings: FindingsSummary;
}

/** Builds the record from the model and the lint diagnostics (which close it as a findings summary). */
export function buildRecord(inventory: Inventory, diagnostics: readonly Diagnostic[]): ProcessingRecord {
  const organization = inventory.organization;
  const served = categoriesByPurpose(inventory.categories);
  const dpiaGaps = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.rule !== 'dpia-missing') continue;
    const list = dpiaGaps.get(d.file);
    if (list) list.push(d);
    else dpiaGaps.set(d.file, [d]);
  }
  const shared: Shared = {
    category: cached((category) => categoryParts(inventory, category)),
    recipient: cached(recipientParts),
  };
  const activities = inventory.purposes.map((purpose) =>
    activity(inventory, purpose, served.get(purpose.id) ?? [], dpiaGaps.get(purpose.loc.file) ?? [], shared),
  );
  const record: ProcessingRecord = {
    controller: organization ? controller(organization) : notStated('organization-missing'),
    activities,
    categories_without_purpose: inventory.categories
      .filter((category) => (category.purposes ?? []).length === 0)
      .map((category) => ({
        category: { id: category.id, name: category.name },
        gap: notStated('purpose-missing'),
      })),
    ...(organization && (organization.role === 'processor' || organization.role === 'both')
      ? { processor: processorRecord(organization, activities) }
      : {}),
    findings: findingsSummary(diagnostics),
  };
  return record;
}

function controller(org: Organization): Controller {
  const country = org.country;
  return {
    name: org.name,
    ...(org.legal_name ? { legal_name: org.legal_name } : {}),
    role: org.role ?? 'controller',
    country: country ? { code: country, name: countryName(country) } : notStated(),
    address: stated(org.address, 'controller-contact-missing'),
    ...(org.email || !org.phone ? { email: stated(org.email, 'controller-contact-missing') } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
    public_authority: org.public_authority ?? false,
    ...(org.employees !== undefined ? { employees: org.employees } : {}),
    dpo: stated(org.dpo, 'dpo-missing'),
    ...(org.representative
      ? { representative: org.representative }
      : country && !inEea(country)
        ? { representative: notStated('representative-missing') }
        : {}),
    supervisory_authority: stated(org.supervisory_authority),
    rights_contact: stated(org.rights_contact, 'rights-channel-missing'),
    security_measures: org.security_measures ?? [],
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

/**
 * One activity: `categories` are those that serve the purpose, `dpiaGaps` the dpia-missing diagnostics of
 * the purpose's file.
 */
function activity(
  inventory: Inventory,
  purpose: Purpose,
  categories: readonly Category[],
  dpiaGaps: readonly Diagnostic[],
  shared: Shared,
): Activity {
  const basis = purpose.lawful_basis;
  const special = categories.some((category) => (category.special ?? []).length > 0);
  const criminal = categories.some((category) => category.criminal === true);
  const entries = categories.map((category) =>
    categoryEntry(category, shared.category(category), purpose, inventory),
  );
  const recipients = recipientEntries(inventory, categories, purpose, shared);
  const subjectIds = new Set(categories.flatMap((category) => category.subjects ?? []));
  const dpiaGap = dpiaGaps.some((d) => startsWith(d.path, purpose.loc.path));
  return {
    id: purpose.id,
    name: purpose.name,
    ...(purpose.description ? { description: purpose.description } : {}),
    owner: stated(purpose.owner),
    lawful_basis: basis ? lawfulBasisTerm(basis) : notStated('lawful-basis-missing'),
    ...(basis === 'legitimate-interests' || purpose.legitimate_interest
      ? { legitimate_interest: stated(purpose.legitimate_interest, 'legitimate-interest-unstated') }
      : {}),
    ...(basis === 'legitimate-interests' || purpose.lia
      ? { lia: stated(purpose.lia, 'legitimate-interest-no-assessment') }
      : {}),
    ...(basis === 'legal-obligation' || basis === 'public-task' || purpose.legal_reference
      ? { legal_reference: stated(purpose.legal_reference, 'legal-obligation-no-reference') }
      : {}),
    ...(basis === 'consent' || purpose.consent
      ? {
          consent: {
            record: stated(purpose.consent?.record, 'consent-no-record'),
            withdrawal: stated(purpose.consent?.withdrawal, 'consent-no-withdrawal'),
          },
        }
      : {}),
    ...(special || purpose.special_condition
      ? {
          special_condition: purpose.special_condition
            ? conditionTerm(purpose.special_condition)
            : notStated('special-category-no-condition'),
        }
      : {}),
    ...(criminal || purpose.criminal_basis
      ? { criminal_basis: stated(purpose.criminal_basis, 'criminal-data-no-basis') }
      : {}),
    rights: basis ? rightsUnder(basis) : [],
    subjects: stated(
      inventory.subjects.filter((s) => subjectIds.has(s.id)).map((s) => ({ id: s.id, name: s.name })),
    ),
    categories: stated(entries, 'unused-definition'),
    recipients,
    joint_controllers: (purpose.joint_controllers ?? []).map((id) => ({
      recipient: named(inventory, 'recipient', id),
      arrangement: stated(inventory.byId.recipient.get(id)?.contract, 'joint-controller-no-arrangement'),
    })),
    transfers: recipients.flatMap(
      (entry) => shared.recipient(inventory.byId.recipient.get(entry.id)!).transfers,
    ),
    systems: uniqueBy(
      entries.flatMap((entry) => entry.systems),
      (system) => system.id,
    ),
    ...(purpose.automated_decisions ? { automated_decisions: purpose.automated_decisions } : {}),
    dpia: purpose.dpia ?? notStated(dpiaGap ? 'dpia-missing' : undefined),
    dpia_criteria: purpose.dpia_criteria ?? [],
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
}

/** What the record says of each category and each recipient whatever the purpose, worked out once. */
interface Shared {
  readonly category: (category: Category) => CategoryParts;
  readonly recipient: (recipient: Recipient) => RecipientParts;
}

function categoryParts(inventory: Inventory, category: Category): CategoryParts {
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
  return {
    named: { id: category.id, name: category.name },
    data: stated(dataItems(category), 'data-items-missing'),
    special: (category.special ?? []).map(specialCategoryTerm),
    subjects: stated(
      subjects.map((id) => named(inventory, 'subject', id)),
      'subjects-missing',
    ),
    sources: stated(
      (category.sources ?? []).map((source) => {
        const entry: { -readonly [K in keyof Source]: Source[K] } = { type: source.type };
        if (source.from) entry.from = named(inventory, 'recipient', source.from);
        if (source.description) entry.description = source.description;
        return entry;
      }),
    ),
    systems: systems.map((system) => systemEntry(inventory, system)),
    security_measures: hasMeasures ? measures : notStated('security-measures-missing'),
    retention: new Map(
      (category.retention ?? []).map((rule) => [
        rule,
        {
          subjects: (rule.subjects ?? subjects).map((id) => named(inventory, 'subject', id)),
          ...retentionTerms(rule),
        },
      ]),
    ),
  };
}

function categoryEntry(
  category: Category,
  parts: CategoryParts,
  purpose: Purpose,
  inventory: Inventory,
): CategoryEntry {
  const subjects = category.subjects ?? [];
  const rules = (category.retention ?? []).filter((rule) => ruleCovers(rule, 'purposes', purpose.id));
  const coveredSubjects = subjects.every((id) => rules.some((rule) => ruleCovers(rule, 'subjects', id)));
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
        ? notStated('recipients-missing')
        : disclosures(category)
            .filter((d) => d.purposes === undefined || d.purposes.includes(purpose.id))
            .map((d) => {
              const entry: { -readonly [K in keyof Disclosed]: Disclosed[K] } = named(
                inventory,
                'recipient',
                d.to,
              );
              if (d.data) entry.data = d.data;
              return entry;
            }),
    systems: parts.systems,
    trackers: category.trackers ?? [],
    retention:
      rules.length > 0 && coveredSubjects
        ? rules.map((rule) => parts.retention.get(rule)!)
        : notStated('retention-missing'),
    security_measures: parts.security_measures,
  };
}

function systemEntry(
  inventory: Inventory,
  system: { id: string; name: string; hosted_by?: string; country?: string },
): SystemEntry {
  const entry: { -readonly [K in keyof SystemEntry]: SystemEntry[K] } = { id: system.id, name: system.name };
  if (system.hosted_by) entry.hosted_by = named(inventory, 'recipient', system.hosted_by);
  if (system.country) entry.country = { code: system.country, name: countryName(system.country) };
  return entry;
}

function recipientEntries(
  inventory: Inventory,
  categories: readonly Category[],
  purpose: Purpose,
  shared: Shared,
): RecipientEntry[] {
  const receives = new Map<string, { category: Named; data?: readonly string[] }[]>();
  for (const category of categories) {
    for (const d of disclosures(category)) {
      if (d.purposes !== undefined && !d.purposes.includes(purpose.id)) continue;
      const list = receives.get(d.to) ?? [];
      const received: { category: Named; data?: readonly string[] } = {
        category: shared.category(category).named,
      };
      if (d.data) received.data = d.data;
      list.push(received);
      receives.set(d.to, list);
    }
  }
  // Recipients in the inventory's order, so the record reads like the recipients file
  return inventory.recipients
    .filter((recipient) => receives.has(recipient.id))
    .map((recipient) => {
      const { role, countries, contract } = shared.recipient(recipient);
      const { id, name } = recipient;
      const received = receives.get(id)!;
      return contract === undefined
        ? { id, name, role, countries, receives: received }
        : { id, name, role, countries, contract, receives: received };
    });
}

/** What a recipient's entry says whatever the activity: all but the categories it receives. */
interface RecipientParts {
  readonly role: RecipientEntry['role'];
  readonly countries: RecipientEntry['countries'];
  readonly contract?: RecipientEntry['contract'];
  /** Each of its countries outside the EEA, with the Chapter V tool that covers it. */
  readonly transfers: readonly Transfer[];
}

function recipientParts(recipient: Recipient): RecipientParts {
  const countries = recipientCountries(recipient);
  const role = recipient.role;
  const needsContract = role === 'processor' || role === 'sub-processor' || role === 'joint-controller';
  const named = { id: recipient.id, name: recipient.name };
  return {
    role: role ?? notStated('recipient-role-missing'),
    countries:
      countries.length > 0
        ? countries.map((code) => ({ code, name: countryName(code) }))
        : notStated(role === 'internal' ? undefined : 'recipient-country-missing'),
    ...(needsContract || recipient.contract
      ? {
          contract: stated(
            recipient.contract,
            role === 'joint-controller' ? 'joint-controller-no-arrangement' : 'processor-no-contract',
          ),
        }
      : {}),
    transfers: countries
      .filter((code) => !inEea(code))
      .map((code) => ({
        recipient: named,
        country: { code, name: countryName(code) },
        tool: transferTool(recipient, code),
      })),
  };
}

function transferTool(recipient: Recipient, country: string): Stated<TransferTool> {
  const declared = recipient.transfer?.mechanism;
  const adequacy = adequacyOf(country);
  const dpf = recipient.dpf ? { dpf: recipient.dpf } : {};
  if (declared) {
    const mechanism = mechanismTerm(declared);
    const needsTia = mechanism.article?.startsWith('46') ?? false;
    return {
      mechanism,
      ...((declared === 'adequacy' || declared === 'dpf') && adequacy ? { decision: adequacy.decision } : {}),
      ...(recipient.transfer?.reference ? { reference: recipient.transfer.reference } : {}),
      ...(needsTia || recipient.transfer?.tia
        ? { tia: stated(recipient.transfer?.tia, 'transfer-no-tia') }
        : {}),
      ...dpf,
    };
  }
  // Adequacy applies by itself, except where it covers only DPF-listed organisations
  if (adequacy && (!adequacy.requires_dpf || recipient.dpf?.certified === true)) {
    return {
      mechanism: mechanismTerm(adequacy.requires_dpf ? 'dpf' : 'adequacy'),
      decision: adequacy.decision,
      ...dpf,
    };
  }
  return notStated('transfer-no-mechanism');
}

function processorRecord(org: Organization, activities: readonly Activity[]): ProcessorRecord {
  return {
    clients: stated(
      (org.clients ?? []).map((client) => ({
        name: client.name,
        ...(client.contact ? { contact: client.contact } : {}),
        categories_of_processing: stated(client.categories_of_processing, 'processor-record-incomplete'),
      })),
      'processor-record-incomplete',
    ),
    transfers: uniqueBy(
      activities.flatMap((a) => a.transfers),
      (t) => `${t.recipient.id} ${t.country.code}`,
    ),
    security_measures: stated(org.security_measures, 'security-measures-missing'),
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
      .sort((a, b) => order[a.severity]! - order[b.severity]! || compare(a.rule, b.rule)),
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

function named(inventory: Inventory, kind: 'subject' | 'recipient' | 'purpose', id: string): Named {
  return { id, name: inventory.byId[kind].get(id)?.name ?? id };
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
