import { recipientCountries, type Inventory } from '../../inventory/model.js';
import { InputError } from '../../inventory/read.js';
import { closest } from '../../inventory/did-you-mean.js';
import { allFlows } from '../flows.js';
import { sortById, sortedUnique } from '../order.js';
import {
  assessTransfer,
  countryCodes,
  countryName,
  isCountryCode,
  isEea,
  type TransferStatus,
} from '../transfer-status.js';
import { list, type QueryResult } from './tabular.js';

export interface CountryQuery {
  readonly view: 'country';
  readonly country: { code: string; name: string; eea: boolean };
  /** What goes there: one entry per disclosure to a recipient in that country, by category then recipient. */
  readonly flows: {
    category: string;
    category_name: string;
    data: string[];
    purposes: string[];
    recipient: string;
    recipient_name: string;
    role: string | null;
    status: TransferStatus;
    mechanism: string | null;
    article: string | null;
  }[];
  /** Systems located in that country. */
  readonly systems: { id: string; name: string }[];
}

export function countryQuery(inventory: Inventory, code: string): QueryResult<CountryQuery> {
  const cc = code.toUpperCase();
  if (!isCountryCode(cc)) {
    // Prefer the countries the inventory uses, then any ISO code
    const used = sortedUnique([
      ...inventory.recipients.flatMap(recipientCountries),
      ...inventory.systems.flatMap((s) => (s.country ? [s.country] : [])),
    ]);
    const match = closest(cc, used) ?? closest(cc, countryCodes());
    throw new InputError(
      `unknown country "${code}": expected an ISO 3166-1 alpha-2 code${match === undefined ? '' : ` (did you mean "${match}"?)`}`,
    );
  }
  const flows = allFlows(inventory)
    .filter((flow) => recipientCountries(flow.recipient).includes(cc))
    .map((flow) => {
      const transfer = assessTransfer(flow.recipient, cc);
      return {
        category: flow.category.id,
        category_name: flow.category.name,
        data: flow.data,
        purposes: flow.purposes,
        recipient: flow.recipient.id,
        recipient_name: flow.recipient.name,
        role: flow.recipient.role ?? null,
        status: transfer.status,
        mechanism: transfer.mechanism,
        article: transfer.article,
      };
    });
  const data: CountryQuery = {
    view: 'country',
    country: { code: cc, name: countryName(cc), eea: isEea(cc) },
    flows,
    systems: sortById(inventory.systems.filter((s) => s.country === cc)).map((s) => ({
      id: s.id,
      name: s.name,
    })),
  };
  return {
    data,
    table: {
      title: `Country ${data.country.name} (${cc})`,
      facts: [
        ['EEA', data.country.eea ? 'yes (not a transfer)' : 'no'],
        ['Systems', data.systems.length === 0 ? 'none' : list(data.systems.map((s) => s.id))],
      ],
      columns: ['Category', 'Data', 'Purposes', 'Recipient', 'Role', 'Mechanism', 'Status'],
      rows: flows.map((f) => [
        f.category,
        list(f.data),
        list(f.purposes),
        f.recipient,
        f.role ?? 'not stated',
        f.mechanism ?? '',
        f.status,
      ]),
    },
  };
}
