import type { QueryResult } from '../../views/query/tabular.js';
import { csvLines } from '../csv.js';

/**
 * The view's rows with a header line, a line at a time; the facts shown above tables are left out (they
 * are not rows).
 */
export function queryCsv(result: QueryResult): Iterable<string> {
  // asked for once: the matrix makes its grid of categories x recipients each time it is asked
  const { columns, rows } = result.table;
  return csvLines(columns, rows);
}
