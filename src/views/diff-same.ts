// Entities written the same on both sides: nothing about them changed, and the diff passes them by
// without comparing them field by field (most of a large inventory, in most changes).
import { dataItems, type Category } from '../inventory/model.js';

/** Whether two entities hold the same values, wherever they are written (`loc` aside). */
export function sameEntity(before: object, after: object): boolean {
  return sameFields(before as Record<string, unknown>, after as Record<string, unknown>, 'loc');
}

/**
 * Whether a category is the same on both sides, with its data items named once each: an item listed
 * twice shows as added by the item-by-item comparison, which is left to say so.
 */
export function sameCategory(before: Category, after: Category): boolean {
  if (!sameEntity(before, after)) return false;
  const items = dataItems(after);
  return items.length < 2 || new Set(items.map((item) => item.name)).size === items.length;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>);
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, ignored?: string): boolean {
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key) || key === ignored) continue;
    if (!Object.hasOwn(b, key) || !sameValue(a[key], b[key])) return false;
    count++;
  }
  for (const key in b) if (Object.hasOwn(b, key) && key !== ignored) count--;
  return count === 0;
}
