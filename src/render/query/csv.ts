import type { QueryResult } from '../../views/query/tabular.js';
import { csv } from '../csv.js';

/** The view's rows with a header line; the facts shown above tables are left out (they are not rows). */
export function queryCsv(result: QueryResult): string {
  // asked for once: the matrix makes its grid of categories x recipients each time it is asked
  const { columns, rows } = result.table;
  return csv(columns, rows);
}
