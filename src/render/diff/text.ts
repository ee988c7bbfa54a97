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

/**
 * The diff for a terminal: a summary line, the changes grouped by entity, then new and resolved findings;
 * a line at a time.
 */
export function* text(diff: InventoryDiff, context: DiffContext): Generator<string> {
  // each entry is one line: a line break, an escape sequence or a bidirectional override in a value is
  // shown escaped, so that no value can forge lines of the diff
  for (const line of lines(diff, context)) yield `${printable(line)}\n`;
}

function* lines(diff: InventoryDiff, context: DiffContext): Generator<string> {
  yield `ropa diff ${context.base.label} -> ${context.head.label}: ${summaryLine(diff)}`;
  // Risk first, so that a reviewer sees it before the field-by-field list
  if (diff.risk.length) yield* section('Risk', diff.risk, (risk) => `  ! ${describeRisk(risk, quote)}`);
  for (const group of byEntity(diff.changes)) {
    yield* section(entityLabel(group[0]!, quote), group, (change) => `  ${describeChange(change, style)}`);
  }
  if (diff.subprocessors.length) {
    yield* section(
      'Processors and sub-processors (Art 28(2))',
      diff.subprocessors,
      (change) => `  ${describeSubprocessor(change, quote)}`,
    );
  }
  if (diff.findings.added.length) {
    yield* section('New findings', diff.findings.added, (f) => `  ${describeFinding(f, context.head)}`);
  }
  if (diff.findings.removed.length) {
    yield* section(
      'Resolved findings',
      diff.findings.removed,
      (f) => `  ${describeFinding(f, context.base)}`,
    );
  }
}

function* section<T>(title: string, entries: Iterable<T>, line: (entry: T) => string): Generator<string> {
  yield '';
  yield title;
  for (const entry of entries) yield line(entry);
}
