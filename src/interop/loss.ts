// The loss report every import and export ends with: per row or resource, what became what, what was
// kept only as notes, what was dropped and why. A translation adds entries as it goes; the command
// prints the report as text or writes it as JSON.
import { printable } from '../render/terminal.js';

/**
 * What happened to a source value: `became` structure, kept only in `notes`, `dropped` (the target has
 * no place for it), or an `error` (the row or resource could not be read and was left out).
 */
export type LossKind = 'became' | 'notes' | 'dropped' | 'error';

/** Where a value was: a sheet, row and column of a spreadsheet, or a resource of a manifest. */
export interface Place {
  readonly file?: string;
  readonly sheet?: string;
  /** 1-based, as the spreadsheet program numbers it. */
  readonly row?: number;
  readonly column?: string;
  readonly resource?: string;
}

export interface LossEntry {
  readonly at: Place;
  readonly kind: LossKind;
  /** The source value or field. */
  readonly from: string;
  /** What it became in the target, for `became` and `notes`. */
  readonly to?: string;
  readonly reason?: string;
}

export class LossReport {
  readonly entries: LossEntry[] = [];

  constructor(
    readonly direction: 'import' | 'export',
    readonly format: string,
  ) {}

  add(at: Place, kind: LossKind, from: string, to?: string, reason?: string): void {
    this.entries.push({ at, kind, from, ...(to !== undefined ? { to } : {}), ...(reason ? { reason } : {}) });
  }

  count(kind: LossKind): number {
    return this.entries.filter((e) => e.kind === kind).length;
  }
}

/** "sheet Activities, row 4, column Retention schedule"; "system cookie_house, egress". */
export function placeText(at: Place): string {
  const parts = [
    at.file,
    at.sheet !== undefined ? `sheet ${at.sheet}` : undefined,
    at.row !== undefined ? `row ${at.row}` : undefined,
    at.resource,
    at.column !== undefined ? `${at.resource === undefined ? 'column ' : ''}${at.column}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.join(', ') || 'the whole input';
}

const LABELS: Record<LossKind, string> = {
  became: 'became',
  notes: 'kept as notes',
  dropped: 'dropped',
  error: 'error',
};

/** Text longer than this is cut in the printed report (the JSON report keeps it whole). */
const SHOWN = 120;

function shown(text: string): string {
  const line = printable(text);
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
}

/** The counts line: "12 became structure, 2 kept as notes, 1 dropped, 1 error". */
export function lossSummary(report: LossReport): string {
  const n = (kind: LossKind) => report.count(kind);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n('became')} became structure, ${n('notes')} kept as notes, ${n('dropped')} dropped, ${plural(n('error'), 'error')}`;
}

/** The report for a terminal: one line per entry, grouped by place, errors first; every value printable. */
export function lossText(report: LossReport): string {
  const lines = [`Loss report (${report.direction} ${report.format}): ${lossSummary(report)}`];
  const order: LossKind[] = ['error', 'dropped', 'notes', 'became'];
  for (const kind of order) {
    const entries = report.entries.filter((e) => e.kind === kind);
    if (entries.length === 0) continue;
    lines.push('', `${LABELS[kind][0]!.toUpperCase()}${LABELS[kind].slice(1)}:`);
    for (const e of entries) {
      const target = e.to !== undefined ? ` -> ${shown(e.to)}` : '';
      const reason = e.reason ? ` (${shown(e.reason)})` : '';
      lines.push(`  ${shown(placeText(e.at))}: ${shown(e.from)}${target}${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The report as JSON, for `--report FILE`: every entry whole, in the order it was made. */
export function lossJson(report: LossReport): string {
  return `${JSON.stringify(
    {
      direction: report.direction,
      format: report.format,
      counts: {
        became: report.count('became'),
        notes: report.count('notes'),
        dropped: report.count('dropped'),
        error: report.count('error'),
      },
      entries: report.entries,
    },
    null,
    2,
  )}\n`;
}
