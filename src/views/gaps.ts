// Gap markers from the lint diagnostics. The record, the retention schedule and the queries say "not
// stated [rule]" exactly where `ropa lint`, under the same configuration, reports the gap: they look the
// finding up here rather than decide again what the rule decides. A rule set to `off` marks nothing; a
// waived finding marks the gap as waived, with the waiver's reason.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Level, Loc, Path } from '../inventory/model.js';
import type { RuleId } from '../rules/index.js';
import { notStated, type NotStated, type Stated } from './stated.js';

export interface Gaps {
  /**
   * The marker for a gap that `rule` reports on the entity at `at` (inside `subpath` when given): the
   * finding's rule, with its waiver when one accepts it; undefined when lint reports no such finding.
   */
  marker(rule: RuleId, at: Loc | undefined, subpath?: Path): NotStated | undefined;
  /** The value when there is one (an empty list or text counts as absent), else the gap as marked. */
  stated<T>(value: T | undefined, rule: RuleId | undefined, at: Loc | undefined, subpath?: Path): Stated<T>;
  /** `marker`, else an unmarked "not stated". */
  gap(rule: RuleId, at: Loc | undefined, subpath?: Path): NotStated;
  /** Whether the rule ran (it is not `off` in the configuration): its silence then means "not required". */
  checks(rule: RuleId): boolean;
  /** Every finding on the entity at `at` or inside it, whatever its rule, in lint's order. */
  about(at: Loc): readonly Diagnostic[];
}

/** Where each rule's findings are: under their rule, file and every prefix of their path. */
export function gapsFrom(
  diagnostics: readonly Diagnostic[],
  levels: Readonly<Record<string, Level>> = {},
): Gaps {
  const index = new Map<string, Diagnostic[]>();
  const add = (key: string, d: Diagnostic) => {
    const list = index.get(key);
    if (list) list.push(d);
    else index.set(key, [d]);
  };
  for (const d of diagnostics) {
    for (let n = 0; n <= d.path.length; n++) {
      add(keyOf(d.rule, d.file, d.path.slice(0, n)), d);
      add(keyOf('', d.file, d.path.slice(0, n)), d);
    }
  }
  // Any finding of the rule, wherever it is (organization-missing is about no entity)
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.rule);
    if (list) list.push(d);
    else byRule.set(d.rule, [d]);
  }

  const marker = (rule: RuleId, at: Loc | undefined, subpath: Path = []): NotStated | undefined => {
    const found = at ? index.get(keyOf(rule, at.file, [...at.path, ...subpath])) : byRule.get(rule);
    if (!found?.length) return undefined;
    // One open finding is enough for the gap to be open; waived only when every finding is
    const open = found.find((d) => !d.waived);
    if (open) return notStated(rule);
    return { not_stated: true, rule, waived: found[0]!.waived! };
  };
  return {
    marker,
    stated<T>(value: T | undefined, rule: RuleId | undefined, at: Loc | undefined, subpath?: Path) {
      if (value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '') return value;
      return (rule && marker(rule, at, subpath)) || notStated();
    },
    gap: (rule, at, subpath) => marker(rule, at, subpath) ?? notStated(),
    checks: (rule) => levels[rule] !== 'off',
    about: (at) => index.get(keyOf('', at.file, at.path)) ?? [],
  };
}

function keyOf(rule: string, file: string, path: Path): string {
  return `${rule}\0${file}\0${path.join('\0')}`;
}
