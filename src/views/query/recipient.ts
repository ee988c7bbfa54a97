import { recipientCountries, type Inventory, type Recipient } from '../../inventory/model.js';
import { allFlows } from '../flows.js';
import { compareText, sortById } from '../order.js';
import { assessTransfer, type CountryTransfer } from '../transfer-status.js';
import { lookup, ref } from './lookup.js';
import type { Gaps } from '../gaps.js';
import type { WaiverInfo } from '../../inventory/diagnostic.js';
import { gapText, ruleMark } from '../stated.js';
import { list, named, type QueryResult } from './tabular.js';
import { basisText, describeTransfer, noCountryText, roleText } from './wording.js';

export interface PurposeBasis {
  readonly id: string;
  readonly name: string;
  readonly lawful_basis: string | null;
}

/** Something lint finds wanting about this recipient: a finding's rule and message. */
export interface Missing {
  readonly rule: string;
  readonly message: string;
  /** The waiver that accepts the finding, when one does. */
  readonly waived?: WaiverInfo;
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

export function recipientQuery(
  inventory: Inventory,
  id: string,
  today: string,
  gaps: Gaps,
): QueryResult<RecipientQuery> {
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
    missing: missingFor(inventory, recipient, [...purposes.values()], gaps),
  };
  return { data, table: recipientTable(inventory, data, recipient, gaps) };
}

export function purposeBasis(inventory: Inventory, id: string): PurposeBasis {
  const purpose = inventory.byId.purpose.get(id);
  return { ...ref(inventory, 'purpose', id), lawful_basis: purpose?.lawful_basis ?? null };
}

/**
 * What lint finds wanting about the recipient (its own findings, and the lawful basis missing from a
 * purpose it receives data for), under the configuration lint ran with: the same gaps the record marks.
 */
function missingFor(
  inventory: Inventory,
  recipient: Recipient,
  purposes: readonly PurposeBasis[],
  gaps: Gaps,
): Missing[] {
  const bases = [...purposes]
    .sort((a, b) => compareText(a.id, b.id))
    .flatMap((p) => {
      const purpose = inventory.byId.purpose.get(p.id);
      return purpose ? gaps.about(purpose.loc).filter((d) => d.rule === 'lawful-basis-missing') : [];
    });
  return [...gaps.about(recipient.loc), ...bases].map((d) => ({
    rule: d.rule,
    message: d.message,
    ...(d.waived ? { waived: d.waived } : {}),
  }));
}

/** The roles the law asks a contract or an arrangement of (Art 28(3), 26(1)). */
const CONTRACTED: ReadonlySet<string> = new Set(['processor', 'sub-processor', 'joint-controller']);

function recipientTable(
  inventory: Inventory,
  data: RecipientQuery,
  recipient: Recipient,
  gaps: Gaps,
): QueryResult['table'] {
  const contractRule =
    recipient.role === 'joint-controller' ? 'joint-controller-no-arrangement' : 'processor-no-contract';
  return {
    title: `Recipient ${named(data.recipient)}`,
    facts: [
      ['Role', roleText(recipient, gaps)],
      // as in the record: the contract of a processor, the arrangement of a joint controller
      ...(data.recipient.contract !== null || CONTRACTED.has(recipient.role ?? '')
        ? [['Contract', data.recipient.contract ?? gapText(gaps.gap(contractRule, recipient.loc))] as const]
        : []),
      [
        'Countries',
        data.transfers.length === 0
          ? noCountryText(recipient, gaps)
          : list(data.transfers.map(describeTransfer)),
      ],
      ...(data.provides.length > 0
        ? [['Source of', list(data.provides.map((p) => p.category))] as const]
        : []),
      [
        'Missing',
        data.missing.length === 0
          ? 'nothing'
          : data.missing
              .map(
                (m) =>
                  `${m.message}${ruleMark({ not_stated: true, rule: m.rule, ...(m.waived ? { waived: m.waived } : {}) })}`,
              )
              .join('; '),
      ],
    ],
    columns: ['Category', 'Data', 'Subjects', 'Purpose', 'Lawful basis'],
    rows: data.receives.flatMap((r) =>
      (r.purposes.length === 0 ? [null] : r.purposes).map((purpose) => [
        r.category,
        list(r.data),
        list(r.subjects),
        purpose?.id ?? '',
        purpose === null ? '' : basisText(inventory, purpose.id, gaps),
      ]),
    ),
  };
}
