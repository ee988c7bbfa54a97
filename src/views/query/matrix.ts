import type { Inventory } from '../../inventory/model.js';
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
  const texts = new Map<string, Map<string, string[]>>();
  for (const cell of cells) {
    const row = texts.get(cell.category) ?? new Map<string, string[]>();
    texts.set(cell.category, row);
    row.set(cell.recipient, [...(row.get(cell.recipient) ?? []), cellText(cell)]);
  }
  return {
    title: 'Categories x recipients',
    facts: [],
    columns: ['Category', ...recipients],
    rows: categories.map((category) => {
      const row = texts.get(category);
      return [category, ...recipients.map((recipient) => row?.get(recipient)?.join('; ') ?? '')];
    }),
  };
}

function cellText(cell: MatrixQuery['cells'][number]): string {
  if (cell.narrowed.length === 0) return 'all';
  return [
    ...(cell.narrowed.includes('purposes') ? [`for ${cell.purposes.join(', ')}`] : []),
    ...(cell.narrowed.includes('data') ? [cell.data.join(', ')] : []),
  ].join(': ');
}
