import type { InventoryDiff } from '../../views/diff.js';
import type { DiffContext } from './context.js';
import {
  byEntity,
  describeChange,
  describeFinding,
  describeRisk,
  describeSubprocessor,
  entityLabel,
  summaryLine,
} from './describe.js';
import { printable } from '../terminal.js';

const quote = (value: string) => `"${value}"`;
const style = { quote, plain: (value: string) => value };

/** The diff for a terminal: a summary line, the changes grouped by entity, then new and resolved findings. */
export function text(diff: InventoryDiff, context: DiffContext): string {
  const lines = [`ropa diff ${context.base.label} -> ${context.head.label}: ${summaryLine(diff)}`];
  // a loop per list, not push(...list): a spread of 100,000+ lines overflows the call stack
  const section = (title: string, entries: Iterable<string>) => {
    lines.push('', title);
    for (const entry of entries) lines.push(entry);
  };
  // Risk first, so that a reviewer sees it before the field-by-field list
  if (diff.risk.length)
    section(
      'Risk',
      diff.risk.map((risk) => `  ! ${describeRisk(risk, quote)}`),
    );
  for (const group of byEntity(diff.changes)) {
    section(
      entityLabel(group[0]!, quote),
      group.map((change) => `  ${describeChange(change, style)}`),
    );
  }
  if (diff.subprocessors.length) {
    section(
      'Processors and sub-processors (Art 28(2))',
      diff.subprocessors.map((change) => `  ${describeSubprocessor(change, quote)}`),
    );
  }
  if (diff.findings.added.length) {
    section(
      'New findings',
      diff.findings.added.map((f) => `  ${describeFinding(f, context.head)}`),
    );
  }
  if (diff.findings.removed.length) {
    section(
      'Resolved findings',
      diff.findings.removed.map((f) => `  ${describeFinding(f, context.base)}`),
    );
  }
  // each entry is one line: a line break, an escape sequence or a bidirectional override in a value is
  // shown escaped, so that no value can forge lines of the diff
  return `${lines.map(printable).join('\n')}\n`;
}
