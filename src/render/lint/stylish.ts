import chalk from 'chalk';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { displayPath, type RenderContext } from '../context.js';
import { printable } from '../terminal.js';
import { plural, summarize } from './summary.js';

/** ESLint's "stylish": findings grouped by file, `line:col  severity  message  rule`, then a count. */
export function stylish(diagnostics: readonly Diagnostic[], context: RenderContext): string {
  if (diagnostics.length === 0) return '';
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push('', chalk.underline(printable(displayPath(context, file))));
    const rows = list.map((d) => [
      `${d.line}:${d.column}`,
      d.waived ? 'waived' : d.severity,
      printable(
        d.message +
          relatedText(d, context) +
          (d.waived ? ` [waived${d.waived.reason ? `: ${d.waived.reason}` : ''}]` : ''),
      ),
      printable(d.rule),
    ]);
    // reduce, not Math.max(...rows): a spread of 100,000+ rows overflows the call stack
    const widths = [0, 1, 2].map((i) => rows.reduce((width, row) => Math.max(width, row[i]!.length), 0));
    for (const row of rows) {
      const [where, severity, message, rule] = row as [string, string, string, string];
      const color = severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
      out.push(
        `  ${chalk.dim(where.padEnd(widths[0]!))}  ${color(severity.padEnd(widths[1]!))}  ${message.padEnd(widths[2]!)}  ${chalk.dim(rule)}`.trimEnd(),
      );
    }
  }
  const s = summarize(diagnostics);
  const problems = s.errors + s.warnings + s.notes;
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notes, 'note')];
  const mark = s.errors > 0 ? chalk.red.bold : s.warnings > 0 ? chalk.yellow.bold : chalk.bold;
  out.push(
    '',
    mark(
      `${problems > 0 ? '✖' : '✔'} ${plural(problems, 'problem')} (${parts.join(', ')})${s.waived ? `, ${s.waived} waived` : ''}`,
    ),
    '',
  );
  return out.join('\n');
}

/** Other places in the inventory; places in the code are already named by drift's messages. */
function relatedText(d: Diagnostic, context: RenderContext): string {
  if (!d.related?.length) return '';
  return d.related
    .filter((r) => !r.code)
    .map((r) => ` (see ${displayPath(context, r.file)}:${r.line}:${r.column})`)
    .join('');
}
