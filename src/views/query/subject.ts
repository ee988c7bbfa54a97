import lawfulBases from '../../reference/lawful-bases.json' with { type: 'json' };
import { dataItems, type Inventory } from '../../inventory/model.js';
import { rightKeys } from '../../reference/lawfulness.js';
import { categoryFlows } from '../flows.js';
import { rightTerm, rightText } from '../legal-terms.js';
import { sortById, sortedUnique } from '../order.js';
import type { Gaps } from '../gaps.js';
import { retentionFor, type WrittenRule } from '../retention.js';
import { lookup } from './lookup.js';
import { purposeBasis } from './recipient.js';
import { list, named, type QueryResult } from './tabular.js';
import { basisText } from './wording.js';

const RIGHTS: Readonly<Record<string, { article: string; label: string }>> = lawfulBases.rights;

export interface SubjectQuery {
  readonly view: 'subject';
  readonly subject: { id: string; name: string; minors: boolean; vulnerable: boolean };
  /** Every category held about this kind of person, sorted by id. */
  readonly categories: {
    id: string;
    name: string;
    data: string[];
    sources: { type: string; from: string | null; description: string | null }[];
    systems: string[];
    /** Retention rules that apply to this subject (all purposes). */
    retention: WrittenRule[];
    /** One entry per purpose of the category, sorted by id. */
    purposes: {
      id: string;
      name: string;
      lawful_basis: string | null;
      /** Rights that the basis gives (lawful-bases.json), [] when no basis is stated. */
      rights: string[];
      /** Recipients of this category for this purpose. */
      recipients: string[];
    }[];
  }[];
  /** Each right, with the purposes it applies to (only rights that apply to at least one). */
  readonly rights: { right: string; article: string; label: string; purposes: string[] }[];
  /** Purposes processing this subject's data with no lawful basis: their rights cannot be stated. */
  readonly purposes_without_basis: string[];
}

export function subjectQuery(
  inventory: Inventory,
  id: string,
  _today: string,
  gaps: Gaps,
): QueryResult<SubjectQuery> {
  const subject = lookup(inventory, 'subject', id);
  // The words for each retention rule, kept beside the data
  const texts = new Map<WrittenRule, string>();
  const categories = sortById(inventory.categories)
    .filter((c) => (c.subjects ?? []).includes(id))
    .map((c) => {
      const flows = categoryFlows(inventory, c);
      return {
        id: c.id,
        name: c.name,
        data: dataItems(c).map((item) => item.name),
        sources: (c.sources ?? []).map((s) => ({
          type: s.type,
          from: s.from ?? null,
          description: s.description ?? null,
        })),
        systems: sortedUnique(c.systems ?? []),
        retention: retentionFor(c, { subject: id }, gaps).map(({ rule, text }) => {
          texts.set(rule, text);
          return rule;
        }),
        purposes: sortedUnique(c.purposes ?? []).map((p) => {
          const purpose = inventory.byId.purpose.get(p);
          return {
            ...purposeBasis(inventory, p),
            rights: rightKeys(purpose?.lawful_basis, purpose?.special_condition),
            recipients: sortedUnique(flows.filter((f) => f.purposes.includes(p)).map((f) => f.recipient.id)),
          };
        }),
      };
    });
  const purposes = new Map(categories.flatMap((c) => c.purposes).map((p) => [p.id, p]));
  const rights = Object.entries(RIGHTS)
    .map(([right, info]) => ({
      right,
      article: info.article,
      label: info.label,
      purposes: sortedUnique([...purposes.values()].filter((p) => p.rights.includes(right)).map((p) => p.id)),
    }))
    .filter((r) => r.purposes.length > 0);
  const data: SubjectQuery = {
    view: 'subject',
    subject: {
      id,
      name: subject.name,
      minors: subject.minors ?? false,
      vulnerable: subject.vulnerable ?? false,
    },
    categories,
    rights,
    purposes_without_basis: sortedUnique(
      [...purposes.values()].filter((p) => p.lawful_basis === null).map((p) => p.id),
    ),
  };
  return {
    data,
    table: {
      title: `Subject ${named(data.subject)}`,
      facts: [
        ['Categories', list(categories.map((c) => c.id))],
        ...rights.map((r) => [rightText(rightTerm(r.right)), list(r.purposes)] as const),
        ...(data.purposes_without_basis.length === 0
          ? []
          : [['No lawful basis (rights unknown)', list(data.purposes_without_basis)] as const]),
      ],
      columns: [
        'Category',
        'Data',
        'Sources',
        'Purpose',
        'Lawful basis',
        'Rights',
        'Recipients',
        'Systems',
        'Retention',
      ],
      rows: categories.flatMap((c) =>
        (c.purposes.length === 0 ? [null] : c.purposes).map((p) => [
          c.id,
          list(c.data),
          list(c.sources.map((s) => (s.from === null ? s.type : `${s.type} (${s.from})`))),
          p?.id ?? '',
          p === null ? '' : basisText(inventory, p.id, gaps),
          list((p?.rights ?? []).map((r) => rightText(rightTerm(r)))),
          list(p?.recipients ?? []),
          list(c.systems),
          c.retention
            .filter((r) => p === null || r.purposes.length === 0 || r.purposes.includes(p.id))
            .map((r) => texts.get(r)!)
            .join('; '),
        ]),
      ),
    },
  };
}
