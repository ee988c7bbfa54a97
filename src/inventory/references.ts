import { dataItems, disclosures, type EntityKind, type Inventory, type Loc, type Path } from './model.js';

/** One reference from an entity to another: the id, the kind it must name, and where it is written. */
export interface Reference {
  readonly kind: EntityKind;
  readonly id: string;
  readonly at: Loc;
}

/** Every reference the inventory makes, in file order. */
export function* references(inventory: Inventory): Generator<Reference> {
  const ref = (kind: EntityKind, id: string | undefined, base: Loc, sub: Path): Reference | undefined =>
    id === undefined ? undefined : { kind, id, at: { file: base.file, path: [...base.path, ...sub] } };
  const many = function* (kind: EntityKind, ids: readonly string[] | undefined, base: Loc, sub: Path) {
    for (const [i, id] of (ids ?? []).entries()) yield ref(kind, id, base, [...sub, i])!;
  };

  for (const purpose of inventory.purposes) {
    yield* many('recipient', purpose.joint_controllers, purpose.loc, ['joint_controllers']);
  }
  for (const system of inventory.systems) {
    const r = ref('recipient', system.hosted_by, system.loc, ['hosted_by']);
    if (r) yield r;
  }
  for (const category of inventory.categories) {
    const at = category.loc;
    yield* many('subject', category.subjects, at, ['subjects']);
    for (const [i, source] of (category.sources ?? []).entries()) {
      const r = ref('recipient', source.from, at, ['sources', i, 'from']);
      if (r) yield r;
    }
    yield* many('purpose', category.purposes, at, ['purposes']);
    for (const disclosure of disclosures(category)) {
      const written = category.recipients?.[disclosure.index];
      const base: Path = ['recipients', disclosure.index];
      yield ref('recipient', disclosure.to, at, typeof written === 'string' ? base : [...base, 'to'])!;
      yield* many('purpose', disclosure.purposes, at, [...base, 'purposes']);
    }
    yield* many('system', category.systems, at, ['systems']);
    for (const [i, tracker] of (category.trackers ?? []).entries()) {
      const r = ref('recipient', tracker.provider, at, ['trackers', i, 'provider']);
      if (r) yield r;
    }
    for (const [i, rule] of (category.retention ?? []).entries()) {
      yield* many('subject', rule.subjects, at, ['retention', i, 'subjects']);
      yield* many('purpose', rule.purposes, at, ['retention', i, 'purposes']);
    }
  }
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
