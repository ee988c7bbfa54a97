// What changed between two inventories, by meaning rather than by line: entities are matched by kind and
// id, lists of references compared as sets, retention limits compared as durations, data flows compared
// as (category -> recipient) pairs with the data items each recipient receives. Findings are matched by
// rule and by the entity they are about, so moving text within or across files changes nothing.

import type { Diagnostic } from '../inventory/diagnostic.js';
import { compareLimits } from '../inventory/duration.js';
import { compareText } from './order.js';
import {
  dataItems,
  disclosures,
  type Category,
  type EntityKind,
  type Inventory,
  type Path,
  type Recipient,
  type RetentionRule,
  type Severity,
} from '../inventory/model.js';
import { RULES_BY_ID } from '../rules/index.js';
import { risksOf, subprocessorChanges, type Risk, type SubprocessorChange } from './diff-risk.js';

export type ChangeKind = 'organization' | EntityKind;

/** The part of a category a retention rule applies to; empty lists mean all of the category's. */
export interface RetentionScope {
  readonly subjects: readonly string[];
  readonly purposes: readonly string[];
}

interface At {
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
  const changes = [
    ...organizationChanges(base.inventory, head.inventory),
    ...entityChanges(base.inventory, head.inventory),
    ...flowChanges(base.inventory, head.inventory, order),
    ...specialChanges(base.inventory, head.inventory),
  ].sort((a, b) => compareChanges(a, b, order));
  return {
    risk: risksOf(base.inventory, head.inventory, changes),
    changes,
    subprocessors: subprocessorChanges(base.inventory, head.inventory),
    findings: findingChanges(base, head),
  };
}

/**
 * Where a category's data item stands: its position in head, or in base for an item head no longer has.
 * Data items are listed as the inventory writes them (usually in a meaningful order), not alphabetically.
 */
type DataOrder = (category: string, item: string) => number;

function dataOrder(base: Inventory, head: Inventory): DataOrder {
  const positions = (inventory: Inventory) =>
    new Map(inventory.categories.map((c) => [c.id, new Map(dataItems(c).map((item, i) => [item.name, i]))]));
  const [before, after] = [positions(base), positions(head)];
  return (category, item) =>
    after.get(category)?.get(item) ?? before.get(category)?.get(item) ?? Number.MAX_SAFE_INTEGER;
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

/** Fields compared by a dedicated pass rather than generically. */
const SPECIAL_FIELDS: Partial<Record<ChangeKind, ReadonlySet<string>>> = {
  category: new Set(['data', 'recipients', 'special', 'retention']),
};
const IGNORED = new Set(['loc', 'id']);

function organizationChanges(base: Inventory, head: Inventory): Change[] {
  const [a, b] = [base.organization, head.organization];
  if (!a && !b) return [];
  if (!a) return [{ kind: 'organization', type: 'added', name: b!.name }];
  if (!b) return [{ kind: 'organization', type: 'removed', name: a.name }];
  return fieldChanges({ kind: 'organization' }, a, b);
}

function entityChanges(base: Inventory, head: Inventory): Change[] {
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

/** Generic comparison: lists of strings as sets, nested mappings field by field, anything else by value. */
function fieldChanges(at: At, before: object, after: object, prefix = ''): Change[] {
  const changes: Change[] = [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const skip = prefix ? new Set<string>() : new Set([...IGNORED, ...(SPECIAL_FIELDS[at.kind] ?? [])]);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !skip.has(key)).sort();
  for (const key of keys) {
    const field = prefix + key;
    // null and absent both mean "not set"
    const [x, y] = [a[key] ?? undefined, b[key] ?? undefined];
    if (isStringList(x) && isStringList(y)) {
      const [xs, ys] = [new Set(x ?? []), new Set(y ?? [])];
      for (const item of [...ys].filter((i) => !xs.has(i)).sort())
        changes.push({ ...at, type: 'item-added', field, item });
      for (const item of [...xs].filter((i) => !ys.has(i)).sort())
        changes.push({ ...at, type: 'item-removed', field, item });
    } else if ((isMapping(x) || x === undefined) && (isMapping(y) || y === undefined)) {
      // a mapping added or removed as a whole shows as its fields appearing or disappearing
      changes.push(...fieldChanges(at, x ?? {}, y ?? {}, `${field}.`));
    } else if (canonical(x) !== canonical(y)) {
      changes.push({
        ...at,
        type: 'changed',
        field,
        before: x ?? null,
        after: y ?? null,
      });
    }
  }
  return changes;
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

function retentionChanges(
  at: At,
  before: readonly RetentionRule[],
  after: readonly RetentionRule[],
): Change[] {
  const changes: Change[] = [];
  const unmatched = new Map<string, RetentionRule[]>();
  for (const rule of before) {
    const key = scopeKey(scopeOf(rule));
    unmatched.set(key, [...(unmatched.get(key) ?? []), rule]);
  }
  for (const rule of after) {
    const scope = scopeOf(rule);
    const old = unmatched.get(scopeKey(scope))?.shift();
    if (!old) {
      changes.push({
        ...at,
        type: 'retention-added',
        scope,
        duration: rule.duration ?? null,
      });
      continue;
    }
    for (const field of ['duration', 'minimum', 'from', 'then', 'criteria', 'legal_reference'] as const) {
      const [x, y] = [old[field], rule[field]];
      if (x === y) continue;
      const order = (field === 'duration' || field === 'minimum') && x && y ? compareLimits(x, y) : undefined;
      if (order === 0) continue; // P1Y and P12M: written differently, the same limit
      const type =
        field === 'duration' && order !== undefined
          ? order < 0
            ? 'retention-lengthened'
            : 'retention-shortened'
          : 'retention-changed';
      changes.push({
        ...at,
        type,
        scope,
        field,
        before: x ?? null,
        after: y ?? null,
      });
    }
  }
  for (const rules of unmatched.values()) {
    for (const rule of rules) {
      changes.push({
        ...at,
        type: 'retention-removed',
        scope: scopeOf(rule),
        duration: rule.duration ?? null,
      });
    }
  }
  return changes;
}

function scopeOf(rule: RetentionRule): RetentionScope {
  return {
    subjects: [...new Set(rule.subjects ?? [])].sort(),
    purposes: [...new Set(rule.purposes ?? [])].sort(),
  };
}

function scopeKey(scope: RetentionScope): string {
  return `${scope.subjects.join(',')}|${scope.purposes.join(',')}`;
}

// ---- flows and special categories, over the whole inventory (a new category's flows are new flows)

/** Every (category, recipient) pair, with the data items the recipient receives from the category. */
function flows(
  inventory: Inventory,
): Map<string, { category: string; recipient: string; data: Set<string> }> {
  const result = new Map<string, { category: string; recipient: string; data: Set<string> }>();
  for (const category of inventory.categories) {
    const all = dataItems(category).map((item) => item.name);
    for (const disclosure of disclosures(category)) {
      const key = `${category.id}\0${disclosure.to}`;
      const flow = result.get(key) ?? {
        category: category.id,
        recipient: disclosure.to,
        data: new Set<string>(),
      };
      for (const item of disclosure.data ?? all) flow.data.add(item);
      result.set(key, flow);
    }
  }
  return result;
}

function flowChanges(base: Inventory, head: Inventory, order: DataOrder): Change[] {
  const [before, after] = [flows(base), flows(head)];
  const changes: Change[] = [];
  const inOrder = (category: string, items: Iterable<string>) =>
    [...items].sort((x, y) => order(category, x) - order(category, y) || compareText(x, y));
  for (const [key, flow] of after) {
    const at: At = { kind: 'category', id: flow.category };
    const old = before.get(key);
    if (!old) {
      changes.push({
        ...at,
        type: 'flow-added',
        recipient: flow.recipient,
        data: inOrder(flow.category, flow.data),
      });
      continue;
    }
    const dataAdded = inOrder(
      flow.category,
      [...flow.data].filter((item) => !old.data.has(item)),
    );
    const dataRemoved = inOrder(
      flow.category,
      [...old.data].filter((item) => !flow.data.has(item)),
    );
    if (dataAdded.length || dataRemoved.length) {
      changes.push({ ...at, type: 'flow-changed', recipient: flow.recipient, dataAdded, dataRemoved });
    }
  }
  for (const [key, flow] of before) {
    if (!after.has(key)) {
      changes.push({
        kind: 'category',
        id: flow.category,
        type: 'flow-removed',
        recipient: flow.recipient,
        data: inOrder(flow.category, flow.data),
      });
    }
  }
  return changes;
}

function specialChanges(base: Inventory, head: Inventory): Change[] {
  const pairs = (inventory: Inventory) =>
    new Set(inventory.categories.flatMap((c) => (c.special ?? []).map((key) => `${c.id}\0${key}`)));
  const [before, after] = [pairs(base), pairs(head)];
  const change = (pair: string, type: 'special-added' | 'special-removed'): Change => {
    const [id, item] = pair.split('\0') as [string, string];
    return { kind: 'category', id, type, item };
  };
  return [
    ...[...after].filter((p) => !before.has(p)).map((p) => change(p, 'special-added')),
    ...[...before].filter((p) => !after.has(p)).map((p) => change(p, 'special-removed')),
  ];
}

// ---- findings

/**
 * Findings matched by identity: the rule, the entity (kind and id) and the path inside the entity, with
 * list positions replaced by what the list holds there. Line numbers, file names and list order play no
 * part, so findings follow their entity when it moves. Equal identities are matched by count.
 *
 * A finding about a recipient's flows (a transfers rule: no transfer tool, no contract...) is also about
 * what flows to it: when head sends the recipient a category, or data items of one, that base did not,
 * the finding is new (the base finding still holds for the old flows, so it is not resolved).
 */
function findingChanges(base: DiffSide, head: DiffSide): InventoryDiff['findings'] {
  const identify = identifier(base.inventory);
  const identifyHead = identifier(head.inventory);
  const remaining = new Map<string, FindingChange[]>();
  for (const diagnostic of base.diagnostics) {
    const { key, entity } = identify(diagnostic);
    remaining.set(key, [...(remaining.get(key) ?? []), { diagnostic, ...(entity ? { entity } : {}) }]);
  }
  const [flowsBefore, flowsAfter] = [flowsTo(base.inventory), flowsTo(head.inventory)];
  const added: FindingChange[] = [];
  for (const diagnostic of head.diagnostics) {
    const { key, entity } = identifyHead(diagnostic);
    const matched = remaining.get(key)?.shift();
    const newFlow =
      matched !== undefined &&
      entity?.kind === 'recipient' &&
      RULES_BY_ID.get(diagnostic.rule)?.group === 'transfers' &&
      [...(flowsAfter.get(entity.id!) ?? [])].some((flow) => !flowsBefore.get(entity.id!)?.has(flow));
    if (!matched || newFlow) added.push({ diagnostic, ...(entity ? { entity } : {}) });
  }
  return { added, removed: [...remaining.values()].flat() };
}

/** What flows to each recipient: "category" and "category[item]" for each data item it receives. */
function flowsTo(inventory: Inventory): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const flow of flows(inventory).values()) {
    const set = result.get(flow.recipient) ?? new Set<string>();
    set.add(flow.category);
    for (const item of flow.data) set.add(`${flow.category}[${item}]`);
    result.set(flow.recipient, set);
  }
  return result;
}

interface Located {
  readonly at: At;
  readonly path: Path;
  readonly value: object;
}

function identifier(inventory: Inventory): (diagnostic: Diagnostic) => { key: string; entity?: At } {
  const byFile = new Map<string, Located[]>();
  const add = (at: At, entity: { loc: { file: string; path: Path } }) => {
    const list = byFile.get(entity.loc.file) ?? [];
    list.push({ at, path: entity.loc.path, value: entity });
    byFile.set(entity.loc.file, list);
  };
  if (inventory.organization) add({ kind: 'organization' }, inventory.organization);
  for (const kind of ['subject', 'purpose', 'recipient', 'system', 'category'] as const) {
    for (const entity of inventory.byId[kind].values()) add({ kind, id: entity.id }, entity);
  }
  return (diagnostic) => {
    const owner = byFile
      .get(diagnostic.file)
      ?.find((e) => e.path.every((segment, i) => diagnostic.path[i] === segment));
    if (!owner) return { key: [diagnostic.rule, 'file', diagnostic.file, ...diagnostic.path].join('\0') };
    const inside = stablePath(owner.value, diagnostic.path.slice(owner.path.length));
    return {
      key: [diagnostic.rule, owner.at.kind, owner.at.id ?? '', ...inside].join('\0'),
      entity: owner.at,
    };
  };
}

/** A path inside an entity with list indexes replaced by the id, name or value found there. */
function stablePath(value: unknown, path: Path): string[] {
  const out: string[] = [];
  let node = value;
  for (const segment of path) {
    const next =
      isMapping(node) || Array.isArray(node)
        ? (node as Record<string | number, unknown>)[segment]
        : undefined;
    if (typeof segment === 'number') {
      out.push(`[${identityOf(next) ?? segment}]`);
    } else {
      out.push(segment);
    }
    node = next;
  }
  return out;
}

function identityOf(value: unknown): string | undefined {
  if (typeof value === 'string') return `=${value}`;
  if (!isMapping(value)) return undefined;
  for (const key of ['id', 'to', 'name', 'rule', 'country']) {
    if (typeof value[key] === 'string') return `${key}=${value[key] as string}`;
  }
  if ('subjects' in value || 'purposes' in value || 'duration' in value) {
    return `scope=${scopeKey(scopeOf(value as RetentionRule))}`;
  }
  return undefined;
}

// ---- values

function isStringList(value: unknown): value is string[] | undefined {
  return value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON with sorted keys, and lists of mappings sorted, so that order in the file does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (isMapping(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
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
