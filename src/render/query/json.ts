import type { QueryResult } from '../../views/query/tabular.js';
import { jsonDocumentPieces } from '../json-document.js';
import type { QueryContext } from './index.js';

/** Format version of `ropa query --format json`; bumped on any incompatible change to a view's shape. */
export const QUERY_JSON_VERSION = 1;

/**
 * The view's documented shape after the format version and the tool, as lint, report and diff JSON, in
 * pieces: the transfers and the matrix of a large inventory list hundreds of thousands of flows.
 */
export function queryJson(result: QueryResult, context: QueryContext): Iterable<string> {
  return jsonDocumentPieces(QUERY_JSON_VERSION, context.version, result.data);
}
