import type { QueryResult } from '../../views/query/tabular.js';
import { queryCsv } from './csv.js';
import { queryJson } from './json.js';
import { queryMarkdown } from './markdown.js';
import { queryTable } from './table.js';

export type QueryFormat = 'table' | 'json' | 'csv' | 'markdown';

export const QUERY_FORMATS: Readonly<Record<QueryFormat, (result: QueryResult) => string>> = {
  table: queryTable,
  json: queryJson,
  csv: queryCsv,
  markdown: queryMarkdown,
};
