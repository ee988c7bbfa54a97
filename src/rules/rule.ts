import type { Evidence } from '../evidence/model.js';
import type { Finding } from '../inventory/diagnostic.js';
import type { Inventory, Loc, Path, Severity } from '../inventory/model.js';
import type { RetentionReference } from '../reference/retention.js';
import type { Message, MessageValues } from './message.js';

export type RuleGroup =
  | 'structure'
  | 'completeness'
  | 'lawfulness'
  | 'transfers'
  | 'retention'
  | 'risk'
  | 'transparency'
  | 'hygiene'
  | 'drift';

/** Where a finding lies inside the reported entity, and what else it says about it. */
export interface ReportOptions {
  /** Relative to the entity's path; when the value is absent, the position falls back to the closest node. */
  readonly path?: Path;
  /** Raises or lowers the rule's default for this finding; a level set in the configuration still wins. */
  readonly severity?: Severity;
  readonly related?: Finding['related'];
}

/**
 * What a rule sees: the model, the settings that date- and country-dependent rules need, and `report`.
 * `M` is the ids of the rule's messages.
 */
export interface RuleContext<M extends string = string> {
  readonly inventory: Inventory;
  /** "Now" for date-based rules, YYYY-MM-DD (config `today`, or the real date). */
  readonly today: string;
  /** ISO country for Art 8 ages and retention references (config `country`, else the organization's). */
  readonly country: string | undefined;
  /** Retention references from the configuration, added to the built-in ones or replacing them. */
  readonly references: readonly RetentionReference[];
  /** Reports a finding on an entity, or on a value inside it: one of the rule's messages and its values. */
  report(at: Loc, message: M, values: MessageValues, options?: ReportOptions): void;
  /** One of the rule's messages as `report` words it, for the related places of a finding. */
  format(message: M, values: MessageValues): string;
  /** What the code is seen to do (`ropa drift`); drift rules run only when there is some. */
  readonly evidence?: Evidence;
  /** Every registered rule id (for waivers that name a rule). */
  readonly ruleIds: ReadonlySet<string>;
}

export interface Rule<M extends string = string> {
  readonly id: string;
  readonly severity: Severity;
  readonly group: RuleGroup;
  /** The article or guidance the rule comes from, e.g. "Art 30(1)(b), Art 5(1)(b)". */
  readonly source: string;
  /** A public page on the source (EUR-Lex, EDPB, CNIL), when one exists. */
  readonly helpUri?: string;
  /** One line: what the rule flags. */
  readonly description: string;
  /** Markdown: what, why, how to fix, a minimal example. */
  readonly docs: string;
  /**
   * What an error of this rule leaves of the model for the commands other than lint: `model` when
   * entities are missing from it (they refuse the inventory, diff included); `references` when a
   * reference leads nowhere (the record, queries and graphs refuse it; a diff compares it as a finding).
   */
  readonly blocks?: 'model' | 'references';
  /** What the rule's findings say, by id (see message.ts); structure rules' messages are the loader's. */
  readonly messages?: Readonly<Record<M, Message>>;
  /** Structure rules are reported by the loader and have no check of their own. */
  readonly check?: (context: RuleContext<M>) => void;
}
