import type { Diagnostic } from '../../inventory/diagnostic.js';

export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly waived: number;
}

/** Counts by severity; waived findings are counted apart and not in the others. */
export function summarize(diagnostics: readonly Diagnostic[]): LintSummary {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let waived = 0;
  for (const d of diagnostics) {
    if (d.waived) waived++;
    else if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes, waived };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
