import type { Inventory } from '../../inventory/model.js';
import { pushTo } from '../../grouping.js';
import { mapped } from '../../iterables.js';
import { allFlows } from '../flows.js';
import { sortById } from '../order.js';
import type { QueryResult, Tabular } from './tabular.js';

export interface MatrixQuery {
  readonly view: 'matrix';
  /** Row and column ids, sorted. Every category and every recipient appears, even with no disclosure. */
  readonly categories: string[];
  readonly recipients: string[];
  /** The non-empty cells: what each recipient receives of each category. */
  readonly cells: {
    category: string;
    recipient: string;
    /** [] when the recipient receives the whole category; else what the disclosure narrows. */
    narrowed: ('purposes' | 'data')[];
    purposes: string[];
    data: string[];
  }[];
}

/** Categories x recipients: "all" for a whole category, else what the disclosure narrows it to. */
export function matrixQuery(inventory: Inventory): QueryResult<MatrixQuery> {
  const categories = sortById(inventory.categories).map((c) => c.id);
  const recipients = sortById(inventory.recipients).map((r) => r.id);
  const cells = allFlows(inventory).map((flow) => ({
    category: flow.category.id,
    recipient: flow.recipient.id,
    narrowed: flow.narrowed,
    purposes: flow.purposes,
    data: flow.data,
  }));
  const data: MatrixQuery = { view: 'matrix', categories, recipients, cells };
  return {
    data,
    // categories x recipients cells: only the table, csv and markdown formats need them written out
    get table() {
      return matrixTable(data);
    },
  };
}

function matrixTable({ categories, recipients, cells }: MatrixQuery): Tabular {
  const byCategory = new Map<string, MatrixQuery['cells']>();
  for (const cell of cells) pushTo(byCategory, cell.category, cell);
  // ids are unique once the inventory loads, unless a duplicate-id error is waived: then both columns show it
  const columnsOf = new Map<string, number[]>();
  recipients.forEach((recipient, i) => pushTo(columnsOf, recipient, i + 1));
  return {
    title: 'Categories x recipients',
    facts: [],
    columns: ['Category', ...recipients],
    // A row at a time, as it is written: the whole grid of a large organisation is tens of millions of
    // cells (30,000 categories x 1,500 recipients), nearly all empty
    rows: mapped(categories, (category) =>
      matrixRow(category, byCategory.get(category) ?? [], columnsOf, recipients.length),
    ),
  };
}

/** The category, then what each recipient receives of it ('' for nothing), from its non-empty cells. */
function matrixRow(
  category: string,
  cells: MatrixQuery['cells'],
  columnsOf: ReadonlyMap<string, readonly number[]>,
  recipients: number,
): string[] {
  const texts = new Map<string, string[]>();
  for (const cell of cells) pushTo(texts, cell.recipient, cellText(cell));
  const row = new Array<string>(recipients + 1).fill('');
  row[0] = category;
  for (const [recipient, parts] of texts) {
    const text = parts.join('; ');
    for (const column of columnsOf.get(recipient) ?? []) row[column] = text;
  }
  return row;
}

function cellText(cell: MatrixQuery['cells'][number]): string {
  if (cell.narrowed.length === 0) return 'all';
  return [
    ...(cell.narrowed.includes('purposes') ? [`for ${cell.purposes.join(', ')}`] : []),
    ...(cell.narrowed.includes('data') ? [cell.data.join(', ')] : []),
  ].join(': ');
}
