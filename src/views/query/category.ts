import { dataItems, recipientCountries, type Inventory } from '../../inventory/model.js';
import { categoryFlows } from '../flows.js';
import { sortedUnique } from '../order.js';
import type { Gaps } from '../gaps.js';
import { gapText } from '../stated.js';
import { retentionFor, type WrittenRule } from '../retention.js';
import { assessTransfer, type CountryTransfer } from '../transfer-status.js';
import { lookup, ref } from './lookup.js';
import { purposeBasis, type PurposeBasis } from './recipient.js';
import { list, named, type QueryResult } from './tabular.js';
import { basisText, recipientRow } from './wording.js';

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

export function categoryQuery(
  inventory: Inventory,
  id: string,
  today: string,
  gaps: Gaps,
): QueryResult<CategoryQuery> {
  const category = lookup(inventory, 'category', id);
  const retained = retentionFor(category, {}, gaps);
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
    retention: retained.map((r) => r.rule),
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
        ...data.purposes.map((p) => [
          'purpose',
          p.id,
          p.name,
          `lawful basis: ${basisText(inventory, p.id, gaps)}`,
        ]),
        ...(data.recipients_stated
          ? []
          : [['recipient', '', '', gapText(gaps.gap('recipients-missing', category.loc))]]),
        ...data.recipients.map((r) =>
          recipientRow(
            inventory,
            r,
            [
              `purposes: ${list(r.purposes.map((p) => inventory.byId.purpose.get(p)?.name ?? p))}`,
              `data: ${list(r.data)}`,
            ],
            gaps,
          ),
        ),
        ...data.systems.map((s) => ['system', s.id, s.name, '']),
        ...retained.map((r) => ['retention', '', '', r.text]),
      ],
    },
  };
}
