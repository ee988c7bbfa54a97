// What changed between two inventories, by meaning rather than by line: entities are matched by kind and
// id, lists of references compared as sets, retention limits compared as durations, data flows compared
// as (category -> recipient) pairs with the data items each recipient receives. Findings are matched by
// rule and by the entity they are about, so moving text within or across files changes nothing.

import type { Diagnostic } from '../inventory/diagnostic.js';
import { compareText } from './order.js';
import {
  dataItems,
  type Category,
  type EntityKind,
  type Inventory,
  type Recipient,
  type Severity,
} from '../inventory/model.js';
import { fieldChanges } from './diff-fields.js';
import { findingChanges } from './diff-findings.js';
import { flowChanges, specialChanges } from './diff-flows.js';
import { retentionChanges, scopeKey } from './diff-retention.js';
import { sameCategory, sameEntity } from './diff-same.js';
import { risksOf, subprocessorChanges, type Risk, type SubprocessorChange } from './diff-risk.js';

export type ChangeKind = 'organization' | EntityKind;

/** The part of a category a retention rule applies to; empty lists mean all of the category's. */
export interface RetentionScope {
  readonly subjects: readonly string[];
  readonly purposes: readonly string[];
}

export interface At {
  readonly kind: ChangeKind;
  /** Absent for the organization, which has no id. */
  readonly id?: string;
}

export type Change = At &
  (
    | { readonly type: 'added' | 'removed'; readonly name: string }
    | {
        readonly type: 'changed';
        readonly field: string;
        /** null when the value was not set (the field is added), as `after` when it is removed. */
        readonly before: unknown;
        readonly after: unknown;
      }
    | { readonly type: 'item-added' | 'item-removed'; readonly field: string; readonly item: string }
    | { readonly type: 'special-added' | 'special-removed'; readonly item: string }
    | {
        readonly type: 'flow-added' | 'flow-removed';
        readonly recipient: string;
        readonly data: readonly string[];
      }
    | {
        readonly type: 'flow-changed';
        readonly recipient: string;
        readonly dataAdded: readonly string[];
        readonly dataRemoved: readonly string[];
      }
    | {
        readonly type: 'retention-added' | 'retention-removed';
        readonly scope: RetentionScope;
        /** null for a rule without a duration (criteria only). */
        readonly duration: string | null;
      }
    | {
        readonly type: 'retention-lengthened' | 'retention-shortened' | 'retention-changed';
        readonly scope: RetentionScope;
        readonly field: string;
        readonly before: unknown;
        readonly after: unknown;
      }
  );

export type ChangeType = Change['type'];

/** A finding the change adds or removes, with the entity it is about (when it is about one). */
export interface FindingChange {
  readonly diagnostic: Diagnostic;
  readonly entity?: At;
}

export interface InventoryDiff {
  /** What a reviewer must see first: the risks the changes bring. */
  readonly risk: readonly Risk[];
  readonly changes: readonly Change[];
  /** Processors and sub-processors added, removed or moved (Art 28(2)). */
  readonly subprocessors: readonly SubprocessorChange[];
  readonly findings: { readonly added: readonly FindingChange[]; readonly removed: readonly FindingChange[] };
}

export interface DiffSide {
  readonly inventory: Inventory;
  readonly diagnostics: readonly Diagnostic[];
}

export function diffInventories(base: DiffSide, head: DiffSide): InventoryDiff {
  const order = dataOrder(base.inventory, head.inventory);
  const unchanged = unchangedCategories(base.inventory, head.inventory);
  const changes = [
    ...organizationChanges(base.inventory, head.inventory),
    ...entityChanges(base.inventory, head.inventory, unchanged),
    ...flowChanges(base.inventory, head.inventory, order, unchanged),
    ...specialChanges(base.inventory, head.inventory, unchanged),
  ].sort((a, b) => compareChanges(a, b, order));
  return {
    risk: risksOf(base.inventory, head.inventory, changes),
    changes,
    subprocessors: subprocessorChanges(base.inventory, head.inventory),
    findings: findingChanges(base, head, changes),
  };
}

/** The ids of the categories written the same on both sides: no change, flow or special change is theirs. */
function unchangedCategories(base: Inventory, head: Inventory): ReadonlySet<string> {
  const unchanged = new Set<string>();
  for (const [id, after] of head.byId.category) {
    const before = base.byId.category.get(id);
    if (before && sameCategory(before, after)) unchanged.add(id);
  }
  return unchanged;
}

/**
 * Where a category's data item stands: its position in head, or in base for an item head no longer has.
 * Data items are listed as the inventory writes them (usually in a meaningful order), not alphabetically.
 */
export type DataOrder = (category: string, item: string) => number;

function dataOrder(base: Inventory, head: Inventory): DataOrder {
  // worked out for the categories asked about only: the changed ones
  const positions = (inventory: Inventory) => {
    const known = new Map<string, ReadonlyMap<string, number> | undefined>();
    return (id: string) => {
      if (known.has(id)) return known.get(id);
      const category = inventory.byId.category.get(id);
      const items = category && new Map(dataItems(category).map((item, i) => [item.name, i]));
      known.set(id, items);
      return items;
    };
  };
  const [before, after] = [positions(base), positions(head)];
  return (category, item) =>
    after(category)?.get(item) ?? before(category)?.get(item) ?? Number.MAX_SAFE_INTEGER;
}

const KIND_ORDER: Record<ChangeKind, number> = {
  organization: 0,
  subject: 1,
  purpose: 2,
  recipient: 3,
  system: 4,
  category: 5,
};

const TYPE_ORDER: Record<ChangeType, number> = {
  added: 0,
  removed: 1,
  changed: 2,
  'item-added': 3,
  'item-removed': 4,
  'special-added': 5,
  'special-removed': 6,
  'retention-added': 7,
  'retention-removed': 8,
  'retention-lengthened': 9,
  'retention-shortened': 10,
  'retention-changed': 11,
  'flow-added': 12,
  'flow-removed': 13,
  'flow-changed': 14,
};

function compareChanges(a: Change, b: Change, order: DataOrder): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(a.id ?? '', b.id ?? '') ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    compareDataItems(a, b, order) ||
    compareText(detailKey(a), detailKey(b))
  );
}

/**
 * Two changes to data items of the same category (`data` entries, or `data[NAME].field` values) in the
 * items' inventory order. Their detail keys share a prefix, so they sit together in the text order and
 * ordering them among themselves keeps the whole order consistent.
 */
function compareDataItems(a: Change, b: Change, order: DataOrder): number {
  const [x, y] = [dataItemOf(a), dataItemOf(b)];
  if (x === undefined || y === undefined || a.kind !== 'category') return 0;
  return order(a.id!, x) - order(b.id!, y);
}

function dataItemOf(change: Change): string | undefined {
  if (!('field' in change)) return undefined;
  if (change.field === 'data' && 'item' in change) return change.item;
  return /^data\[(.*)\]\./.exec(change.field)?.[1];
}

function detailKey(change: Change): string {
  const parts: string[] = [];
  if ('field' in change) parts.push(change.field);
  if ('scope' in change) parts.push(scopeKey(change.scope));
  if ('item' in change) parts.push(change.item);
  if ('recipient' in change) parts.push(change.recipient);
  return parts.join('\0');
}

// ---- entities and their fields

function organizationChanges(base: Inventory, head: Inventory): Change[] {
  const [a, b] = [base.organization, head.organization];
  if (!a && !b) return [];
  if (!a) return [{ kind: 'organization', type: 'added', name: b!.name }];
  if (!b) return [{ kind: 'organization', type: 'removed', name: a.name }];
  return fieldChanges({ kind: 'organization' }, a, b);
}

function entityChanges(base: Inventory, head: Inventory, unchanged: ReadonlySet<string>): Change[] {
  const changes: Change[] = [];
  for (const kind of ['subject', 'purpose', 'recipient', 'system', 'category'] as const) {
    const before: ReadonlyMap<string, { name: string }> = base.byId[kind];
    const after: ReadonlyMap<string, { name: string }> = head.byId[kind];
    for (const [id, entity] of before) {
      if (!after.has(id)) changes.push({ kind, id, type: 'removed', name: entity.name });
    }
    for (const [id, entity] of after) {
      const old = before.get(id);
      if (!old) {
        changes.push({ kind, id, type: 'added', name: entity.name });
        continue;
      }
      if (kind === 'category' ? unchanged.has(id) : sameEntity(old, entity)) continue;
      changes.push(...fieldChanges({ kind, id }, comparable(old), comparable(entity)));
      if (kind === 'category') changes.push(...categoryChanges(id, old as Category, entity as Category));
    }
  }
  return changes;
}

/**
 * The entity as compared field by field: the list form of a recipient's `transfer` becomes a mapping by
 * country, so that a change shows as `transfer.US.mechanism` whatever the order of the list.
 */
function comparable(entity: object): object {
  const transfer = (entity as Recipient).transfer;
  if (!Array.isArray(transfer)) return entity;
  const byCountry = Object.fromEntries(transfer.map(({ country, ...tool }) => [country, tool]));
  return { ...entity, transfer: byCountry };
}

function categoryChanges(id: string, before: Category, after: Category): Change[] {
  const at: At = { kind: 'category', id };
  const changes: Change[] = [];
  const oldItems = new Map(dataItems(before).map((item) => [item.name, item]));
  for (const item of dataItems(after)) {
    const old = oldItems.get(item.name);
    if (!old) changes.push({ ...at, type: 'item-added', field: 'data', item: item.name });
    else changes.push(...fieldChanges(at, old, item, `data[${item.name}].`));
    oldItems.delete(item.name);
  }
  for (const name of oldItems.keys())
    changes.push({ ...at, type: 'item-removed', field: 'data', item: name });
  return [...changes, ...retentionChanges(at, before.retention ?? [], after.retention ?? [])];
}

/**
 * The exit code of `--fail-on-new` and `--fail-on-risk`: 1 when head brings a finding at or above `level`
 * (not waived), or, with `failOnRisk`, any risk.
 */
export function diffExitCode(diff: InventoryDiff, level: Severity | undefined, failOnRisk = false): 0 | 1 {
  if (failOnRisk && diff.risk.length > 0) return 1;
  if (!level) return 0;
  const rank: Record<Severity, number> = { error: 3, warning: 2, note: 1 };
  return diff.findings.added.some(({ diagnostic: d }) => !d.waived && rank[d.severity] >= rank[level])
    ? 1
    : 0;
}
