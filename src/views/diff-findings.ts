// Finding identity: which findings a change adds and which it resolves.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Inventory, Path, RetentionRule } from '../inventory/model.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { At, DiffSide, FindingChange, InventoryDiff } from './diff.js';
import { isMapping } from './diff-fields.js';
import { flows } from './diff-flows.js';
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
export function findingChanges(base: DiffSide, head: DiffSide): InventoryDiff['findings'] {
  const identify = identifier(base.inventory);
  const identifyHead = identifier(head.inventory);
  const remaining = new Map<string, FindingChange[]>();
  for (const diagnostic of base.diagnostics) {
    const { key, entity } = identify(diagnostic);
    remaining.set(key, [...(remaining.get(key) ?? []), { diagnostic, ...(entity ? { entity } : {}) }]);
  }
  const [flowsBefore, flowsAfter] = [flowsTo(base.inventory), flowsTo(head.inventory)];
  const added: FindingChange[] = [];
  for (const diagnostic of head.diagnostics) {
    const { key, entity } = identifyHead(diagnostic);
    const matched = remaining.get(key)?.shift();
    const newFlow =
      matched !== undefined &&
      entity?.kind === 'recipient' &&
      RULES_BY_ID.get(diagnostic.rule)?.group === 'transfers' &&
      [...(flowsAfter.get(entity.id!) ?? [])].some((flow) => !flowsBefore.get(entity.id!)?.has(flow));
    if (!matched || newFlow) added.push({ diagnostic, ...(entity ? { entity } : {}) });
  }
  return { added, removed: [...remaining.values()].flat() };
}

/** What flows to each recipient: "category" and "category[item]" for each data item it receives. */
function flowsTo(inventory: Inventory): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const flow of flows(inventory).values()) {
    const set = result.get(flow.recipient) ?? new Set<string>();
    set.add(flow.category);
    for (const item of flow.data) set.add(`${flow.category}[${item}]`);
    result.set(flow.recipient, set);
  }
  return result;
}

interface Located {
  readonly at: At;
  readonly path: Path;
  readonly value: object;
}

function identifier(inventory: Inventory): (diagnostic: Diagnostic) => { key: string; entity?: At } {
  const byFile = new Map<string, Located[]>();
  const add = (at: At, entity: { loc: { file: string; path: Path } }) => {
    const list = byFile.get(entity.loc.file) ?? [];
    list.push({ at, path: entity.loc.path, value: entity });
    byFile.set(entity.loc.file, list);
  };
  if (inventory.organization) add({ kind: 'organization' }, inventory.organization);
  for (const kind of ['subject', 'purpose', 'recipient', 'system', 'category'] as const) {
    for (const entity of inventory.byId[kind].values()) add({ kind, id: entity.id }, entity);
  }
  return (diagnostic) => {
    const owner = byFile
      .get(diagnostic.file)
      ?.find((e) => e.path.every((segment, i) => diagnostic.path[i] === segment));
    if (!owner) return { key: [diagnostic.rule, 'file', diagnostic.file, ...diagnostic.path].join('\0') };
    const inside = stablePath(owner.value, diagnostic.path.slice(owner.path.length));
    return {
      key: [diagnostic.rule, owner.at.kind, owner.at.id ?? '', ...inside].join('\0'),
      entity: owner.at,
    };
  };
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
