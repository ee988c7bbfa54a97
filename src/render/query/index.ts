import type { QueryResult } from '../../views/query/tabular.js';
import type { RenderContext } from '../context.js';
import { queryCsv } from './csv.js';
import { queryJson } from './json.js';
import { queryMarkdown } from './markdown.js';
import { queryTable } from './table.js';

export type QueryFormat = 'table' | 'json' | 'csv' | 'markdown';

/** What a query renderer needs besides the result. */
export interface QueryContext extends Pick<RenderContext, 'version'> {
  /**
   * The terminal's width in columns, for the table format to fit into; absent when the output is not a
   * terminal (a file, a pipe), where the table keeps its natural, deterministic layout.
   */
  readonly width?: number;
}

export const QUERY_FORMATS: Readonly<
  Record<QueryFormat, (result: QueryResult, context: QueryContext) => string | Iterable<string>>
> = {
  table: queryTable,
  json: queryJson,
  csv: queryCsv,
  markdown: queryMarkdown,
};
