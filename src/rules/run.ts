import { pushTo } from '../grouping.js';
import type { Config } from '../config.js';
import type { Evidence } from '../evidence/model.js';
import type { Diagnostic, Finding, WaiverInfo } from '../inventory/diagnostic.js';
import { createLocator } from '../inventory/locate.js';
import type { Loaded } from '../inventory/load.js';
import { sourcesInOrder } from '../inventory/read.js';
import type { SourceDocument } from '../inventory/source.js';
import type { Inventory, Loc, Path, Severity, Waiver } from '../inventory/model.js';
import { RULES, RULES_BY_ID } from './index.js';
import { formatMessage, type MessageValues } from './message.js';
import type { Rule } from './rule.js';

export interface LintOptions {
  readonly config: Config;
  /** YYYY-MM-DD; the config's `today` wins over it. */
  readonly today: string;
  readonly rules?: readonly Rule[];
  /** Evidence about the code: the run is then a drift run, of the drift rules alone (`ropa drift`). */
  readonly evidence?: Evidence;
}

/** Runs every enabled rule over a loaded inventory; returns located diagnostics, sorted. */
export function lint(loaded: Loaded, options: LintOptions): Diagnostic[] {
  const { inventory } = loaded;
  const rules = options.rules ?? RULES;
  const today = options.config.today ?? options.today;
  const level = (id: string) => options.config.rules[id] ?? RULES_BY_ID.get(id)?.severity ?? 'error';

  // a drift run reports what the evidence shows and nothing else; a lint run has no evidence to check
  const drift = options.evidence !== undefined;
  const findings: Finding[] = drift ? [] : loaded.findings.slice();
  const refused = refusedBySchema(loaded.findings);
  const ruleIds: ReadonlySet<string> = new Set(RULES_BY_ID.keys());
  for (const rule of rules) {
    if (!rule.check || level(rule.id) === 'off' || (rule.group === 'drift') !== drift) continue;
    rule.check({
      inventory,
      today,
      country: options.config.country ?? inventory.organization?.country,
      references: options.config.references ?? [],
      ruleIds,
      ...(options.evidence ? { evidence: options.evidence } : {}),
      report: (at, message, values, { path = [], severity, related } = {}) => {
        // a field the schema refused is left out of the model: the schema finding already says what is
        // wrong there, and a second finding calling it missing would count one mistake twice
        if (path.length > 0 && refused(at.file, [...at.path, path[0]!])) return;
        findings.push({
          rule: rule.id,
          file: at.file,
          path: [...at.path, ...path],
          message: messageOf(rule, message, values),
          ...(severity ? { severity } : {}),
          ...(related?.length ? { related } : {}),
        });
      },
      format: (message, values) => messageOf(rule, message, values),
    });
  }

  const severityOf = (finding: Finding) =>
    options.config.rules[finding.rule] ?? finding.severity ?? level(finding.rule);
  const files = new Map(inventory.files.map((file) => [file.name, file]));
  // file by file, so that the locator parses each file with findings once and keeps few at a time
  const byFile = findings.slice().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // the files findings are placed in, in that order: a large inventory reads them again, in one pass
  const order = [
    ...new Set(
      byFile
        .filter((finding) => finding.position === undefined && severityOf(finding) !== 'off')
        .map((finding) => finding.file),
    ),
  ].filter((file) => files.has(file));
  const documents = sourcesInOrder(order.map((file) => files.get(file)!));
  let turn = 0;
  let last: { file: string; source: SourceDocument | undefined } | undefined;
  const locate = createLocator((file) => {
    const source = order[turn] === file ? (turn++, documents.next().value!) : files.get(file)?.source;
    last = { file, source };
    return source;
  });
  // a related place is in another file mostly, asked out of that order: read when asked
  const locateRelated = createLocator((file) =>
    file === last?.file ? last.source : files.get(file)?.source,
  );
  const waiverOf = waiverIndex(inventory, today);
  const diagnostics: Diagnostic[] = [];
  try {
    for (const finding of byFile) {
      const severity = severityOf(finding);
      if (severity === 'off') continue;
      const position = finding.position ?? locate(finding.file, finding.path, finding.key);
      const waived = waiverOf(finding);
      diagnostics.push({
        rule: finding.rule,
        severity,
        file: finding.file,
        path: finding.path,
        ...position,
        message: finding.message,
        ...(finding.related
          ? {
              related: finding.related.map((r) => {
                if ('code' in r) {
                  const { line, column } = r.position;
                  return { file: r.file, line, column, message: r.message, code: true as const };
                }
                const at = locateRelated(r.file, r.path);
                return { file: r.file, line: at.line, column: at.column, message: r.message };
              }),
            }
          : {}),
        ...(waived ? { waived } : {}),
      });
    }
  } finally {
    documents.return();
  }
  return diagnostics.sort(compareDiagnostics);
}

function messageOf(rule: Rule, id: string, values: MessageValues): string {
  const message = rule.messages?.[id];
  if (message === undefined) throw new Error(`rule ${rule.id} has no message ${id}`);
  return formatMessage(message, values, rule.source);
}

/**
 * Whether a schema finding lies at or inside the field at `path` of `file`, or names that field as the one
 * an unknown key meant.
 */
function refusedBySchema(loaded: readonly Finding[]): (file: string, path: Path) => boolean {
  const byFile = new Map<string, Path[]>();
  for (const finding of loaded) {
    if (finding.rule !== 'schema') continue;
    // `lawfulbasis: contract` is one mistake: the schema finding names the key meant, lawful_basis
    const paths = finding.meant
      ? [finding.path, [...finding.path.slice(0, -1), finding.meant]]
      : [finding.path];
    const list = byFile.get(finding.file);
    if (list) list.push(...paths);
    else byFile.set(finding.file, paths);
  }
  if (byFile.size === 0) return () => false;
  return (file, path) => byFile.get(file)?.some((error) => startsWith(error, path)) ?? false;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** A waiver applies to findings of its rule on its entity or anything inside it, until its date passes. */
function waiverIndex(inventory: Inventory, today: string): (finding: Finding) => WaiverInfo | undefined {
  // by file, in entity order: a finding is matched against the entities of its own file only (a lint of
  // thousands of waived categories matched each finding against all of them)
  const holders = new Map<string, { loc: Loc; waivers: readonly Waiver[] }[]>();
  const entities = [
    ...(inventory.organization ? [inventory.organization] : []),
    ...inventory.subjects,
    ...inventory.purposes,
    ...inventory.recipients,
    ...inventory.systems,
    ...inventory.categories,
  ];
  for (const entity of entities) {
    if (!entity.waivers?.length) continue;
    pushTo(holders, entity.loc.file, { loc: entity.loc, waivers: entity.waivers });
  }
  if (holders.size === 0) return () => undefined;
  return (finding) => {
    for (const { loc, waivers } of holders.get(finding.file) ?? []) {
      if (!startsWith(finding.path, loc.path)) continue;
      const waiver = waivers.find(
        (w) => w.rule === finding.rule && (w.until === undefined || w.until >= today),
      );
      if (waiver) {
        const { reason, until, approved_by } = waiver;
        return {
          ...(reason ? { reason } : {}),
          ...(until ? { until } : {}),
          ...(approved_by ? { approved_by } : {}),
        };
      }
    }
    return undefined;
  };
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/**
 * The outcome of a lint run (a pure function of the diagnostics and the thresholds): its exit code, and
 * the number of warnings not waived when there are more than `maxWarnings`.
 */
export function lintOutcome(
  diagnostics: readonly Diagnostic[],
  failOn: Severity,
  maxWarnings?: number,
): { exitCode: 0 | 1; tooManyWarnings?: number } {
  const rank: Record<Severity, number> = { error: 3, warning: 2, note: 1 };
  const active = diagnostics.filter((d) => !d.waived);
  const warnings = active.filter((d) => d.severity === 'warning').length;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const failed = tooMany || active.some((d) => rank[d.severity] >= rank[failOn]);
  return { exitCode: failed ? 1 : 0, ...(tooMany ? { tooManyWarnings: warnings } : {}) };
}
