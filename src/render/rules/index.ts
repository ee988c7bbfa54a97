import Table from 'cli-table3';
import type { Rule, RuleGroup } from '../../rules/rule.js';
import { escape } from '../lint/markdown.js';

export type RulesFormatter = (rules: readonly Rule[]) => string;

const GROUPS: Record<RuleGroup, string> = {
  structure: 'Structure (loader and schema)',
  completeness: 'Art 30 completeness',
  lawfulness: 'Lawfulness',
  transfers: 'Recipients and transfers',
  retention: 'Retention',
  risk: 'Risk',
  transparency: 'Transparency: what a privacy notice needs (Art 13, 14)',
  hygiene: 'Hygiene',
  drift: 'Drift: the code against the inventory (`ropa drift`)',
};

/** A terminal table: id, default severity, source, description. */
function table(rules: readonly Rule[]): string {
  const out = new Table({
    head: ['rule', 'severity', 'source', 'description'],
    colWidths: [38, 10, 26, 56],
    wordWrap: true,
    style: { head: [], border: [] },
    // no rule between rows: one row per rule reads better in a terminal
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const rule of rules) out.push([rule.id, rule.severity, rule.source, rule.description]);
  return `${out.toString()}\n`;
}

/** Stable JSON (version 1): every rule with its metadata and documentation. */
function json(rules: readonly Rule[]): string {
  const list = rules.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    group: rule.group,
    source: rule.source,
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    description: rule.description,
    docs: rule.docs,
  }));
  return `${JSON.stringify({ version: 1, rules: list }, null, 2)}\n`;
}

/** The rule reference: an index table, then each rule's documentation, by group. */
function markdown(rules: readonly Rule[]): string {
  const out = [
    '# Rules',
    '',
    'Every rule of `ropa lint`, generated from the rule modules by `ropa rules --format markdown`.',
    'The id is the diagnostic code, the SARIF `ruleId`, the key in `ropa.config.yaml` and the `--rule` value.',
    'Severities are the defaults; `ropa.config.yaml` or `--rule ID=LEVEL` change them.',
    '',
    '| Rule | Severity | Source | Flags |',
    '| --- | --- | --- | --- |',
    ...rules.map(
      (r) => `| [${r.id}](#${r.id}) | ${r.severity} | ${escape(r.source)} | ${escape(r.description)} |`,
    ),
  ];
  for (const group of Object.keys(GROUPS) as RuleGroup[]) {
    const inGroup = rules.filter((r) => r.group === group);
    if (inGroup.length === 0) continue;
    out.push('', `## ${GROUPS[group]}`);
    for (const rule of inGroup) {
      const source = rule.helpUri ? `[${rule.source}](${rule.helpUri})` : rule.source;
      out.push('', `### ${rule.id}`, '', `${rule.severity} · ${source}`, '', rule.docs);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `ropa rules --format` values and their renderers. */
export const RULES_FORMATS = { table, markdown, json } satisfies Record<string, RulesFormatter>;
export type RulesFormat = keyof typeof RULES_FORMATS;
