// Builds an inventory draft from another tool's records: entities found by name (the same name in two
// rows is one entity), ids made from names, kebab-case and unique per kind, and notes kept per entity.
import type { Category, Purpose, Recipient, Subject, System } from '../inventory/model.js';
import type { InventoryDraft } from '../inventory/write.js';
import { emptyDraft } from '../inventory/write.js';
import type { LossReport, Place } from './loss.js';
import { idFrom, isId, normalise } from './words.js';

type Draft<T> = Omit<T, 'loc'>;

interface Kinds {
  subject: Draft<Subject>;
  purpose: Draft<Purpose>;
  recipient: Draft<Recipient>;
  system: Draft<System>;
  category: Draft<Category>;
}

export class DraftBuilder {
  readonly draft: InventoryDraft = emptyDraft();
  private readonly byName = new Map<string, Map<string, unknown>>();
  private readonly ids = new Map<string, Set<string>>();
  private readonly notes = new Map<object, string[]>();

  private list<K extends keyof Kinds>(kind: K): Kinds[K][] {
    const lists: { [Key in keyof Kinds]: Kinds[Key][] } = {
      subject: this.draft.subjects,
      purpose: this.draft.purposes,
      recipient: this.draft.recipients,
      system: this.draft.systems,
      category: this.draft.categories,
    };
    return lists[kind];
  }

  /** The entity of this kind and name, made on first sight; `id` is used when it is a free, valid id. */
  entity<K extends keyof Kinds>(kind: K, name: string, id?: string): Kinds[K] {
    const names = this.byName.get(kind) ?? new Map<string, unknown>();
    this.byName.set(kind, names);
    const key = normalise(name) || name;
    const found = names.get(key) as Kinds[K] | undefined;
    if (found) return found;
    const taken = this.ids.get(kind) ?? new Set<string>();
    this.ids.set(kind, taken);
    const chosen =
      id !== undefined && isId(id) && !taken.has(id) ? (taken.add(id), id) : idFrom(name, taken, kind);
    const entity = { id: chosen, name } as Kinds[K];
    names.set(key, entity);
    this.list(kind).push(entity);
    return entity;
  }

  find<K extends keyof Kinds>(kind: K, name: string): Kinds[K] | undefined {
    return this.byName.get(kind)?.get(normalise(name) || name) as Kinds[K] | undefined;
  }

  /** Adds a note ("Heading: text") to an entity; written into its `notes` when the draft is finished. */
  note(entity: object, text: string): void {
    const list = this.notes.get(entity) ?? [];
    if (!list.includes(text)) list.push(text);
    this.notes.set(entity, list);
  }

  finish(): InventoryDraft {
    for (const [entity, list] of this.notes) {
      const target = entity as { notes?: string };
      target.notes = [...(target.notes ? [target.notes] : []), ...list].join('\n');
    }
    this.notes.clear();
    return this.draft;
  }
}

/** Adds `value` to the list at `key` of `target` unless it is there already. */
export function addTo<T>(target: Record<string, unknown>, key: string, value: T): void {
  const list = (target[key] as T[] | undefined) ?? [];
  if (!list.includes(value)) list.push(value);
  target[key] = list;
}

/** Keeps a value the draft has no field for in the entity's notes ("Label: text"), and says so. */
export function keepAsNotes(
  builder: DraftBuilder,
  report: LossReport,
  at: Place,
  entity: { id: string },
  kind: string,
  [label, text]: readonly [string, string],
  reason: string,
): void {
  builder.note(entity, `${label}: ${text}`);
  report.add(at, 'notes', text, `${kind} ${entity.id} notes`, reason);
}
