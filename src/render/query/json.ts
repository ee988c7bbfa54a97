import type { QueryResult } from '../../views/query/tabular.js';

/** The view's documented shape, two-space indented. */
export function queryJson(result: QueryResult): string {
  return `${JSON.stringify(result.data, null, 2)}\n`;
}
