import type { Finding } from './diagnostic.js';
import { didYouMean, didYouMeanIn } from './did-you-mean.js';
import { quote } from './quote.js';
import type {
  Category,
  EntityByKind,
  EntityKind,
  Inventory,
  Loc,
  Organization,
  Path,
  SourceFile,
} from './model.js';
import { eachReference, place, unknownDataItems } from './references.js';

/** A parsed, schema-checked file: its value and the paths of its schema errors. */
export interface CheckedFile {
  readonly file: SourceFile;
  readonly value: Record<string, unknown> | undefined;
  readonly errors: readonly Path[];
}

const LISTS: readonly [key: string, kind: EntityKind][] = [
  ['subjects', 'subject'],
  ['purposes', 'purpose'],
  ['recipients', 'recipient'],
  ['systems', 'system'],
  ['categories', 'category'],
];

/** The path of a category file's entity, shared by every category's location (paths are read-only). */
const CATEGORY_PATH: Path = Object.freeze(['category']);

/**
 * The entity as far as the schema accepts it, with its location, so that rules can trust the types: a
 * field with a schema error is left out (one typo then costs one finding, not a cascade), and an entity
 * whose own shape is wrong (not a mapping, a required key missing, an invalid id) is left out whole
 * (`undefined`).
 */
function sanitize(raw: unknown, loc: Loc, errors: readonly Path[]): object | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const at = loc.path;
  // Object.assign, not a spread: V8 gives each spread copy of an object this large a hidden class of its
  // own (10,000 categories, 10,000 classes, and every rule's property reads megamorphic). But a
  // `__proto__` key written in the file (a schema error, deleted below) would become the copy's
  // prototype through Object.assign, lending the entity fields it does not have: a spread keeps it a key.
  const copy: Record<string, unknown> = Object.hasOwn(raw, '__proto__')
    ? { ...(raw as Record<string, unknown>) }
    : Object.assign({}, raw as Record<string, unknown>);
  for (const error of errors) {
    if (!at.every((segment, i) => error[i] === segment)) continue;
    if (error.length === at.length || error[at.length] === 'id') return undefined;
    delete copy[String(error[at.length])];
  }
  // set last: a `loc` written in the file is a schema error, deleted above
  copy.loc = loc;
  return copy;
}

/**
 * Merges checked files into one model and checks what spans files: exactly one organization, unique ids
 * per kind, and references that resolve.
 */
export function merge(
  root: string,
  checked: readonly CheckedFile[],
): { inventory: Inventory; findings: Finding[] } {
  const findings: Finding[] = [];
  const lists: { [K in EntityKind]: EntityByKind[K][] } = {
    subject: [],
    purpose: [],
    recipient: [],
    system: [],
    category: [],
  };
  const declared: { [K in EntityKind]: Map<string, Loc> } = {
    subject: new Map(),
    purpose: new Map(),
    recipient: new Map(),
    system: new Map(),
    category: new Map(),
  };
  let organization: Organization | undefined;

  const add = (kind: EntityKind, raw: unknown, loc: Loc, errors: readonly Path[]) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string') {
      const first = declared[kind].get(id);
      if (first) {
        findings.push(duplicate(kind, id, loc, first), duplicate(kind, id, first, loc));
        return;
      }
      declared[kind].set(id, loc);
    }
    const entity = sanitize(raw, loc, errors);
    if (entity) (lists[kind] as object[]).push(entity);
  };

  for (const { file, value, errors } of checked) {
    if (!value) continue;
    const name = file.name;
    if (value.organization !== undefined && !organization) {
      const entity = sanitize(value.organization, { file: name, path: ['organization'] }, errors);
      if (entity) organization = entity as Organization;
    }
    if (value.category !== undefined)
      add('category', value.category, { file: name, path: CATEGORY_PATH }, errors);
    for (const [key, kind] of LISTS) {
      const list = value[key];
      if (!Array.isArray(list)) continue;
      list.forEach((raw, i) => add(kind, raw, { file: name, path: [key, i] }, errors));
    }
  }

  const orgPlaces = checked.filter((c) => c.value?.organization !== undefined);
  if (checked.length === 0) {
    findings.push({
      rule: 'organization-missing',
      file: '.',
      path: [],
      message: 'no inventory files (*.yaml, *.yml) in this folder: run `ropa init` to start one',
    });
  } else if (orgPlaces.length === 0) {
    findings.push({
      rule: 'organization-missing',
      file: checked[0]!.file.name,
      path: [],
      message:
        "the inventory has no organization: add organization.yaml with the controller's name and contacts",
    });
  } else if (orgPlaces.length > 1) {
    for (const place of orgPlaces.slice(1)) {
      findings.push({
        rule: 'organization-missing',
        file: place.file.name,
        path: ['organization'],
        message: `more than one organization: the first is in ${orgPlaces[0]!.file.name}; an inventory describes one controller`,
      });
    }
  }

  const byId = {
    subject: new Map(lists.subject.map((e) => [e.id, e])),
    purpose: new Map(lists.purpose.map((e) => [e.id, e])),
    recipient: new Map(lists.recipient.map((e) => [e.id, e])),
    system: new Map(lists.system.map((e) => [e.id, e])),
    category: new Map(lists.category.map((e) => [e.id, e])),
  };
  const referenced: { [K in EntityKind]: Set<string> } = {
    subject: new Set(),
    purpose: new Set(),
    recipient: new Set(),
    system: new Set(),
    category: new Set(),
  };
  const inventory: Inventory = {
    root,
    files: checked.map((c) => c.file),
    organization,
    subjects: lists.subject,
    purposes: lists.purpose,
    recipients: lists.recipient,
    systems: lists.system,
    categories: lists.category as Category[],
    byId,
    referenced,
  };

  // a removed recipient can be named by thousands of categories: its hint is worked out once, against an
  // index of the ids of its kind made the first time one is asked for
  const hints = new Map<string, string>();
  const finders = new Map<EntityKind, (id: string) => string>();
  const hintFor = (kind: EntityKind) => {
    let find = finders.get(kind);
    if (!find) finders.set(kind, (find = didYouMeanIn([...declared[kind].keys()])));
    return find;
  };
  eachReference(inventory, (kind, id, base, sub, index) => {
    referenced[kind].add(id);
    if (declared[kind].has(id)) return;
    const at = place(base, sub, index);
    const key = `${kind}\0${id}`;
    let hint = hints.get(key);
    if (hint === undefined) hints.set(key, (hint = hintFor(kind)(id)));
    findings.push({
      rule: 'unknown-reference',
      file: at.file,
      path: at.path,
      message: `no ${kind} has the id ${quote(id)}${hint}`,
    });
  });
  for (const item of unknownDataItems(inventory)) {
    findings.push({
      rule: 'unknown-reference',
      file: item.at.file,
      path: item.at.path,
      message: `the category holds no data item ${quote(item.name)}${didYouMean(item.name, item.known)}`,
    });
  }
  return { inventory, findings };
}

function duplicate(kind: EntityKind, id: string, here: Loc, other: Loc): Finding {
  return {
    rule: 'duplicate-id',
    file: here.file,
    path: [...here.path, 'id'],
    message: `${kind} id ${quote(id)} is defined twice`,
    related: [{ file: other.file, path: [...other.path, 'id'], message: `the other ${kind} ${quote(id)}` }],
  };
}
