import type { QueryResult } from '../../views/query/tabular.js';
import { csv } from '../csv.js';

/** The view's rows with a header line; the facts shown above tables are left out (they are not rows). */
export function queryCsv(result: QueryResult): string {
  return csv(result.table.columns, result.table.rows);
}
