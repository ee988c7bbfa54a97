import { pushTo } from '../../grouping.js';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { RULES } from '../../rules/index.js';
import { compareText } from '../../views/order.js';
import { displayPath, type RenderContext } from '../context.js';
import { plural } from './summary.js';

/**
 * JUnit XML for CI systems (GitLab, Jenkins, Azure): one testcase per rule and file with findings
 * (classname = file, name = rule), failing when a finding is an error or a warning; a rule with no
 * finding is one passing testcase. Waived findings are skipped testcases.
 */
export function junit(diagnostics: readonly Diagnostic[], context: RenderContext): string {
  // each rule's findings by file, gathered in one pass
  const groups = new Map<string, Map<string, Diagnostic[]>>();
  for (const d of diagnostics) {
    const byFile = groups.get(d.rule) ?? new Map<string, Diagnostic[]>();
    groups.set(d.rule, byFile);
    pushTo(byFile, d.file, d);
  }
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  const ruleIds = [...(context.rules ?? RULES).map((r) => r.id), ...new Set(diagnostics.map((d) => d.rule))];
  for (const id of new Set(ruleIds)) {
    const ofRule = groups.get(id);
    if (ofRule === undefined) {
      cases.push(`    <testcase classname="ropa" name="${attr(id)}"/>`);
      continue;
    }
    for (const [, list] of [...ofRule].sort(([a], [b]) => compareText(a, b))) {
      const file = displayPath(context, list[0]!.file);
      const open = `    <testcase classname="${attr(file)}" name="${attr(id)}" file="${attr(file)}">`;
      const active = list.filter((d) => !d.waived);
      const failing = active.filter((d) => d.severity !== 'note');
      const lines = (items: Diagnostic[]) =>
        items.map((d) => `${file}:${d.line}:${d.column} ${d.severity} ${d.message}`).join('\n');
      if (failing.length) {
        failures++;
        const severity = failing.some((d) => d.severity === 'error') ? 'error' : 'warning';
        cases.push(
          open,
          `      <failure type="${severity}" message="${attr(`${plural(failing.length, severity === 'error' ? 'finding' : 'warning')}: ${failing[0]!.message}`)}">${text(lines(failing))}</failure>`,
          '    </testcase>',
        );
      } else if (active.length) {
        cases.push(open, `      <system-out>${text(lines(active))}</system-out>`, '    </testcase>');
      } else {
        skipped++;
        const reason = list[0]!.waived?.reason;
        cases.push(
          open,
          `      <skipped message="${attr(`waived${reason ? `: ${reason}` : ''}`)}"/>`,
          '    </testcase>',
        );
      }
    }
  }
  const tests = cases.filter((line) => line.startsWith('    <testcase')).length;
  const counts = `tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ropa" ${counts}>`,
    `  <testsuite name="ropa lint ${attr(context.root)}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// Characters XML 1.0 cannot hold at all are dropped; the rest is escaped
// eslint-disable-next-line no-control-regex -- the point is to match control characters
const INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
