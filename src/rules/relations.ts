// How entities relate, as the rules need it: which categories serve a purpose, whose data a category holds.
import type { Category, Common, Inventory, Path, Purpose, Recipient, Subject } from '../inventory/model.js';
import { entity, type MessageValue } from './message.js';

/** The purposes a category serves (unknown ids are the loader's to report, and skipped here). */
export function purposesOf(inventory: Inventory, category: Category): Purpose[] {
  return known(category.purposes, inventory.byId.purpose);
}

/**
 * The entities the ids name, skipping unknown ones. A loop rather than `flatMap`: the rules ask this of
 * every category, and V8 runs flatMap's callbacks several times slower.
 */
function known<T>(ids: readonly string[] | undefined, byId: ReadonlyMap<string, T>): T[] {
  const found: T[] = [];
  for (const id of ids ?? []) {
    const one = byId.get(id);
    if (one !== undefined) found.push(one);
  }
  return found;
}

const byPurposeOf = new WeakMap<Inventory, ReadonlyMap<string, readonly Category[]>>();

/**
 * For each purpose id, the categories that serve it, in file order. Several rules ask for it: it is
 * built once per inventory (the model is not changed after loading).
 */
export function categoriesByPurpose(inventory: Inventory): ReadonlyMap<string, readonly Category[]> {
  const cached = byPurposeOf.get(inventory);
  if (cached) return cached;
  const map = new Map<string, Category[]>();
  for (const category of inventory.categories) {
    for (const id of new Set(category.purposes ?? [])) {
      const list = map.get(id);
      if (list) list.push(category);
      else map.set(id, [category]);
    }
  }
  byPurposeOf.set(inventory, map);
  return map;
}

const subjectsOfList = new WeakMap<readonly Category[], Subject[]>();

/**
 * The subjects whose data a purpose uses, through its categories (a list from `categoriesByPurpose`,
 * whose answer is kept for the other rules that ask), without repeats.
 */
export function subjectsOfPurpose(inventory: Inventory, categories: readonly Category[]): Subject[] {
  const cached = subjectsOfList.get(categories);
  if (cached) return cached;
  const subjects = new Set<Subject>();
  for (const category of categories) {
    for (const id of category.subjects ?? []) {
      const subject = inventory.byId.subject.get(id);
      if (subject) subjects.add(subject);
    }
  }
  const list = [...subjects];
  subjectsOfList.set(categories, list);
  return list;
}

/** Every entity with a label for messages (`purpose "billing"`), organization first. */
export function labelledEntities(inventory: Inventory): { entity: Common; label: MessageValue }[] {
  const list: { entity: Common; label: MessageValue }[] = [];
  if (inventory.organization)
    list.push({ entity: inventory.organization, label: entity('organization', inventory.organization.name) });
  for (const [kind, entities] of [
    ['subject', inventory.subjects],
    ['purpose', inventory.purposes],
    ['recipient', inventory.recipients],
    ['system', inventory.systems],
    ['category', inventory.categories],
  ] as const) {
    for (const one of entities) list.push({ entity: one, label: entity(kind, one.id) });
  }
  return list;
}

/** Each country a recipient names, with its path inside the recipient (`country` or `countries[i]`). */
export function countryPlaces(recipient: Recipient): { country: string; at: Path }[] {
  const places: { country: string; at: Path }[] = [];
  if (recipient.country) places.push({ country: recipient.country, at: ['country'] });
  (recipient.countries ?? []).forEach((country, i) => {
    if (!places.some((p) => p.country === country)) places.push({ country, at: ['countries', i] });
  });
  return places;
}
