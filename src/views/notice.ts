// The privacy notice (GDPR Art 13 and 14): what the people whose data is processed must be told, from the
// record of processing activities (buildRecord), reorganised for them: by kind of person, then why, who
// receives it, where it goes and what they can do. Gaps are the record's own markers, and for what only
// a notice needs (Art 13(2)(e), vague retention criteria, the logic of automated decisions) the findings
// of the transparency rules, read through the record's gap index (gaps.ts).
import { pushTo } from '../grouping.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import type {
  Inventory,
  Level,
  Loc,
  Path,
  Provision,
  ProvisionRequirement,
  Purpose,
} from '../inventory/model.js';
import type { RuleId } from '../rules/index.js';
import { gapsFrom } from './gaps.js';
import { RIGHT_KEYS, rightTerm, type Term } from './legal-terms.js';
import type { Activity, CategoryEntry, Controller, RecipientEntry, Transfer } from './record.js';
import { lookup } from './query/lookup.js';
import { buildRecord } from './record.js';
import { retentionTerms, ruleCovers, type Named, type RetentionTerms } from './retention.js';
import { isNotStated, notStated, type NotStated, type Stated } from './stated.js';
import type { Language } from './words/index.js';

/** How long one kind of data about one kind of person is kept: a retention rule of the category. */
export interface NoticeRetention extends RetentionTerms {
  /** Set when the rule's criteria give no period a reader can work out (retention-criteria-vague). */
  readonly vague?: NotStated;
}

export interface NoticeCategory {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly data: CategoryEntry['data'];
  readonly special: readonly Term[];
  /** Where it comes from: from the person, observed, or obtained elsewhere (Art 14(1)(d), 14(2)(f)). */
  readonly sources: CategoryEntry['sources'];
  readonly purposes: readonly Named[];
  /** The retention rules that apply to this kind of person (Art 13(2)(a), 14(2)(a)). */
  readonly retention: Stated<readonly NoticeRetention[]>;
}

/** One kind of person and what the notice says about their data. */
export interface Audience {
  readonly subject: Named;
  readonly categories: readonly NoticeCategory[];
}

/** Art 13(2)(e): whether the person must give the data and what happens if not; gaps from the rule. */
export interface NoticeProvision {
  readonly requirement: Stated<ProvisionRequirement>;
  /** Absent when the requirement is `voluntary` and the inventory says nothing more. */
  readonly obliged?: Stated<boolean>;
  readonly consequences?: Stated<string>;
}

export interface NoticeAutomated {
  readonly description?: string;
  readonly legal_effect: boolean;
  readonly logic: Stated<string>;
  readonly consequences: Stated<string>;
  readonly safeguards?: string;
}

export interface NoticePurpose {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly subjects: readonly Named[];
  readonly lawful_basis: Activity['lawful_basis'];
  readonly legitimate_interest?: Activity['legitimate_interest'];
  readonly legal_reference?: Activity['legal_reference'];
  /** How consent is withdrawn, where the purpose relies on consent (Art 13(2)(c)). */
  readonly consent_withdrawal?: Stated<string>;
  /** Present when the purpose uses data that people give (Art 13(2)(e)). */
  readonly provision?: NoticeProvision;
  readonly rights: readonly Term[];
  readonly automated_decisions?: NoticeAutomated;
}

export interface NoticeRecipient {
  readonly id: string;
  readonly name: string;
  readonly role: RecipientEntry['role'];
  readonly countries: RecipientEntry['countries'];
  readonly purposes: readonly Named[];
  readonly categories: readonly Named[];
}

export interface NoticeRights {
  /** Every right some purpose gives, in the order of the law's articles. */
  readonly rights: readonly Term[];
  /** Where to exercise them (Art 12(2)). */
  readonly contact: Controller['rights_contact'] | NotStated;
  /** The right to lodge a complaint (Art 13(2)(d), 77), with the lead authority when it is named. */
  readonly complaint: { readonly right: Term; readonly authority: Controller['supervisory_authority'] };
}

export interface Notice {
  /** The language of the notice's legal terms and country names (the record's). */
  readonly language: Language;
  readonly controller: Stated<Controller>;
  /** The kind of person the notice was written for (`--subject`), when it was written for one. */
  readonly subject?: Named;
  readonly audiences: readonly Audience[];
  readonly purposes: readonly NoticePurpose[];
  /** Who receives the data outside the controller: internal recipients are the controller itself. */
  readonly recipients: readonly NoticeRecipient[];
  /** Every country outside the EEA the data goes to, with the tool (Art 13(1)(f), 14(1)(f)). */
  readonly transfers: readonly Transfer[];
  readonly rights: NoticeRights;
}

/** "Did `rule` flag this place of this entity?": the gap marker of that finding, or undefined. */
type GapAt = (at: Loc, subpath: Path, rule: RuleId) => NotStated | undefined;

export interface NoticeOptions {
  /** The kind of person the notice is for; every kind when absent. */
  readonly subject?: string;
  /** The date the record speaks for. */
  readonly asOf: string;
  /** The rule levels lint ran with: a rule set to `off` marks no gap. */
  readonly rules?: Readonly<Record<string, Level>>;
  /** The language of the legal terms and country names (`--lang`); English when absent. */
  readonly language?: Language;
}

export function buildNotice(
  inventory: Inventory,
  diagnostics: readonly Diagnostic[],
  options: NoticeOptions,
): Notice {
  const record = buildRecord(inventory, diagnostics, {
    asOf: options.asOf,
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  const gaps = gapsFrom(diagnostics, options.rules);
  const gapAt: GapAt = (at, subpath, rule) => gaps.marker(rule, at, subpath);
  // --subject naming no subject is a usage error with the closest id
  const subjects =
    options.subject === undefined ? inventory.subjects : [lookup(inventory, 'subject', options.subject)];
  const wanted = new Set(subjects.map((s) => s.id));
  const concerns = (named: Stated<readonly Named[]>) =>
    !isNotStated(named) && named.some((s) => wanted.has(s.id));
  const activities: Activity[] = [];
  for (const activity of record.activities) if (concerns(activity.subjects)) activities.push(activity);
  const entries = new Map<string, { entry: CategoryEntry; purposes: Named[] }>();
  for (const activity of activities) {
    if (isNotStated(activity.categories)) continue;
    const purpose = { id: activity.id, name: activity.name };
    for (const entry of activity.categories) {
      const known = entries.get(entry.id) ?? { entry, purposes: [] };
      known.purposes.push(purpose);
      entries.set(entry.id, known);
    }
  }
  // copied to their length: a list grown by push keeps room for more, and a large notice holds many
  for (const known of entries.values()) known.purposes = [...known.purposes];
  // each subject's categories in one pass over them, not one pass per subject
  const bySubject = new Map<string, { entry: CategoryEntry; purposes: Named[] }[]>();
  for (const known of entries.values()) {
    if (isNotStated(known.entry.subjects)) continue;
    for (const id of new Set(known.entry.subjects.map((s) => s.id))) {
      pushTo(bySubject, id, known);
    }
  }
  const audiences = subjects.map((subject) => ({
    subject: { id: subject.id, name: subject.name },
    categories: (bySubject.get(subject.id) ?? []).map(({ entry, purposes }) =>
      noticeCategory(inventory, entry, purposes, subject.id, gapAt),
    ),
  }));
  const controller = record.controller;
  const recipients = noticeRecipients(activities, wanted);
  const listed = new Set(recipients.map((r) => r.id));
  return {
    language: record.language,
    controller,
    ...(options.subject !== undefined ? { subject: audiences[0]!.subject } : {}),
    audiences: audiences.filter((a) => a.categories.length > 0 || options.subject !== undefined),
    purposes: activities.map((a) => noticePurpose(a, inventory.byId.purpose.get(a.id)!, wanted, gapAt)),
    recipients,
    // only the transfers of the recipients this notice's people's data goes to
    transfers: uniqueTransfers(activities.flatMap((a) => a.transfers)).filter((t) =>
      listed.has(t.recipient.id),
    ),
    rights: {
      rights: rightsOf(activities, record.language),
      contact: isNotStated(controller) ? controller : controller.rights_contact,
      complaint: {
        right: rightTerm('complaint', record.language),
        authority: isNotStated(controller) ? notStated() : controller.supervisory_authority,
      },
    },
  };
}

function noticeCategory(
  inventory: Inventory,
  entry: CategoryEntry,
  purposes: readonly Named[],
  subject: string,
  gapAt: GapAt,
): NoticeCategory {
  const category = inventory.byId.category.get(entry.id)!;
  const rules = (category.retention ?? [])
    .map((rule, i) => ({ rule, i }))
    .filter(({ rule }) => ruleCovers(rule, 'subjects', subject));
  const retention: Stated<NoticeRetention[]> =
    rules.length > 0
      ? rules.map(({ rule, i }) => {
          // Whether the rule sets an upper limit is the rule retention-unbounded's to say
          const terms: { -readonly [K in keyof NoticeRetention]: NoticeRetention[K] } = retentionTerms(rule);
          delete terms.unbounded;
          const unbounded = gapAt(category.loc, ['retention', i], 'retention-unbounded');
          const vague = gapAt(category.loc, ['retention', i, 'criteria'], 'retention-criteria-vague');
          if (unbounded) terms.unbounded = unbounded;
          if (vague) terms.vague = vague;
          return terms;
        })
      : (gapAt(category.loc, ['retention'], 'retention-missing') ?? notStated());
  return {
    id: entry.id,
    name: entry.name,
    ...(entry.description !== undefined ? { description: entry.description } : {}),
    data: entry.data,
    special: entry.special,
    sources: entry.sources,
    purposes,
    retention,
  };
}

function noticePurpose(
  activity: Activity,
  purpose: Purpose,
  wanted: ReadonlySet<string>,
  gapAt: GapAt,
): NoticePurpose {
  const provision = noticeProvision(purpose, gapAt);
  const automated = purpose.automated_decisions;
  const unexplained = gapAt(purpose.loc, ['automated_decisions'], 'automated-decision-unexplained');
  return {
    id: activity.id,
    name: activity.name,
    ...(activity.description !== undefined ? { description: activity.description } : {}),
    subjects: isNotStated(activity.subjects) ? [] : activity.subjects.filter((s) => wanted.has(s.id)),
    lawful_basis: activity.lawful_basis,
    ...(activity.legitimate_interest !== undefined
      ? { legitimate_interest: activity.legitimate_interest }
      : {}),
    ...(activity.legal_reference !== undefined ? { legal_reference: activity.legal_reference } : {}),
    ...(activity.consent !== undefined ? { consent_withdrawal: activity.consent.withdrawal } : {}),
    ...(provision !== undefined ? { provision } : {}),
    rights: activity.rights,
    ...(automated !== undefined
      ? {
          automated_decisions: {
            ...(automated.description !== undefined ? { description: automated.description } : {}),
            legal_effect: automated.legal_effect === true,
            logic: automated.logic ?? unexplained ?? notStated(),
            consequences: automated.consequences ?? unexplained ?? notStated(),
            ...(automated.safeguards !== undefined ? { safeguards: automated.safeguards } : {}),
          },
        }
      : {}),
  };
}

/** What the notice says under Art 13(2)(e): the purpose's `provision`, with the rule's gaps in place. */
function noticeProvision(purpose: Purpose, gapAt: GapAt): NoticeProvision | undefined {
  const given: Provision = purpose.provision ?? {};
  // a finding on the whole `provision` (there is none) or on the field the purpose leaves out
  const gap = (field: keyof Provision) =>
    gapAt(
      purpose.loc,
      purpose.provision ? ['provision', field] : ['provision'],
      'provision-requirement-missing',
    );
  const requirement = given.requirement ?? gap('requirement');
  if (requirement === undefined) return undefined; // nobody is asked for data: nothing to say
  const obliged = given.obliged ?? gap('obliged');
  const consequences = given.consequences ?? gap('consequences');
  return {
    requirement,
    ...(obliged !== undefined ? { obliged } : {}),
    ...(consequences !== undefined ? { consequences } : {}),
  };
}

/** The recipients outside the controller, in the record's order, each with what it receives and why. */
function noticeRecipients(activities: readonly Activity[], wanted: ReadonlySet<string>): NoticeRecipient[] {
  const byId = new Map<
    string,
    { entry: RecipientEntry; purposes: Named[]; categories: Map<string, Named> }
  >();
  for (const activity of activities) {
    // the activity's categories by id (the first of an id, as find gives), rather than a search per item
    const categories = new Map<string, CategoryEntry>();
    for (const c of isNotStated(activity.categories) ? [] : activity.categories)
      if (!categories.has(c.id)) categories.set(c.id, c);
    const purpose = { id: activity.id, name: activity.name };
    for (const entry of activity.recipients) {
      if (entry.role === 'internal') continue;
      const known = byId.get(entry.id) ?? { entry, purposes: [], categories: new Map<string, Named>() };
      known.purposes.push(purpose);
      for (const received of entry.receives) {
        const category = categories.get(received.category.id);
        const forWanted =
          category && !isNotStated(category.subjects) && category.subjects.some((s) => wanted.has(s.id));
        if (forWanted) known.categories.set(received.category.id, received.category);
      }
      byId.set(entry.id, known);
    }
  }
  return [...byId.values()]
    .filter((r) => r.categories.size > 0)
    .map(({ entry, purposes, categories }) => ({
      id: entry.id,
      name: entry.name,
      role: entry.role,
      countries: entry.countries,
      purposes,
      categories: [...categories.values()],
    }));
}

function uniqueTransfers(transfers: readonly Transfer[]): Transfer[] {
  const seen = new Map<string, Transfer>();
  for (const t of transfers) {
    const key = `${t.recipient.id}\0${t.country.code}`;
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}

/** Every right that some purpose gives, in the order of the reference data. */
function rightsOf(activities: readonly Activity[], language: Language): Term[] {
  const keys = new Set(activities.flatMap((a) => a.rights.map((r) => r.key)));
  return RIGHT_KEYS.filter((key) => keys.has(key)).map((key) => rightTerm(key, language));
}
