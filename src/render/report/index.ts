import type { FlowGraph } from '../../views/graph.js';
import type { ProcessingRecord } from '../../views/record.js';
import type { RetentionRow } from '../../views/retention.js';
import { wordsOf, type RenderContext, type RenderOptions } from '../context.js';
import type { Rendered } from '../rendered.js';
import { csvPieces } from './csv.js';
import { recordHtmlPieces, sheetHtml } from './html.js';
import { recordJsonPieces, retentionJson } from './json.js';
import { recordMarkdownPieces, sheetMarkdown } from './markdown.js';
import {
  activitiesAndRecipientsSheets,
  activitiesSheet,
  controllerSheet,
  findingsSheet,
  retentionSheet,
} from './sheets.js';
import { recordTablePieces, sheetTable } from './table.js';
import { xlsx } from './xlsx.js';

/** What `ropa report` renders: the record, the schedule for the Retention sheet, the flows for the picture. */
export interface Report {
  readonly record: ProcessingRecord;
  readonly retention: readonly RetentionRow[];
  readonly flows: FlowGraph;
}

export const REPORT_FORMATS = {
  table: (report: Report, context: RenderContext, options: RenderOptions = {}) =>
    recordTablePieces(report.record, options, wordsOf(context)),
  markdown: (report: Report, context: RenderContext) => recordMarkdownPieces(report.record, wordsOf(context)),
  html: (report: Report, context: RenderContext) => recordHtmlPieces(report.record, report.flows, context),
  csv: (report: Report, context: RenderContext) =>
    csvPieces(activitiesSheet(report.record, wordsOf(context))),
  json: (report: Report, context: RenderContext) => recordJsonPieces(report.record, context),
  xlsx: (report: Report, context: RenderContext) => {
    const w = wordsOf(context);
    // the Activities and Recipients sheets both go through the activities: they are made once, and the
    // Recipients sheet gathered on the way
    const [activities, recipients] = activitiesAndRecipientsSheets(report.record, w);
    return xlsx([
      controllerSheet(report.record, w),
      activities,
      retentionSheet(report.retention, w),
      recipients,
      findingsSheet(report.record, context),
    ]);
  },
} satisfies Record<
  string,
  (report: Report, context: RenderContext, options?: RenderOptions) => Rendered | Promise<Rendered>
>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

/** The schedule as one sheet, with its title, in the context's language. */
function schedule(rows: readonly RetentionRow[], context: RenderContext) {
  const w = wordsOf(context);
  return { w, sheet: retentionSheet(rows, w), title: w.t['ret.title'] };
}

export const RETENTION_FORMATS = {
  table: (rows: readonly RetentionRow[], context: RenderContext, options: RenderOptions = {}) => {
    const { w, sheet, title } = schedule(rows, context);
    return sheetTable(sheet, title, [18, 16, 20, 12, 13, 10, 24, 8, 18, 28], options, w);
  },
  markdown: (rows: readonly RetentionRow[], context: RenderContext) => {
    const { sheet, title } = schedule(rows, context);
    return sheetMarkdown(sheet, title);
  },
  html: (rows: readonly RetentionRow[], context: RenderContext) => {
    const { sheet, title } = schedule(rows, context);
    return sheetHtml(sheet, title, context);
  },
  csv: (rows: readonly RetentionRow[], context: RenderContext) => csvPieces(schedule(rows, context).sheet),
  json: (rows: readonly RetentionRow[], context: RenderContext) => retentionJson(rows, context),
  xlsx: (rows: readonly RetentionRow[], context: RenderContext) => xlsx([schedule(rows, context).sheet]),
} satisfies Record<
  string,
  (
    rows: readonly RetentionRow[],
    context: RenderContext,
    options?: RenderOptions,
  ) => Rendered | Promise<Rendered>
>;
