import type { ProcessingRecord } from '../../views/record.js';
import type { RetentionRow } from '../../views/retention.js';
import { displayPath, type RenderContext } from '../context.js';
import { jsonDocumentPieces } from '../json-document.js';

/** Format version of the JSON outputs; bumped on any incompatible change to schema/report.schema.json. */
export const REPORT_JSON_VERSION = 1;

/** The record as JSON (schema/report.schema.json): keys in a fixed order, arrays in inventory order. */
export function recordJson(record: ProcessingRecord, context: RenderContext): string {
  return [...recordJsonPieces(record, context)].join('');
}

/** The record's JSON text in pieces of an activity or a finding each, for a large record to be streamed. */
export function recordJsonPieces(record: ProcessingRecord, context: RenderContext): Iterable<string> {
  return jsonDocumentPieces(REPORT_JSON_VERSION, context.version, {
    kind: 'record',
    ...record,
    findings: {
      ...record.findings,
      diagnostics: record.findings.diagnostics.map((d) => ({ ...d, file: displayPath(context, d.file) })),
    },
  });
}

/** The retention schedule as JSON (the `retention` variant of schema/report.schema.json), in pieces. */
export function retentionJson(schedule: readonly RetentionRow[], context: RenderContext): Iterable<string> {
  return jsonDocumentPieces(REPORT_JSON_VERSION, context.version, {
    kind: 'retention',
    language: context.language ?? 'en',
    retention: schedule,
  });
}
