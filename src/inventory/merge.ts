import type { Finding } from './diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import type { Category, EntityByKind, EntityKind, Inventory, Loc, Organization, Path, SourceFile } from './model.js';
import { references, unknownDataItems } from './references.js';

/** A parsed, schema-checked file: its value and the paths of entities that failed the schema. */
export interface CheckedFile {
  readonly file: SourceFile;
  readonly value: Record<string, unknown> | undefined;
  readonly invalid: ReadonlySet<string>;
}

const LISTS: readonly [key: string, kind: EntityKind][] = [
  ['subjects', 'subject'],
  ['purposes', 'purpose'],
  ['recipients', 'recipient'],
  ['systems', 'system'],
  ['categories', 'category'],
];

/** The key under which an entity's schema errors are recorded: "purposes/2", "category", "organization". */
export function entityKey(path: Path): string {
  return path.length >= 2 && typeof path[1] === 'number' ? `${path[0]}/${path[1]}` : String(path[0] ?? '');
}

/**
 * Merges checked files into one model and checks what spans files: exactly one organization, unique ids
 * per kind, and references that resolve.
 */
export function merge(root: string, checked: readonly CheckedFile[]): { inventory: Inventory; findings: Finding[] } {
  const findings: Finding[] = [];
  const lists: { [K in EntityKind]: EntityByKind[K][] } = { subject: [], purpose: [], recipient: [], system: [], category: [] };
  const declared: { [K in EntityKind]: Map<string, Loc> } = {
    subject: new Map(), purpose: new Map(), recipient: new Map(), system: new Map(), category: new Map(),
  };
  let organization: Organization | undefined;

  const add = (kind: EntityKind, raw: unknown, loc: Loc, valid: boolean) => {
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
    if (valid) (lists[kind] as object[]).push({ ...raw, loc });
  };

  for (const { file, value, invalid } of checked) {
    if (!value) continue;
    const name = file.name;
    if (value.organization !== undefined) {
      const loc = { file: name, path: ['organization'] };
      if (!organization && !invalid.has('organization') && typeof value.organization === 'object') {
        organization = { ...(value.organization as Organization), loc };
      }
    }
    if (value.category !== undefined) add('category', value.category, { file: name, path: ['category'] }, !invalid.has('category'));
    for (const [key, kind] of LISTS) {
      const list = value[key];
      if (!Array.isArray(list) || invalid.has(key)) continue;
      list.forEach((raw, i) => add(kind, raw, { file: name, path: [key, i] }, !invalid.has(`${key}/${i}`)));
    }
  }

  const orgPlaces = checked.filter((c) => c.value?.organization !== undefined);
  if (orgPlaces.length === 0) {
    const first = checked[0]?.file.name ?? '.';
    findings.push({
      rule: 'organization-missing',
      file: first,
      path: [],
      message: 'the inventory has no organization: add organization.yaml with the controller\'s name and contacts',
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
  };

  for (const reference of references(inventory)) {
    if (!declared[reference.kind].has(reference.id)) {
      findings.push({
        rule: 'unknown-reference',
        file: reference.at.file,
        path: reference.at.path,
        message: `no ${reference.kind} has the id "${reference.id}"${didYouMean(reference.id, declared[reference.kind].keys())}`,
      });
    }
  }
  for (const item of unknownDataItems(inventory)) {
    findings.push({
      rule: 'unknown-reference',
      file: item.at.file,
      path: item.at.path,
      message: `the category holds no data item "${item.name}"${didYouMean(item.name, item.known)}`,
    });
  }
  return { inventory, findings };
}

function duplicate(kind: EntityKind, id: string, here: Loc, other: Loc): Finding {
  return {
    rule: 'duplicate-id',
    file: here.file,
    path: [...here.path, 'id'],
    message: `${kind} id "${id}" is defined twice (also in ${other.file})`,
    related: [{ file: other.file, path: [...other.path, 'id'], message: `the other ${kind} "${id}"` }],
  };
}
