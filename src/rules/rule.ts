import type { Evidence } from '../evidence/model.js';
import type { Finding } from '../inventory/diagnostic.js';
import type { Inventory, Loc, Path, Severity } from '../inventory/model.js';
import type { RetentionReference } from '../reference/retention.js';

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

/** What a rule sees: the model, the settings that date- and country-dependent rules need, and `report`. */
export interface RuleContext {
  readonly inventory: Inventory;
  /** "Now" for date-based rules, YYYY-MM-DD (config `today`, or the real date). */
  readonly today: string;
  /** ISO country for Art 8 ages and retention references (config `country`, else the organization's). */
  readonly country: string | undefined;
  /** Retention references from the configuration, added to the built-in ones or replacing them. */
  readonly references: readonly RetentionReference[];
  /**
   * Reports a finding on an entity, or on a value inside it: `subpath` is relative to `at.path`.
   * When the value is absent the position falls back to the closest node that exists. `severity`
   * raises or lowers the rule's default for this finding (dpo-missing is an error for public authorities);
   * a level set in the configuration still wins.
   */
  report(at: Loc, message: string, subpath?: Path, severity?: Severity, related?: Finding['related']): void;
  /** What the code is seen to do (`ropa drift`); drift rules run only when there is some. */
  readonly evidence?: Evidence;
  /** Every registered rule id (for waivers that name a rule). */
  readonly ruleIds: ReadonlySet<string>;
}

export interface Rule {
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
  /** Structure rules are reported by the loader and have no check of their own. */
  readonly check?: (context: RuleContext) => void;
}
