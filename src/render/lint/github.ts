import type { Diagnostic } from '../../inventory/diagnostic.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { displayPath, type RenderContext } from '../context.js';
import { printable } from '../terminal.js';

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one annotation per finding, escaped as the runner expects (the same
 * escaping as @actions/core): `%`, CR and LF in the message; those and `:` and `,` in property values.
 * Waived findings become notices so that they stay visible without failing anything.
 */
export function github(diagnostics: readonly Diagnostic[], context: RenderContext): string {
  return diagnostics
    .map((d) => {
      const rule = RULES_BY_ID.get(d.rule);
      const title = `${d.rule}${rule ? ` (${rule.source})` : ''}${d.waived ? ' [waived]' : ''}`;
      const message = d.waived?.reason ? `${d.message} [waived: ${d.waived.reason}]` : d.message;
      const properties = { title, file: displayPath(context, d.file), line: d.line, col: d.column };
      const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      return `::${d.waived ? 'notice' : COMMAND[d.severity]} ${props}::${escapeData(message)}\n`;
    })
    .join('');
}

/** As @actions/core escapes; then other control characters show as escapes rather than reach the log raw. */
function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
