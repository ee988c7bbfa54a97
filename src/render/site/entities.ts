// The record turned inside out for the explorer: the record is organised by activity; the site also has a
// page per data category, recipient, data subject and system, each gathered here from the activities that
// name it, so that every link is followed both ways. Nothing is read from the inventory: only the record.
import type {
  Activity,
  CategoryEntry,
  Country,
  ProcessingRecord,
  RecipientEntry,
  SystemEntry,
  Transfer,
  TransferTool,
} from '../../views/record.js';
import type { Named } from '../../views/retention.js';
import { isNotStated, type NotStated, type Stated } from '../../views/stated.js';
import type { EntityKind } from './words/index.js';

/** A finding as the record lists it, numbered in the record's order. */
export type Finding = ProcessingRecord['findings']['diagnostics'][number] & { readonly index: number };

export interface CategoryUse {
  readonly activity: Activity;
  readonly entry: CategoryEntry;
}

export interface CategoryItem extends Named {
  readonly description?: string;
  readonly uses: readonly CategoryUse[];
  /** The gap when the category serves no purpose (and so belongs to no activity). */
  readonly withoutPurpose?: NotStated;
}

export interface Receipt {
  readonly activity: Named;
  readonly category: Named;
  readonly data?: readonly string[];
}

export interface TransferRow {
  readonly recipient: Named;
  readonly country?: Country;
  /** Where the country lies; `unknown` for a recipient whose countries are a gap. */
  readonly eea: 'inside' | 'outside' | 'unknown';
  /** The Chapter V tool, for a country outside the EEA. */
  readonly tool?: Stated<TransferTool>;
  readonly activities: readonly Named[];
}

export interface RecipientItem extends Named {
  /** The recipient's entry in each activity it receives data for (the same in each but for `receives`). */
  readonly entry?: RecipientEntry;
  readonly receipts: readonly Receipt[];
  readonly transfers: readonly TransferRow[];
  readonly hosts: readonly Named[];
  readonly sourceOf: readonly Named[];
}

export interface LinkedItem extends Named {
  readonly categories: readonly Named[];
  readonly activities: readonly Named[];
}

export interface SystemItem extends LinkedItem {
  readonly system: SystemEntry;
}

export interface Entities {
  readonly activities: readonly Activity[];
  readonly categories: readonly CategoryItem[];
  readonly recipients: readonly RecipientItem[];
  readonly subjects: readonly LinkedItem[];
  readonly systems: readonly SystemItem[];
  readonly transfers: readonly TransferRow[];
  /** The transfers to these recipients, in the order of `transfers`. */
  readonly transfersTo: (recipients: readonly Named[]) => readonly TransferRow[];
  readonly findings: readonly Finding[];
  /** The findings whose message names an entity (`category "emails"`), by kind then id. */
  readonly findingsOf: (kind: EntityKind, id: string) => readonly Finding[];
}

/** A list keyed by id that keeps the order in which ids are first met. */
class Gathered<T> {
  readonly byId = new Map<string, T>();
  get(id: string, make: () => T): T {
    let found = this.byId.get(id);
    if (found === undefined) this.byId.set(id, (found = make()));
    return found;
  }
  values(): T[] {
    return [...this.byId.values()];
  }
}

/**
 * Names met in order, each once: a Set beside each list keeps a large inventory linear. The lists hold
 * the record's entries themselves (see `idName`), and the Sets are dropped once the lists are made.
 */
function namedAdder(): (list: Named[], named: Named) => void {
  const seenIds = new Map<Named[], Set<string>>();
  return (list, named) => {
    let seen = seenIds.get(list);
    if (seen === undefined) seenIds.set(list, (seen = new Set(list.map((n) => n.id))));
    if (seen.has(named.id)) return;
    seen.add(named.id);
    list.push(named);
  };
}

/**
 * An entity's id and name, for the item of its own page. The lists name the record's entries themselves
 * (~700,000 times at 30,000 categories), which the site holds anyway: no copy of each, nor a map to find it.
 */
const idName = (n: Named): Named => ({ id: n.id, name: n.name });

/** Entity kinds as lint messages name them: `purpose "x"` is the activity x. */
const MESSAGE_KINDS: Readonly<Record<string, EntityKind>> = {
  purpose: 'activity',
  category: 'category',
  recipient: 'recipient',
  subject: 'subject',
  system: 'system',
};

export function entities(record: ProcessingRecord): Entities {
  // every page and list of the site reads them: made once, and held
  const activities = [...record.activities];
  const addNamed = namedAdder();
  const categories = new Gathered<{ item: CategoryItem; uses: CategoryUse[] }>();
  const recipients = new Gathered<{
    id: string;
    name: string;
    entry?: RecipientEntry;
    receipts: Receipt[];
    hosts: Named[];
    sourceOf: Named[];
  }>();
  const subjects = new Gathered<{ id: string; name: string; categories: Named[]; activities: Named[] }>();
  const systems = new Gathered<{ system: SystemEntry; categories: Named[]; activities: Named[] }>();
  const transfers = new Gathered<{ row: Omit<TransferRow, 'activities'>; activities: Named[] }>();
  const recipient = (n: Named) =>
    recipients.get(n.id, () => ({ ...idName(n), receipts: [], hosts: [], sourceOf: [] }));
  const subject = (n: Named) => subjects.get(n.id, () => ({ ...idName(n), categories: [], activities: [] }));

  for (const activity of activities) {
    const a: Named = activity;
    for (const s of isNotStated(activity.subjects) ? [] : activity.subjects)
      addNamed(subject(s).activities, a);
    for (const entry of isNotStated(activity.categories) ? [] : activity.categories) {
      const c: Named = entry;
      const gathered = categories.get(entry.id, () => {
        const uses: CategoryUse[] = [];
        const item = {
          ...idName(entry),
          ...(entry.description ? { description: entry.description } : {}),
          uses,
        };
        return { item, uses };
      });
      gathered.uses.push({ activity, entry });
      for (const s of isNotStated(entry.subjects) ? [] : entry.subjects) addNamed(subject(s).categories, c);
      for (const system of entry.systems) {
        const found = systems.get(system.id, () => ({ system, categories: [], activities: [] }));
        addNamed(found.categories, c);
        addNamed(found.activities, a);
        if (system.hosted_by) addNamed(recipient(system.hosted_by).hosts, system);
      }
      for (const source of isNotStated(entry.sources) ? [] : entry.sources)
        if (source.from) addNamed(recipient(source.from).sourceOf, c);
    }
    // the activity's transfers by recipient then country, in one pass (the last of a country wins)
    const outsideByRecipient = new Map<string, Map<string, Transfer>>();
    for (const t of activity.transfers) {
      const byCountry = outsideByRecipient.get(t.recipient.id) ?? new Map<string, Transfer>();
      byCountry.set(t.country.code, t);
      outsideByRecipient.set(t.recipient.id, byCountry);
    }
    for (const entry of activity.recipients) {
      const found = recipient(entry);
      found.entry ??= entry;
      for (const r of entry.receives)
        found.receipts.push({
          activity: a,
          category: r.category,
          ...(r.data ? { data: r.data } : {}),
        });
      const countries = entry.countries;
      const outside = outsideByRecipient.get(entry.id);
      const rows: Omit<TransferRow, 'activities'>[] = Array.isArray(countries)
        ? countries.map((country) => {
            const transfer = outside?.get(country.code);
            return transfer
              ? { recipient: entry, country, eea: 'outside' as const, tool: transfer.tool }
              : { recipient: entry, country, eea: 'inside' as const };
          })
        : isNotStated(countries) && countries.rule
          ? [{ recipient: entry, eea: 'unknown' as const }]
          : [];
      for (const row of rows)
        addNamed(
          transfers.get(`${row.recipient.id} ${row.country?.code ?? ''}`, () => ({ row, activities: [] }))
            .activities,
          a,
        );
    }
  }
  for (const { category, gap } of record.categories_without_purpose) {
    categories.get(category.id, () => ({
      item: { ...idName(category), uses: [], withoutPurpose: gap },
      uses: [],
    }));
  }
  const transferRows = transfers.values().map(({ row, activities }) => ({ ...row, activities }));
  const { transfersByRecipient, transfersTo } = transfersIndex(transferRows);
  const findings = record.findings.diagnostics.map((d, index) => ({ ...d, index }));
  return {
    activities,
    categories: categories.values().map((c) => c.item),
    recipients: recipients.values().map(({ entry, ...rest }) => ({
      ...rest,
      ...(entry ? { entry } : {}),
      transfers: transfersByRecipient.get(rest.id) ?? [],
    })),
    subjects: subjects.values(),
    systems: systems.values().map((s) => ({ ...idName(s.system), ...s })),
    transfers: transferRows,
    transfersTo,
    findings,
    findingsOf: findingsIndex(findings),
  };
}

// The lookups the entities give are made outside `entities`: a function made there would keep everything
// its closures share alive with it (the copies of names above, ~8 MB at 30,000 categories).

/** The transfers of each recipient, and those to a list of recipients, in the order of `rows`. */
function transfersIndex(rows: readonly TransferRow[]) {
  const transfersByRecipient = new Map<string, TransferRow[]>();
  const transferIndex = new Map<TransferRow, number>();
  for (const [index, row] of rows.entries()) {
    const list = transfersByRecipient.get(row.recipient.id) ?? [];
    list.push(row);
    transfersByRecipient.set(row.recipient.id, list);
    transferIndex.set(row, index);
  }
  // each recipient's rows from the map, rather than a filter of every transfer for each activity or category
  const transfersTo = (list: readonly Named[]) =>
    [...new Set(list.map((r) => r.id))]
      .flatMap((id) => transfersByRecipient.get(id) ?? [])
      .sort((a, b) => transferIndex.get(a)! - transferIndex.get(b)!);
  return { transfersByRecipient, transfersTo };
}

/** The findings whose message names an entity, by kind then id. */
function findingsIndex(findings: readonly Finding[]): Entities['findingsOf'] {
  const findingsByEntity = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const [, word, id] of finding.message.matchAll(
      /\b(purpose|category|recipient|subject|system) "([^"]+)"/g,
    )) {
      const key = `${MESSAGE_KINDS[word!]} ${id}`;
      const list = findingsByEntity.get(key) ?? [];
      if (!list.includes(finding)) list.push(finding);
      findingsByEntity.set(key, list);
    }
  }
  return (kind, id) => findingsByEntity.get(`${kind} ${id}`) ?? [];
}
