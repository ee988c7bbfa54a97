// Data flows and special categories, over the whole inventory (a new category's flows are new flows).
import { dataItems, disclosures, type Inventory } from '../inventory/model.js';
import type { At, Change, DataOrder } from './diff.js';
import { compareText } from './order.js';

type Flows = ReadonlyMap<string, { category: string; recipient: string; data: Set<string> }>;

/**
 * Every (category, recipient) pair, with the data items the recipient receives from the category, but for
 * the categories `unchanged` names: theirs are the same on both sides.
 */
function flows(inventory: Inventory, unchanged: ReadonlySet<string>): Flows {
  const result = new Map<string, { category: string; recipient: string; data: Set<string> }>();
  for (const category of inventory.categories) {
    if (unchanged.has(category.id)) continue;
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

/** The flows added, removed or changed; `unchanged` names categories written the same on both sides. */
export function flowChanges(
  base: Inventory,
  head: Inventory,
  order: DataOrder,
  unchanged: ReadonlySet<string>,
): Change[] {
  const [before, after] = [flows(base, unchanged), flows(head, unchanged)];
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

export function specialChanges(base: Inventory, head: Inventory, unchanged: ReadonlySet<string>): Change[] {
  const pairs = (inventory: Inventory) =>
    new Set(
      inventory.categories.flatMap((c) =>
        unchanged.has(c.id) ? [] : (c.special ?? []).map((key) => `${c.id}\0${key}`),
      ),
    );
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
