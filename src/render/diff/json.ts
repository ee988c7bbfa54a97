import type { Change, FindingChange, InventoryDiff } from '../../views/diff.js';
import { displayPath, type RenderContext } from '../context.js';
import { jsonDocumentPieces } from '../json-document.js';
import type { DiffContext } from './context.js';
import { newCounts } from './describe.js';

/**
 * The stable JSON shape (format version 1; documented in the README): the two sides, a summary, every
 * change (sorted by entity kind, id, type and field) and the findings the change adds and removes; a
 * change or a finding at a time.
 */
export function json(diff: InventoryDiff, context: DiffContext): Iterable<string> {
  const counts = newCounts(diff);
  return jsonDocumentPieces(1, context.version, {
    base: { label: context.base.label },
    head: { label: context.head.label },
    summary: {
      changes: diff.changes.length,
      findingsAdded: diff.findings.added.length,
      findingsRemoved: diff.findings.removed.length,
      newErrors: counts.error,
      newWarnings: counts.warning,
      newNotes: counts.note,
      newWaived: counts.waived,
      risks: diff.risk.length,
    },
    risk: diff.risk,
    changes: diff.changes.map(change),
    subprocessors: diff.subprocessors,
    findings: {
      added: diff.findings.added.map((f) => finding(f, context.head)),
      removed: diff.findings.removed.map((f) => finding(f, context.base)),
    },
  });
}

/** `type`, `kind` and `id` first, then what the type carries. */
function change(c: Change): Record<string, unknown> {
  const { type, kind, id, ...rest } = c;
  return { type, kind, ...(id !== undefined ? { id } : {}), ...rest };
}

function finding({ diagnostic: d, entity }: FindingChange, context: RenderContext): Record<string, unknown> {
  return {
    rule: d.rule,
    severity: d.severity,
    file: displayPath(context, d.file),
    line: d.line,
    column: d.column,
    message: d.message,
    path: d.path,
    ...(entity ? { entity } : {}),
    ...(d.waived ? { waived: d.waived } : {}),
  };
}
