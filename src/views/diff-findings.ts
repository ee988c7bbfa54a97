// Finding identity: which findings a change adds and which it resolves.
import { pushTo } from '../grouping.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Inventory, Path, RetentionRule } from '../inventory/model.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { At, Change, DiffSide, FindingChange, InventoryDiff } from './diff.js';
import { isMapping } from './diff-fields.js';
import { scopeKey, scopeOf } from './diff-retention.js';

/**
 * Findings matched by identity: the rule, the entity (kind and id) and the path inside the entity, with
 * list positions replaced by what the list holds there. Line numbers, file names and list order play no
 * part, so findings follow their entity when it moves. Equal identities are matched by count.
 *
 * A finding about a recipient's flows (a transfers rule: no transfer tool, no contract...) is also about
 * what flows to it: when head sends the recipient a category, or data items of one, that base did not,
 * the finding is new (the base finding still holds for the old flows, so it is not resolved).
 */
export function findingChanges(
  base: DiffSide,
  head: DiffSide,
  changes: readonly Change[],
): InventoryDiff['findings'] {
  const identify = identifier(base.inventory, base.diagnostics);
  const identifyHead = identifier(head.inventory, head.diagnostics);
  const remaining = new Map<string, FindingChange[]>();
  for (const diagnostic of base.diagnostics) {
    const { key, entity } = identify(diagnostic);
    const change = { diagnostic, ...(entity ? { entity } : {}) };
    pushTo(remaining, key, change);
  }
  const gainers = gainingRecipients(changes);
  const added: FindingChange[] = [];
  for (const diagnostic of head.diagnostics) {
    const { key, entity } = identifyHead(diagnostic);
    const matched = remaining.get(key)?.shift();
    const newFlow =
      matched !== undefined &&
      entity?.kind === 'recipient' &&
      RULES_BY_ID.get(diagnostic.rule)?.group === 'transfers' &&
      gainers.has(entity.id!);
    if (!matched || newFlow) added.push({ diagnostic, ...(entity ? { entity } : {}) });
  }
  return { added, removed: [...remaining.values()].flat() };
}

/**
 * The recipients head sends something base did not: a category (a flow added), or data items of one (a
 * flow that gains items).
 */
function gainingRecipients(changes: readonly Change[]): ReadonlySet<string> {
  const recipients = new Set<string>();
  for (const change of changes) {
    if (change.type === 'flow-added' || (change.type === 'flow-changed' && change.dataAdded.length > 0))
      recipients.add(change.recipient);
  }
  return recipients;
}

interface Located {
  readonly at: At;
  readonly path: Path;
  readonly value: object;
}

function identifier(
  inventory: Inventory,
  diagnostics: readonly Diagnostic[],
): (diagnostic: Diagnostic) => { key: string; entity?: At } {
  // the entities of each file by their path, with their order: a finding's entity is the first whose
  // path starts its own, found by looking up each start of its path rather than trying every entity of
  // the file (a recipients file of thousands, each with findings); only the files with findings
  const byFile = new Map<string, Map<string, { located: Located; order: number }>>();
  for (const diagnostic of diagnostics) byFile.set(diagnostic.file, new Map());
  let order = 0;
  const add = (at: At, entity: { loc: { file: string; path: Path } }) => {
    const paths = byFile.get(entity.loc.file);
    if (!paths) return;
    const key = pathKey(entity.loc.path, entity.loc.path.length);
    if (!paths.has(key))
      paths.set(key, { located: { at, path: entity.loc.path, value: entity }, order: order++ });
  };
  if (inventory.organization) add({ kind: 'organization' }, inventory.organization);
  for (const kind of ['subject', 'purpose', 'recipient', 'system', 'category'] as const) {
    for (const entity of inventory.byId[kind].values()) add({ kind, id: entity.id }, entity);
  }
  const ownerOf = (diagnostic: Diagnostic): Located | undefined => {
    const paths = byFile.get(diagnostic.file);
    if (!paths) return undefined;
    let first: { located: Located; order: number } | undefined;
    for (let length = 0; length <= diagnostic.path.length; length++) {
      const found = paths.get(pathKey(diagnostic.path, length));
      if (found && (first === undefined || found.order < first.order)) first = found;
    }
    return first?.located;
  };
  return (diagnostic) => {
    const owner = ownerOf(diagnostic);
    if (!owner) return { key: [diagnostic.rule, 'file', diagnostic.file, ...diagnostic.path].join('\0') };
    const inside = stablePath(owner.value, diagnostic.path.slice(owner.path.length));
    return {
      key: [diagnostic.rule, owner.at.kind, owner.at.id ?? '', ...inside].join('\0'),
      entity: owner.at,
    };
  };
}

/** The first `length` segments of a path as a key: a number and the same digits as text differ. */
function pathKey(path: Path, length: number): string {
  let key = '';
  for (let i = 0; i < length; i++) {
    const segment = path[i]!;
    key += `${typeof segment === 'number' ? '#' : '$'}${segment}\0`;
  }
  return key;
}

/** A path inside an entity with list indexes replaced by the id, name or value found there. */
function stablePath(value: unknown, path: Path): string[] {
  const out: string[] = [];
  let node = value;
  for (const segment of path) {
    const next =
      isMapping(node) || Array.isArray(node)
        ? (node as Record<string | number, unknown>)[segment]
        : undefined;
    if (typeof segment === 'number') {
      out.push(`[${identityOf(next) ?? segment}]`);
    } else {
      out.push(segment);
    }
    node = next;
  }
  return out;
}

function identityOf(value: unknown): string | undefined {
  if (typeof value === 'string') return `=${value}`;
  if (!isMapping(value)) return undefined;
  for (const key of ['id', 'to', 'name', 'rule', 'country']) {
    if (typeof value[key] === 'string') return `${key}=${value[key] as string}`;
  }
  if ('subjects' in value || 'purposes' in value || 'duration' in value) {
    return `scope=${scopeKey(scopeOf(value as RetentionRule))}`;
  }
  return undefined;
}
