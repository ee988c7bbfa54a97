// The typed inventory model. Field names follow the public YAML contract (snake_case) so that a rule's
// path into the model is also a path into the file. Every entity remembers where it was written.

import type { SourceDocument } from './source.js';

/** A path into one YAML document: mapping keys and sequence indexes. */
export type Path = readonly (string | number)[];

/** Where an entity, or a value inside it, was written. `path` is absolute within the file. */
export interface Loc {
  readonly file: string;
  readonly path: Path;
}

export type Severity = 'error' | 'warning' | 'note';
export type Level = Severity | 'off';

export interface Waiver {
  rule: string;
  reason?: string;
  until?: string;
  approved_by?: string;
}

/** Fields every entity may carry. `loc` is added by the loader and points at the entity's mapping. */
export interface Common {
  description?: string;
  notes?: string;
  reviewed?: string;
  waivers?: Waiver[];
  loc: Loc;
}

export interface Dpo {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
  appointed?: boolean;
  reason?: string;
}

export interface Client {
  name: string;
  contact?: string;
  categories_of_processing?: string[];
}

export type OrganizationRole = 'controller' | 'processor' | 'both';

export interface Organization extends Common {
  name: string;
  legal_name?: string;
  address?: string;
  email?: string;
  phone?: string;
  website?: string;
  country?: string;
  role?: OrganizationRole;
  public_authority?: boolean;
  employees?: number;
  dpo?: Dpo;
  representative?: { name?: string; address?: string; email?: string };
  supervisory_authority?: { name?: string; country?: string; website?: string };
  rights_contact?: string;
  security_measures?: string[];
  clients?: Client[];
}

export interface Subject extends Common {
  id: string;
  name: string;
  minors?: boolean;
  vulnerable?: boolean;
  /** A fideslang data subject key (e.g. `customer`), for the Fides and DPV exports. */
  taxonomy?: string;
}

export type LawfulBasis =
  'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';

export interface Purpose extends Common {
  id: string;
  name: string;
  lawful_basis?: LawfulBasis;
  legitimate_interest?: string;
  lia?: string;
  legal_reference?: string;
  consent?: { record?: string; withdrawal?: string };
  special_condition?: string;
  criminal_basis?: string;
  automated_decisions?: {
    description?: string;
    legal_effect?: boolean;
    exception?: string;
    safeguards?: string;
    logic?: string;
    consequences?: string;
  };
  /** Whether people must give the data, and what happens if they do not (Art 13(2)(e)). */
  provision?: Provision;
  /** `required: false` with `reason` records a screening that concluded no DPIA is needed. */
  dpia?: {
    required?: boolean;
    status?: 'planned' | 'in-progress' | 'done';
    reference?: string;
    reason?: string;
  };
  dpia_criteria?: string[];
  owner?: string;
  joint_controllers?: string[];
  /** Consent is asked for an information society service offered to the subjects (Art 8(1)). */
  information_society_service?: boolean;
  /** A fideslang data use key (e.g. `essential.service`), for the Fides and DPV exports. */
  taxonomy?: string;
}

/** Why the data a purpose asks of people is asked for (Art 13(2)(e)). */
export type ProvisionRequirement = 'statutory' | 'contractual' | 'pre-contractual' | 'voluntary';

export interface Provision {
  requirement?: ProvisionRequirement;
  obliged?: boolean;
  consequences?: string;
}

export type RecipientRole =
  'internal' | 'processor' | 'sub-processor' | 'controller' | 'joint-controller' | 'authority' | 'public';

/** A Chapter V transfer tool (Art 45, 46, 49). */
export interface TransferTool {
  mechanism?: string;
  reference?: string;
  tia?: string;
}

/** A transfer tool for one country, in the list form of `transfer`. */
export interface CountryTransferTool extends TransferTool {
  country: string;
}

export interface Recipient extends Common {
  id: string;
  name: string;
  legal_name?: string;
  role?: RecipientRole;
  country?: string;
  countries?: string[];
  contract?: string;
  /** One tool for every non-EEA country, or a list with one tool per country. */
  transfer?: TransferTool | CountryTransferTool[];
  dpf?: { certified?: boolean; checked?: string };
  privacy_policy?: string;
  /** Package names, domains and scanner names the recipient goes by (for `ropa drift`). */
  aliases?: string[];
}

export interface System extends Common {
  id: string;
  name: string;
  hosted_by?: string;
  country?: string;
  security_measures?: string[];
}

export interface DataItem {
  name: string;
  description?: string;
  taxonomy?: string;
}

export type SourceType = 'direct' | 'third-party' | 'public' | 'observed' | 'inferred';

export interface Source {
  type: SourceType;
  from?: string;
  description?: string;
}

/** A disclosure narrowed to some purposes or data items. */
export interface Disclosure {
  to: string;
  purposes?: string[];
  data?: string[];
}

export interface Tracker {
  name: string;
  provider?: string;
  essential?: boolean;
  lifetime?: string;
}

export interface RetentionRule {
  subjects?: string[];
  purposes?: string[];
  duration?: string;
  minimum?: string;
  criteria?: string;
  from?: string;
  then?: 'delete' | 'anonymise' | 'archive';
  legal_reference?: string;
}

export interface Category extends Common {
  id: string;
  name: string;
  /** As written: a string or an object per item. Use `dataItems()` for the normalised form. */
  data?: (string | DataItem)[];
  special?: string[];
  criminal?: boolean;
  subjects?: string[];
  sources?: Source[];
  purposes?: string[];
  /** As written. Absent means "not stated"; an empty list means "nobody outside the controller". */
  recipients?: (string | Disclosure)[];
  systems?: string[];
  trackers?: Tracker[];
  retention?: RetentionRule[];
  security_measures?: string[];
}

/** The kinds of entity that carry an id, with the top-level key of their lists. */
export type EntityKind = 'subject' | 'purpose' | 'recipient' | 'system' | 'category';

export interface EntityByKind {
  subject: Subject;
  purpose: Purpose;
  recipient: Recipient;
  system: System;
  category: Category;
}

/** One inventory file as read: its path relative to the inventory root and its parsed document. */
export interface SourceFile {
  /** Relative to the inventory root, with forward slashes: what every output names. */
  readonly name: string;
  /** The file's value and the ranges of its nodes, where findings are placed. */
  readonly source: SourceDocument;
}

/**
 * The merged inventory. Lists keep file order (files sorted by name); `byId` maps give O(1) reference
 * resolution. Entities whose own structure is invalid are left out of the lists (so that rules can trust
 * the types) but their ids still resolve, so one typo does not cascade into unknown-reference findings.
 */
export interface Inventory {
  readonly root: string;
  readonly files: readonly SourceFile[];
  readonly organization: Organization | undefined;
  readonly subjects: readonly Subject[];
  readonly purposes: readonly Purpose[];
  readonly recipients: readonly Recipient[];
  readonly systems: readonly System[];
  readonly categories: readonly Category[];
  readonly byId: { readonly [K in EntityKind]: ReadonlyMap<string, EntityByKind[K]> };
  /** The ids something refers to, by kind (whether or not they are defined). */
  readonly referenced: { readonly [K in EntityKind]: ReadonlySet<string> };
}

/** The normalised data items of a category. */
export function dataItems(category: Category): DataItem[] {
  return (category.data ?? []).map((item) => (typeof item === 'string' ? { name: item } : item));
}

/** The normalised disclosures of a category, with the index each was written at. */
export function disclosures(category: Category): (Disclosure & { index: number })[] {
  return (category.recipients ?? []).map((item, index) =>
    typeof item === 'string' ? { to: item, index } : { ...item, index },
  );
}

/** Countries a recipient processes data in (`country` and `countries` together, without repeats). */
export function recipientCountries(recipient: Recipient): string[] {
  const all = [...(recipient.country ? [recipient.country] : []), ...(recipient.countries ?? [])];
  return [...new Set(all)];
}
