import type { Diagnostic } from '../../inventory/diagnostic.js';
import { displayPath, relatedPath, type RenderContext } from '../context.js';
import { jsonDocument } from '../json-document.js';
import { summarize } from './summary.js';

/**
 * The stable JSON shape (format version 1; documented in the README): a summary and every diagnostic,
 * sorted by file, line, column and rule. Positions are 1-based; `file` is relative to the working folder.
 */
export function json(diagnostics: readonly Diagnostic[], context: RenderContext): string {
  return jsonDocument(1, context.version, {
    summary: summarize(diagnostics),
    diagnostics: diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      file: displayPath(context, d.file),
      line: d.line,
      column: d.column,
      ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
      message: d.message,
      path: d.path,
      ...(d.related ? { related: d.related.map((r) => ({ ...r, file: relatedPath(context, r) })) } : {}),
      ...(d.waived ? { waived: d.waived } : {}),
    })),
  });
}
