import { dataItems, disclosures, type Category, type Inventory, type Recipient } from '../inventory/model.js';
import { compareText, sortById, sortedUnique } from './order.js';

/**
 * One disclosure of a category to a recipient, with what it covers resolved: a disclosure written as a
 * bare id covers all the category's purposes and data items; `{to, purposes, data}` narrows either.
 */
export interface Flow {
  readonly category: Category;
  readonly recipient: Recipient;
  /** Purpose ids, sorted. */
  readonly purposes: string[];
  /** Data item names, as the category (or the narrowing disclosure) lists them. */
  readonly data: string[];
  /** What the disclosure narrows: [] for a whole category, else 'purposes' and/or 'data'. */
  readonly narrowed: ('purposes' | 'data')[];
}

/** The flows of one category, sorted by recipient id. */
export function categoryFlows(inventory: Inventory, category: Category): Flow[] {
  const items = dataItems(category).map((item) => item.name);
  // the category's purposes, sorted once for the disclosures that cover them all
  let all: string[] | undefined;
  const flows: Flow[] = [];
  for (const disclosure of disclosures(category)) {
    const recipient = inventory.byId.recipient.get(disclosure.to);
    if (recipient === undefined) continue;
    flows.push({
      category,
      recipient,
      purposes: disclosure.purposes
        ? sortedUnique(disclosure.purposes)
        : [...(all ??= sortedUnique(category.purposes ?? []))],
      data: disclosure.data ?? items,
      narrowed: [
        ...(disclosure.purposes === undefined ? [] : ['purposes' as const]),
        ...(disclosure.data === undefined ? [] : ['data' as const]),
      ],
    });
  }
  return flows.sort((a, b) => compareText(a.recipient.id, b.recipient.id));
}

/** Every flow of the inventory, sorted by category id then recipient id. */
export function allFlows(inventory: Inventory): Flow[] {
  return sortById(inventory.categories).flatMap((category) => categoryFlows(inventory, category));
}
