import { dataItems, recipientCountries, type Inventory } from '../../inventory/model.js';
import { categoryFlows } from '../flows.js';
import { sortedUnique } from '../order.js';
import { describeRetention, writtenRule, type WrittenRule } from '../retention.js';
import { assessTransfer, type CountryTransfer } from '../transfer-status.js';
import { lookup, ref } from './lookup.js';
import { describeTransfer, purposeBasis, type PurposeBasis } from './recipient.js';
import { list, named, type QueryResult } from './tabular.js';

type Ref = { id: string; name: string };

export interface CategoryQuery {
  readonly view: 'category';
  readonly category: {
    readonly id: string;
    readonly name: string;
    readonly special: string[];
    readonly criminal: boolean;
  };
  readonly data: { name: string; description: string | null; taxonomy: string | null }[];
  readonly subjects: Ref[];
  readonly sources: { type: string; from: string | null; description: string | null }[];
  readonly purposes: PurposeBasis[];
  /** False when the category has no `recipients` list at all (not stated, unlike an empty list). */
  readonly recipients_stated: boolean;
  readonly recipients: {
    readonly id: string;
    readonly name: string;
    readonly role: string | null;
    readonly purposes: string[];
    readonly data: string[];
    readonly transfers: CountryTransfer[];
  }[];
  readonly systems: Ref[];
  readonly retention: WrittenRule[];
}

export function categoryQuery(inventory: Inventory, id: string, today: string): QueryResult<CategoryQuery> {
  const category = lookup(inventory, 'category', id);
  const data: CategoryQuery = {
    view: 'category',
    category: {
      id,
      name: category.name,
      special: category.special ?? [],
      criminal: category.criminal ?? false,
    },
    data: dataItems(category).map((item) => ({
      name: item.name,
      description: item.description ?? null,
      taxonomy: item.taxonomy ?? null,
    })),
    subjects: sortedUnique(category.subjects ?? []).map((s) => ref(inventory, 'subject', s)),
    sources: (category.sources ?? []).map((source) => ({
      type: source.type,
      from: source.from ?? null,
      description: source.description ?? null,
    })),
    purposes: sortedUnique(category.purposes ?? []).map((p) => purposeBasis(inventory, p)),
    recipients_stated: category.recipients !== undefined,
    recipients: categoryFlows(inventory, category).map((flow) => ({
      id: flow.recipient.id,
      name: flow.recipient.name,
      role: flow.recipient.role ?? null,
      purposes: flow.purposes,
      data: flow.data,
      transfers: recipientCountries(flow.recipient).map((country) =>
        assessTransfer(flow.recipient, country, today),
      ),
    })),
    systems: sortedUnique(category.systems ?? []).map((s) => ref(inventory, 'system', s)),
    retention: (category.retention ?? []).map(writtenRule),
  };
  return {
    data,
    table: {
      title: `Category ${named(data.category)}`,
      facts: [
        ['Special categories', data.category.special.length === 0 ? 'none' : list(data.category.special)],
        ['Criminal data', data.category.criminal ? 'yes' : 'no'],
      ],
      columns: ['Relation', 'Id', 'Name', 'Details'],
      rows: [
        ...data.data.map((item) => ['data', '', item.name, item.description ?? '']),
        ...data.subjects.map((s) => ['subject', s.id, s.name, '']),
        ...data.sources.map((s) => ['source', s.from ?? '', s.type, s.description ?? '']),
        ...data.purposes.map((p) => ['purpose', p.id, p.name, basisText(p)]),
        ...(data.recipients_stated ? [] : [['recipient', '', '', 'not stated']]),
        ...data.recipients.map((r) => ['recipient', r.id, r.name, recipientDetails(r)]),
        ...data.systems.map((s) => ['system', s.id, s.name, '']),
        ...data.retention.map((r) => ['retention', '', '', describeRetention(r)]),
      ],
    },
  };
}

function basisText(purpose: PurposeBasis): string {
  return `lawful basis: ${purpose.lawful_basis ?? 'not stated'}`;
}

function recipientDetails(r: CategoryQuery['recipients'][number]): string {
  return [
    `role: ${r.role ?? 'not stated'}`,
    `purposes: ${list(r.purposes)}`,
    `data: ${list(r.data)}`,
    `countries: ${r.transfers.length === 0 ? 'not stated' : list(r.transfers.map(describeTransfer))}`,
  ].join('; ');
}
