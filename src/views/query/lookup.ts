import type { EntityKind, Inventory } from '../../inventory/model.js';
import { InputError } from '../../errors.js';
import { didYouMean } from '../../inventory/did-you-mean.js';
import { quote } from '../../inventory/quote.js';

/** The entity a query names, or a usage error with the closest id (exit 2). */
export function lookup<K extends EntityKind>(inventory: Inventory, kind: K, id: string) {
  const entity = inventory.byId[kind].get(id);
  if (entity === undefined) {
    throw new InputError(`unknown ${kind} ${quote(id)}${didYouMean(id, inventory.byId[kind].keys())}`);
  }
  return entity;
}

/** `{id, name}` of a referenced entity (the id alone stands in for a name that cannot be found). */
export function ref(inventory: Inventory, kind: EntityKind, id: string): { id: string; name: string } {
  return { id, name: inventory.byId[kind].get(id)?.name ?? id };
}
