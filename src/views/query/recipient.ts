import { recipientCountries, type Inventory, type Recipient } from '../../inventory/model.js';
import { allFlows } from '../flows.js';
import { sortById } from '../order.js';
import { assessTransfer, type CountryTransfer } from '../transfer-status.js';
import { lookup, ref } from './lookup.js';
import { list, named, type QueryResult } from './tabular.js';

export interface PurposeBasis {
  readonly id: string;
  readonly name: string;
  readonly lawful_basis: string | null;
}

/** Something the inventory should say about this recipient and does not. */
export interface Missing {
  /** The field to fill in, e.g. "contract", "transfer.mechanism", "lawful_basis". */
  readonly field: string;
  readonly message: string;
}

export interface RecipientQuery {
  readonly view: 'recipient';
  readonly recipient: {
    readonly id: string;
    readonly name: string;
    readonly role: string | null;
    readonly contract: string | null;
    readonly countries: string[];
  };
  /** One entry per country the recipient processes data in. */
  readonly transfers: CountryTransfer[];
  /** What it receives: one entry per disclosure, sorted by category id. */
  readonly receives: {
    readonly category: string;
    readonly category_name: string;
    readonly data: string[];
    readonly subjects: string[];
    readonly purposes: PurposeBasis[];
  }[];
  /** Categories it is a third-party source of (`sources[].from`). */
  readonly provides: { readonly category: string; readonly category_name: string }[];
  readonly missing: Missing[];
}

const CONTRACT_EXPECTED: Readonly<Record<string, string>> = {
  processor: 'no processing agreement stated (Art 28(3))',
  'sub-processor': 'no processing agreement stated (Art 28(4))',
  'joint-controller': 'no joint-controller arrangement stated (Art 26)',
};

export function recipientQuery(inventory: Inventory, id: string, today: string): QueryResult<RecipientQuery> {
  const recipient = lookup(inventory, 'recipient', id);
  const countries = recipientCountries(recipient);
  const transfers = countries.map((country) => assessTransfer(recipient, country, today));
  const receives = allFlows(inventory)
    .filter((flow) => flow.recipient.id === id)
    .map((flow) => ({
      category: flow.category.id,
      category_name: flow.category.name,
      data: flow.data,
      subjects: [...(flow.category.subjects ?? [])].sort(),
      purposes: flow.purposes.map((purpose) => purposeBasis(inventory, purpose)),
    }));
  const provides = sortById(inventory.categories)
    .filter((category) => (category.sources ?? []).some((source) => source.from === id))
    .map((category) => ({ category: category.id, category_name: category.name }));
  const purposes = new Map(receives.flatMap((r) => r.purposes).map((p) => [p.id, p]));
  const data: RecipientQuery = {
    view: 'recipient',
    recipient: {
      id,
      name: recipient.name,
      role: recipient.role ?? null,
      contract: recipient.contract ?? null,
      countries,
    },
    transfers,
    receives,
    provides,
    missing: missingFor(recipient, transfers, [...purposes.values()]),
  };
  return { data, table: recipientTable(data) };
}

export function purposeBasis(inventory: Inventory, id: string): PurposeBasis {
  const purpose = inventory.byId.purpose.get(id);
  return { ...ref(inventory, 'purpose', id), lawful_basis: purpose?.lawful_basis ?? null };
}

function missingFor(recipient: Recipient, transfers: CountryTransfer[], purposes: PurposeBasis[]): Missing[] {
  const missing: Missing[] = [];
  if (recipient.role === undefined) missing.push({ field: 'role', message: 'role not stated' });
  const contract = recipient.role === undefined ? undefined : CONTRACT_EXPECTED[recipient.role];
  if (contract !== undefined && recipient.contract === undefined)
    missing.push({ field: 'contract', message: contract });
  if (transfers.length === 0 && recipient.role !== 'internal' && recipient.role !== 'public') {
    missing.push({ field: 'country', message: 'country not stated: transfers cannot be assessed' });
  }
  for (const transfer of transfers) {
    if (transfer.status === 'missing') {
      missing.push({
        field: 'transfer.mechanism',
        message: `no transfer tool for ${transfer.country} (outside the EEA, no adequacy decision applies)`,
      });
    } else if (transfer.status === 'invalid') {
      missing.push({
        field: 'transfer.mechanism',
        message: `${transfer.mechanism} cannot cover ${transfer.country}`,
      });
    } else if (transfer.needs_tia && transfer.tia === null) {
      missing.push({
        field: 'transfer.tia',
        message: `no transfer impact assessment for ${transfer.country}`,
      });
    }
  }
  for (const purpose of purposes.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (purpose.lawful_basis === null) {
      missing.push({ field: 'lawful_basis', message: `purpose ${purpose.id} has no lawful basis` });
    }
  }
  return missing;
}

/** "US: missing", "AU: safeguarded (scc, 46(2)(c))". */
export function describeTransfer(transfer: CountryTransfer): string {
  const detail = [transfer.mechanism, transfer.article].filter((part) => part !== null);
  return `${transfer.country}: ${transfer.status}${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`;
}

function recipientTable(data: RecipientQuery): QueryResult['table'] {
  return {
    title: `Recipient ${named(data.recipient)}`,
    facts: [
      ['Role', data.recipient.role ?? 'not stated'],
      ['Contract', data.recipient.contract ?? 'not stated'],
      ['Countries', data.transfers.length === 0 ? 'not stated' : list(data.transfers.map(describeTransfer))],
      ...(data.provides.length > 0
        ? [['Source of', list(data.provides.map((p) => p.category))] as const]
        : []),
      ['Missing', data.missing.length === 0 ? 'nothing' : data.missing.map((m) => m.message).join('; ')],
    ],
    columns: ['Category', 'Data', 'Subjects', 'Purpose', 'Lawful basis'],
    rows: data.receives.flatMap((r) =>
      (r.purposes.length === 0 ? [null] : r.purposes).map((purpose) => [
        r.category,
        list(r.data),
        list(r.subjects),
        purpose?.id ?? '',
        purpose === null ? '' : (purpose.lawful_basis ?? 'not stated'),
      ]),
    ),
  };
}
