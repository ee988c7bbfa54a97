// The public list of processors and sub-processors (GDPR Art 28(2) and (4)), from the record: who they
// are, what they do for the controller, which data, where and under which transfer tool, the contract;
// and, from the diff of consecutive revisions, which entered, left or moved to another country, dated.
import type { Diagnostic } from '../inventory/diagnostic.js';
import { recipientCountries, type Inventory, type Level, type Recipient } from '../inventory/model.js';
import type { InventoryDiff } from './diff.js';
import { countryName } from './legal-terms.js';
import { buildRecord, type Country, type RecipientEntry, type Transfer } from './record.js';
import { notStated, type Stated } from './stated.js';

export interface Subprocessor {
  readonly id: string;
  readonly name: string;
  readonly legal_name?: string;
  /** `processor` or `sub-processor`; a gap for a recipient that receives data with no role stated. */
  readonly role: RecipientEntry['role'];
  /** What it does for the controller: the purposes it receives data for, in the record's order. */
  readonly purposes: readonly string[];
  /** The categories of data it processes. */
  readonly data: readonly string[];
  readonly countries: RecipientEntry['countries'];
  /** Its countries outside the EEA, each with its Chapter V tool. */
  readonly transfers: readonly Pick<Transfer, 'country' | 'tool'>[];
  readonly contract: Stated<string>;
}

export type SubprocessorChangeType = 'added' | 'removed' | 'moved';

/** A change to the list, with the commit that made it (null for changes not yet committed). */
export interface SubprocessorChange {
  readonly type: SubprocessorChangeType;
  readonly id: string;
  readonly name: string;
  /** For `moved`: the countries before and after. */
  readonly countries_before?: readonly string[];
  readonly countries_after?: readonly string[];
  readonly commit: string | null;
  /** The commit's date, YYYY-MM-DD; null for changes not yet committed. */
  readonly date: string | null;
}

export interface SubprocessorList {
  readonly controller: string | null;
  /** The date the list speaks for. */
  readonly as_of: string;
  readonly subprocessors: readonly Subprocessor[];
  /** With `--changes-since`: the revision, and each change since, oldest first. */
  readonly changes?: { readonly since: string; readonly items: readonly SubprocessorChange[] };
}

/** Whether a recipient belongs on the list: a processor, a sub-processor, or one whose role is not stated. */
export function onList(recipient: Recipient | undefined): boolean {
  return recipient !== undefined && (recipient.role === undefined || PROCESSOR_ROLES.has(recipient.role));
}

const PROCESSOR_ROLES: ReadonlySet<string> = new Set(['processor', 'sub-processor']);

export function subprocessorList(
  inventory: Inventory,
  diagnostics: readonly Diagnostic[],
  asOf: string,
  rules?: Readonly<Record<string, Level>>,
): SubprocessorList {
  const record = buildRecord(inventory, diagnostics, { asOf, ...(rules ? { rules } : {}) });
  const found = new Map<string, { entry: RecipientEntry; purposes: string[]; data: Set<string> }>();
  const transfers = new Map<string, Transfer[]>();
  for (const activity of record.activities) {
    for (const entry of activity.recipients) {
      const known = found.get(entry.id) ?? { entry, purposes: [], data: new Set<string>() };
      known.purposes.push(activity.name);
      for (const received of entry.receives) known.data.add(received.category.name);
      found.set(entry.id, known);
    }
    for (const transfer of activity.transfers) {
      const list = transfers.get(transfer.recipient.id) ?? [];
      if (!list.some((t) => t.country.code === transfer.country.code)) list.push(transfer);
      transfers.set(transfer.recipient.id, list);
    }
  }
  const subprocessors = inventory.recipients
    .filter((recipient) => onList(recipient) && (recipient.role !== undefined || found.has(recipient.id)))
    .map((recipient): Subprocessor => {
      const known = found.get(recipient.id);
      const countries = recipientCountries(recipient);
      return {
        id: recipient.id,
        name: recipient.name,
        ...(recipient.legal_name !== undefined ? { legal_name: recipient.legal_name } : {}),
        role: known?.entry.role ?? recipient.role ?? notStated('recipient-role-missing'),
        purposes: known?.purposes ?? [],
        data: [...(known?.data ?? [])],
        countries:
          known?.entry.countries ??
          (countries.length > 0
            ? countries.map((code): Country => ({ code, name: countryName(code) }))
            : notStated('recipient-country-missing')),
        transfers: (transfers.get(recipient.id) ?? []).map(({ country, tool }) => ({ country, tool })),
        contract:
          known?.entry.contract ??
          recipient.contract ??
          notStated(recipient.role === undefined ? undefined : 'processor-no-contract'),
      };
    });
  return { controller: inventory.organization?.name ?? null, as_of: asOf, subprocessors };
}

/**
 * The changes to the list that one step of history made, as the diff of the two inventories names them
 * (its `subprocessors`: processors and sub-processors added, removed, or in other countries), dated.
 */
export function datedChanges(
  diff: InventoryDiff,
  at: { commit: string | null; date: string | null },
): SubprocessorChange[] {
  return diff.subprocessors.map((change) => ({
    type: change.type === 'country-changed' ? 'moved' : change.type,
    id: change.id,
    name: change.name,
    ...(change.type === 'country-changed'
      ? { countries_before: change.countries_before, countries_after: change.countries_after }
      : {}),
    ...at,
  }));
}
