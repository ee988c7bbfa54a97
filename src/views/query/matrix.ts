import type { Inventory } from '../../inventory/model.js';
import { allFlows } from '../flows.js';
import { sortById } from '../order.js';
import type { QueryResult } from './tabular.js';

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
    table: {
      title: 'Categories x recipients',
      facts: [],
      columns: ['Category', ...recipients],
      rows: categories.map((category) => [
        category,
        ...recipients.map((recipient) =>
          cells
            .filter((cell) => cell.category === category && cell.recipient === recipient)
            .map(cellText)
            .join('; '),
        ),
      ]),
    },
  };
}

function cellText(cell: MatrixQuery['cells'][number]): string {
  if (cell.narrowed.length === 0) return 'all';
  return [
    ...(cell.narrowed.includes('purposes') ? [`for ${cell.purposes.join(', ')}`] : []),
    ...(cell.narrowed.includes('data') ? [cell.data.join(', ')] : []),
  ].join(': ');
}
