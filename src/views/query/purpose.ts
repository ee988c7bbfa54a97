import { pushTo } from '../../grouping.js';
import { dataItems, recipientCountries, type Inventory } from '../../inventory/model.js';
import { allFlows } from '../flows.js';
import { sortById, sortedUnique } from '../order.js';
import type { Gaps } from '../gaps.js';
import { conditionTerm, termText } from '../legal-terms.js';
import { retentionFor, type WrittenRule } from '../retention.js';
import { assessTransfer, type CountryTransfer } from '../transfer-status.js';
import { lookup, ref } from './lookup.js';
import { list, named, type QueryResult } from './tabular.js';
import { basisText, recipientRow } from './wording.js';

type Ref = { id: string; name: string };

export interface PurposeQuery {
  readonly view: 'purpose';
  readonly purpose: {
    readonly id: string;
    readonly name: string;
    readonly lawful_basis: string | null;
    readonly legitimate_interest: string | null;
    readonly legal_reference: string | null;
    readonly special_condition: string | null;
    readonly owner: string | null;
  };
  /** Categories used for it, with their data items and subjects. */
  readonly categories: { id: string; name: string; data: string[]; subjects: string[] }[];
  readonly subjects: Ref[];
  /** Recipients that receive data for it, with the categories they receive. */
  readonly recipients: {
    id: string;
    name: string;
    role: string | null;
    categories: string[];
    transfers: CountryTransfer[];
  }[];
  readonly systems: Ref[];
  /** Retention rules that apply to it, with their category. */
  readonly retention: (WrittenRule & { category: string })[];
}

export function purposeQuery(
  inventory: Inventory,
  id: string,
  today: string,
  gaps: Gaps,
): QueryResult<PurposeQuery> {
  const purpose = lookup(inventory, 'purpose', id);
  const categories = servingCategories(inventory, id);
  const retained = categories.flatMap((c) =>
    retentionFor(c, { purpose: id }, gaps).map((r) => ({ category: c.id, ...r })),
  );
  // each recipient's categories gathered in one pass over the flows, not one pass per recipient
  const received = new Map<string, string[]>();
  for (const flow of allFlows(inventory)) {
    if (!flow.purposes.includes(id)) continue;
    pushTo(received, flow.recipient.id, flow.category.id);
  }
  const recipientIds = sortedUnique([...received.keys()]);
  const data: PurposeQuery = {
    view: 'purpose',
    purpose: {
      id,
      name: purpose.name,
      lawful_basis: purpose.lawful_basis ?? null,
      legitimate_interest: purpose.legitimate_interest ?? null,
      legal_reference: purpose.legal_reference ?? null,
      special_condition: purpose.special_condition ?? null,
      owner: purpose.owner ?? null,
    },
    categories: categories.map((c) => ({
      id: c.id,
      name: c.name,
      data: dataItems(c).map((item) => item.name),
      subjects: sortedUnique(c.subjects ?? []),
    })),
    subjects: sortedUnique(categories.flatMap((c) => c.subjects ?? [])).map((s) =>
      ref(inventory, 'subject', s),
    ),
    recipients: recipientIds.map((rid) => {
      const recipient = inventory.byId.recipient.get(rid)!;
      return {
        id: rid,
        name: recipient.name,
        role: recipient.role ?? null,
        categories: sortedUnique(received.get(rid)!),
        transfers: recipientCountries(recipient).map((country) => assessTransfer(recipient, country, today)),
      };
    }),
    systems: sortedUnique(categories.flatMap((c) => c.systems ?? [])).map((s) => ref(inventory, 'system', s)),
    retention: retained.map((r) => ({ category: r.category, ...r.rule })),
  };
  const p = data.purpose;
  return {
    data,
    table: {
      title: `Purpose ${named(p)}`,
      facts: [
        ['Lawful basis', basisText(inventory, id, gaps)],
        ...(p.legitimate_interest === null ? [] : [['Legitimate interest', p.legitimate_interest] as const]),
        ...(p.legal_reference === null ? [] : [['Legal reference', p.legal_reference] as const]),
        ...(p.special_condition === null
          ? []
          : [['Art 9(2) condition', termText(conditionTerm(p.special_condition))] as const]),
        ...(p.owner === null ? [] : [['Owner', p.owner] as const]),
      ],
      columns: ['Relation', 'Id', 'Name', 'Details'],
      rows: [
        ...data.categories.map((c) => ['category', c.id, c.name, `data: ${list(c.data)}`]),
        ...data.subjects.map((s) => ['subject', s.id, s.name, '']),
        ...data.recipients.map((r) =>
          recipientRow(
            inventory,
            r,
            [`categories: ${list(r.categories.map((c) => inventory.byId.category.get(c)?.name ?? c))}`],
            gaps,
          ),
        ),
        ...data.systems.map((s) => ['system', s.id, s.name, '']),
        ...retained.map((r) => ['retention', r.category, '', r.text]),
      ],
    },
  };
}

/** The categories that serve the purpose, by id. */
function servingCategories(inventory: Inventory, id: string) {
  return sortById(inventory.categories).filter((c) => (c.purposes ?? []).includes(id));
}
