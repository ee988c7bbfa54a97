import type { FlowGraph } from '../../views/graph.js';
import type { ProcessingRecord } from '../../views/record.js';
import type { RetentionRow } from '../../views/retention.js';
import type { RenderContext, RenderOptions } from '../context.js';
import type { Rendered } from '../rendered.js';
import { csvPieces } from './csv.js';
import { recordHtml, sheetHtml } from './html.js';
import { recordJsonPieces, retentionJson } from './json.js';
import { recordMarkdown, sheetMarkdown } from './markdown.js';
import {
  activitiesSheet,
  controllerSheet,
  findingsSheet,
  recipientsSheet,
  retentionSheet,
} from './sheets.js';
import { recordTable, sheetTable } from './table.js';
import { xlsx } from './xlsx.js';

/** What `ropa report` renders: the record, the schedule for the Retention sheet, the flows for the picture. */
export interface Report {
  readonly record: ProcessingRecord;
  readonly retention: readonly RetentionRow[];
  readonly flows: FlowGraph;
}

export const REPORT_FORMATS = {
  table: (report: Report, _context: RenderContext, options: RenderOptions = {}) =>
    recordTable(report.record, options),
  markdown: (report: Report) => recordMarkdown(report.record),
  html: (report: Report, context: RenderContext) => recordHtml(report.record, report.flows, context),
  csv: (report: Report) => csvPieces(activitiesSheet(report.record)),
  json: (report: Report, context: RenderContext) => recordJsonPieces(report.record, context),
  xlsx: (report: Report, context: RenderContext) =>
    xlsx([
      controllerSheet(report.record),
      activitiesSheet(report.record),
      retentionSheet(report.retention),
      recipientsSheet(report.record),
      findingsSheet(report.record, context),
    ]),
} satisfies Record<
  string,
  (report: Report, context: RenderContext, options?: RenderOptions) => Rendered | Promise<Rendered>
>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

const RETENTION_TITLE = 'Retention schedule';

export const RETENTION_FORMATS = {
  table: (rows: readonly RetentionRow[], _context: RenderContext, options: RenderOptions = {}) =>
    sheetTable(retentionSheet(rows), RETENTION_TITLE, [18, 16, 20, 12, 13, 10, 24, 8, 18, 28], options),
  markdown: (rows: readonly RetentionRow[]) => sheetMarkdown(retentionSheet(rows), RETENTION_TITLE),
  html: (rows: readonly RetentionRow[], context: RenderContext) =>
    sheetHtml(retentionSheet(rows), RETENTION_TITLE, context),
  csv: (rows: readonly RetentionRow[]) => csvPieces(retentionSheet(rows)),
  json: (rows: readonly RetentionRow[], context: RenderContext) => retentionJson(rows, context),
  xlsx: (rows: readonly RetentionRow[]) => xlsx([retentionSheet(rows)]),
} satisfies Record<
  string,
  (
    rows: readonly RetentionRow[],
    context: RenderContext,
    options?: RenderOptions,
  ) => Rendered | Promise<Rendered>
>;
