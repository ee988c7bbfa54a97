import { recipientCountries, type Inventory } from '../../inventory/model.js';
import { mapped } from '../../iterables.js';
import { allFlows } from '../flows.js';
import { sortedUnique } from '../order.js';
import { assessTransfer, type TransferStatus } from '../transfer-status.js';
import { list, type QueryResult, type Tabular } from './tabular.js';

// Own staff and publication to the public are not transfers to a country
const NO_COUNTRY_NEEDED: ReadonlySet<string> = new Set(['internal', 'public']);

export interface TransfersQuery {
  readonly view: 'transfers';
  /** Every flow leaving the EEA: category -> recipient -> country, sorted by category, recipient, country. */
  readonly transfers: {
    category: string;
    category_name: string;
    recipient: string;
    recipient_name: string;
    role: string | null;
    country: string;
    country_name: string;
    status: Exclude<TransferStatus, 'not-a-transfer'>;
    mechanism: string | null;
    article: string | null;
    tia: string | null;
    data: string[];
    purposes: string[];
  }[];
  /** Recipients that receive data but state no country, so whether their flows leave the EEA is unknown. */
  readonly unassessed: string[];
}

export function transfersQuery(inventory: Inventory, today: string): QueryResult<TransfersQuery> {
  const flows = allFlows(inventory);
  const transfers: TransfersQuery['transfers'] = [];
  for (const flow of flows) {
    for (const country of [...recipientCountries(flow.recipient)].sort()) {
      const transfer = assessTransfer(flow.recipient, country, today);
      if (transfer.status === 'not-a-transfer') continue;
      transfers.push({
        category: flow.category.id,
        category_name: flow.category.name,
        recipient: flow.recipient.id,
        recipient_name: flow.recipient.name,
        role: flow.recipient.role ?? null,
        country,
        country_name: transfer.country_name,
        status: transfer.status,
        mechanism: transfer.mechanism,
        article: transfer.article,
        tia: transfer.tia,
        data: flow.data,
        purposes: flow.purposes,
      });
    }
  }
  const unassessed = sortedUnique(
    flows
      .filter(
        (f) => !NO_COUNTRY_NEEDED.has(f.recipient.role ?? '') && recipientCountries(f.recipient).length === 0,
      )
      .map((f) => f.recipient.id),
  );
  const data: TransfersQuery = { view: 'transfers', transfers, unassessed };
  return {
    data,
    // made when asked for: json writes the transfers as they are, without a row copied for each
    get table() {
      return transfersTable(data);
    },
  };
}

function transfersTable({ transfers, unassessed }: TransfersQuery): Tabular {
  const count = (status: string) => transfers.filter((t) => t.status === status).length;
  return {
    title: 'Transfers outside the EEA',
    facts: [
      [
        'Flows',
        `${transfers.length} (${['adequate', 'safeguarded', 'derogation', 'missing', 'invalid']
          .map((s) => `${count(s)} ${s}`)
          .join(', ')})`,
      ],
      ['Recipients with no country', unassessed.length === 0 ? 'none' : list(unassessed)],
    ],
    columns: ['Category', 'Recipient', 'Country', 'Mechanism', 'Article', 'Status'],
    // a row at a time, as it is written
    rows: mapped(transfers, (t) => [
      t.category,
      t.recipient,
      t.country,
      t.mechanism ?? '',
      t.article ?? '',
      t.status,
    ]),
  };
}
