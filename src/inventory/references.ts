import { dataItems, disclosures, type EntityKind, type Inventory, type Loc, type Path } from './model.js';

/** Where a reference is written: `index` within the list at `sub` of the entity at `base`. */
export function place(base: Loc, sub: Path, index?: number): Loc {
  const path = base.path.concat(sub);
  if (index !== undefined) path.push(index);
  return { file: base.file, path };
}

/** Called for each reference: its kind and id, and where it is written (`index` within the list `sub`). */
type Visit = (kind: EntityKind, id: string, base: Loc, sub: Path, index?: number) => void;

/**
 * Visits every reference the inventory makes, in file order, building nothing: at 10,000 categories
 * there are ~200,000, and only the broken ones are ever placed (`place`).
 */
export function eachReference(inventory: Inventory, visit: Visit): void {
  const one = (kind: EntityKind, id: string | undefined, base: Loc, sub: Path) => {
    if (id !== undefined) visit(kind, id, base, sub);
  };
  const many = (kind: EntityKind, ids: readonly string[] | undefined, base: Loc, sub: Path) => {
    if (!ids) return;
    for (let i = 0; i < ids.length; i++) visit(kind, ids[i]!, base, sub, i);
  };

  for (const purpose of inventory.purposes) {
    many('recipient', purpose.joint_controllers, purpose.loc, ['joint_controllers']);
  }
  for (const system of inventory.systems) one('recipient', system.hosted_by, system.loc, ['hosted_by']);
  for (const category of inventory.categories) {
    const at = category.loc;
    many('subject', category.subjects, at, ['subjects']);
    (category.sources ?? []).forEach((source, i) =>
      one('recipient', source.from, at, ['sources', i, 'from']),
    );
    many('purpose', category.purposes, at, ['purposes']);
    for (const disclosure of disclosures(category)) {
      const written = category.recipients?.[disclosure.index];
      const base: Path = ['recipients', disclosure.index];
      one('recipient', disclosure.to, at, typeof written === 'string' ? base : [...base, 'to']);
      many('purpose', disclosure.purposes, at, [...base, 'purposes']);
    }
    many('system', category.systems, at, ['systems']);
    (category.trackers ?? []).forEach((tracker, i) =>
      one('recipient', tracker.provider, at, ['trackers', i, 'provider']),
    );
    (category.retention ?? []).forEach((rule, i) => {
      many('subject', rule.subjects, at, ['retention', i, 'subjects']);
      many('purpose', rule.purposes, at, ['retention', i, 'purposes']);
    });
  }
}

/** Data item names a narrowed disclosure names that its category does not hold. */
export function* unknownDataItems(
  inventory: Inventory,
): Generator<{ name: string; known: string[]; at: Loc }> {
  for (const category of inventory.categories) {
    const known = dataItems(category).map((item) => item.name);
    for (const disclosure of disclosures(category)) {
      for (const [i, name] of (disclosure.data ?? []).entries()) {
        if (!known.includes(name)) {
          yield {
            name,
            known,
            at: {
              file: category.loc.file,
              path: [...category.loc.path, 'recipients', disclosure.index, 'data', i],
            },
          };
        }
      }
    }
  }
}
