import { dataItems, disclosures, type EntityKind, type Inventory, type Loc, type Path } from './model.js';

/** One reference from an entity to another: the id, the kind it must name, and where it is written. */
export interface Reference {
  readonly kind: EntityKind;
  readonly id: string;
  readonly at: Loc;
}

/**
 * A reference whose place is built only when asked for: at 10,000 categories an inventory makes ~200,000
 * references and only the broken ones are ever placed. `sub` is shared by the ids of one list.
 */
class LazyReference implements Reference {
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
    private readonly base: Loc,
    private readonly sub: Path,
    private readonly index?: number,
  ) {}

  get at(): Loc {
    const path = this.base.path.concat(this.sub);
    if (this.index !== undefined) path.push(this.index);
    return { file: this.base.file, path };
  }
}

/** Every reference the inventory makes, in file order. Built on each call and not kept (see above). */
export function references(inventory: Inventory): Reference[] {
  const out: Reference[] = [];
  const one = (kind: EntityKind, id: string | undefined, base: Loc, sub: Path) => {
    if (id !== undefined) out.push(new LazyReference(kind, id, base, sub));
  };
  const many = (kind: EntityKind, ids: readonly string[] | undefined, base: Loc, sub: Path) => {
    if (!ids) return;
    for (let i = 0; i < ids.length; i++) out.push(new LazyReference(kind, ids[i]!, base, sub, i));
  };

  for (const purpose of inventory.purposes) {
    many('recipient', purpose.joint_controllers, purpose.loc, ['joint_controllers']);
  }
  for (const system of inventory.systems) one('recipient', system.hosted_by, system.loc, ['hosted_by']);
  for (const category of inventory.categories) {
    const at = category.loc;
    many('subject', category.subjects, at, ['subjects']);
    (category.sources ?? []).forEach((source, i) => one('recipient', source.from, at, ['sources', i, 'from']));
    many('purpose', category.purposes, at, ['purposes']);
    for (const disclosure of disclosures(category)) {
      const written = category.recipients?.[disclosure.index];
      const base: Path = ['recipients', disclosure.index];
      one('recipient', disclosure.to, at, typeof written === 'string' ? base : [...base, 'to']);
      many('purpose', disclosure.purposes, at, [...base, 'purposes']);
    }
    many('system', category.systems, at, ['systems']);
    (category.trackers ?? []).forEach((tracker, i) => one('recipient', tracker.provider, at, ['trackers', i, 'provider']));
    (category.retention ?? []).forEach((rule, i) => {
      many('subject', rule.subjects, at, ['retention', i, 'subjects']);
      many('purpose', rule.purposes, at, ['retention', i, 'purposes']);
    });
  }
  return out;
}

/** Data item names a narrowed disclosure names that its category does not hold. */
export function* unknownDataItems(inventory: Inventory): Generator<{ name: string; known: string[]; at: Loc }> {
  for (const category of inventory.categories) {
    const known = dataItems(category).map((item) => item.name);
    for (const disclosure of disclosures(category)) {
      for (const [i, name] of (disclosure.data ?? []).entries()) {
        if (!known.includes(name)) {
          yield { name, known, at: { file: category.loc.file, path: [...category.loc.path, 'recipients', disclosure.index, 'data', i] } };
        }
      }
    }
  }
}
