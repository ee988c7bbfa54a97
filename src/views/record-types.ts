// The record of processing activities (GDPR Art 30) as the views give it to the renderers: its types.
// The builders are in record.ts.
import type {
  DataItem,
  Dpo,
  Level,
  Purpose,
  RecipientRole,
  SourceType,
  Tracker,
} from '../inventory/model.js';
import type { Term } from './legal-terms.js';
import type { Named, RetentionTerms } from './retention.js';
import type { NotRequired, NotStated, Stated } from './stated.js';
import type { Language } from './words/index.js';

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
  /** When the organisation's entry was last reviewed (YYYY-MM-DD). */
  readonly reviewed: Stated<string>;
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

/** A category a recipient receives, and the data items when it does not receive them all. */
export interface Received {
  readonly category: Named;
  readonly data?: readonly string[];
}

export interface RecipientEntry {
  readonly id: string;
  readonly name: string;
  readonly role: Stated<RecipientRole>;
  /** Where it processes the data; not required for the controller's own staff. */
  readonly countries: Stated<readonly Country[]> | NotRequired;
  /** The Art 28 contract or Art 26 arrangement; a gap for processors and joint controllers. */
  readonly contract?: Stated<string>;
  /** Which categories it receives for this activity, narrowed to some data items when the inventory says. */
  readonly receives: readonly Received[];
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
  /** The DPIA as stated; not required when dpia-missing ran and found none wanting. */
  readonly dpia: Stated<NonNullable<Purpose['dpia']>> | NotRequired;
  readonly dpia_criteria: readonly string[];
  /** When the purpose's entry was last reviewed (YYYY-MM-DD). */
  readonly reviewed: Stated<string>;
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

/**
 * The record's activities, one per purpose in the inventory's order. Each is made when it is read, and made
 * again when read again (the same values): the record of a large inventory is written an activity at a
 * time rather than held whole, which also keeps what is written next to what was just made.
 */
export interface Activities extends Iterable<Activity> {
  /** Each activity's id and name, in order, without making the activities: a table of contents. */
  readonly names: readonly Named[];
  /** Every activity, made at once: how `JSON.stringify` reads them. */
  toJSON(): Activity[];
}

export interface ProcessingRecord {
  /** The language of the record's words: legal terms, country names and the reasons given with them. */
  readonly language: Language;
  /** The date the record speaks for (YYYY-MM-DD): the configuration's `today`, else the day it is made. */
  readonly as_of: string;
  /** The git commit the inventory was read from (short hash, `-dirty` with uncommitted changes), inside git. */
  readonly revision?: string;
  readonly controller: Stated<Controller>;
  readonly activities: Activities;
  /** Categories that serve no purpose, and so belong to no activity. */
  readonly categories_without_purpose: readonly { category: Named; gap: NotStated }[];
  /** Art 30(2), when the organisation processes data on behalf of others. */
  readonly processor?: ProcessorRecord;
  readonly findings: FindingsSummary;
}

export interface RecordOptions {
  /** The date the record speaks for. */
  readonly asOf: string;
  readonly revision?: string;
  /** The rule levels of the configuration lint ran with: a rule set to `off` leaves no gap marked. */
  readonly rules?: Readonly<Record<string, Level>>;
  /** The language of the legal terms and country names (`--lang`); English when absent. */
  readonly language?: Language;
}
