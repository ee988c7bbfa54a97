import type { Diagnostic } from '../../inventory/diagnostic.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { displayPath, type RenderContext } from '../context.js';
import { plural, summarize } from './summary.js';

/**
 * GitHub-flavoured Markdown for a pull-request comment or a job summary: the counts, then one table row
 * per finding. Values are escaped so that no pipe, newline or markup in a message breaks the table.
 */
export function markdown(diagnostics: readonly Diagnostic[], context: RenderContext): string {
  const s = summarize(diagnostics);
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}${s.waived ? `, ${s.waived} waived` : ''}`;
  const out = [`## ropa lint: ${escape(context.root)}`, '', `**${counts}**`, ''];
  if (diagnostics.length === 0) {
    out.push('No findings.', '');
    return out.join('\n');
  }
  out.push('| Severity | Location | Finding | Rule |', '| --- | --- | --- | --- |');
  for (const d of diagnostics) {
    const rule = RULES_BY_ID.get(d.rule);
    const id = rule?.helpUri ? `[${escape(d.rule)}](${rule.helpUri})` : escape(d.rule);
    const waived = d.waived ? ` (waived${d.waived.reason ? `: ${d.waived.reason}` : ''})` : '';
    out.push(
      `| ${d.waived ? 'waived' : d.severity} | ${escape(`${displayPath(context, d.file)}:${d.line}:${d.column}`)} | ${escape(d.message + waived)} | ${id} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

/** Escapes Markdown punctuation, HTML and pipes; newlines become <br> so a value stays in its cell. */
export function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|#~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/\r\n|\r|\n/g, '<br>');
}
