import type { Inventory } from '../inventory/model.js';
import { lookup } from './query/lookup.js';
import { categoryFlows } from './flows.js';
import { compareText, sortById, sortedUnique } from './order.js';

export type NodeKind = 'subject' | 'category' | 'purpose' | 'recipient';

/** Columns of the drawing, left to right. */
export const NODE_KINDS: readonly NodeKind[] = ['subject', 'category', 'purpose', 'recipient'];

/** Each column's heading, the same in every drawing of the flows (Mermaid, Graphviz, the record's SVG). */
export const NODE_TITLES: Readonly<Record<NodeKind, string>> = {
  subject: 'Data subjects',
  category: 'Data categories',
  purpose: 'Purposes',
  recipient: 'Recipients',
};

export interface GraphNode {
  /** `kind:id`: ids are unique only within their kind. */
  readonly key: string;
  readonly kind: NodeKind;
  readonly id: string;
  readonly label: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
}

/** Nodes sorted by kind (left to right) then id; edges sorted by `from` then `to`, without repeats. */
export interface FlowGraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

export interface GraphFilter {
  /** Keep only the flows to these recipients. */
  readonly recipients?: readonly string[];
  /** Keep only these categories. */
  readonly categories?: readonly string[];
}

/**
 * The data flows subjects -> categories -> purposes -> recipients. A category links to each of its
 * purposes; a purpose links to a recipient when the recipient receives the category for that purpose (a
 * disclosure narrowed to some purposes links only through those); a category with no purpose links
 * straight to its recipients. Filters keep the paths through the named recipients and categories.
 */
export function flowGraph(inventory: Inventory, filter: GraphFilter = {}): FlowGraph {
  const wantedRecipients = filter.recipients?.length ? new Set(filter.recipients) : undefined;
  const wantedCategories = filter.categories?.length ? new Set(filter.categories) : undefined;
  for (const id of wantedRecipients ?? []) lookup(inventory, 'recipient', id);
  for (const id of wantedCategories ?? []) lookup(inventory, 'category', id);

  // by kind then id, and by end then start: no key is put together for a node or an edge met again
  const nodes: Record<NodeKind, Map<string, GraphNode>> = {
    subject: new Map(),
    category: new Map(),
    purpose: new Map(),
    recipient: new Map(),
  };
  // the ends of each start's edges: an edge is made once, when they are put in order
  const ends = new Map<string, Set<string>>();
  const node = (kind: NodeKind, id: string): string => {
    let found = nodes[kind].get(id);
    if (found === undefined) {
      found = { key: `${kind}:${id}`, kind, id, label: inventory.byId[kind].get(id)?.name ?? id };
      nodes[kind].set(id, found);
    }
    return found.key;
  };
  const edge = (from: string, to: string) => {
    const known = ends.get(from);
    if (known === undefined) ends.set(from, new Set([to]));
    else known.add(to);
  };

  for (const category of sortById(inventory.categories)) {
    if (wantedCategories !== undefined && !wantedCategories.has(category.id)) continue;
    const flows = categoryFlows(inventory, category).filter(
      (flow) => wantedRecipients === undefined || wantedRecipients.has(flow.recipient.id),
    );
    if (wantedRecipients !== undefined && flows.length === 0) continue;
    const c = node('category', category.id);
    for (const subject of sortedUnique(category.subjects ?? [])) edge(node('subject', subject), c);
    // Without a recipient filter, purposes that disclose nothing are part of the picture too
    if (wantedRecipients === undefined) {
      for (const purpose of sortedUnique(category.purposes ?? [])) edge(c, node('purpose', purpose));
    }
    for (const flow of flows) {
      const r = node('recipient', flow.recipient.id);
      if (flow.purposes.length === 0) edge(c, r);
      for (const purpose of flow.purposes) {
        const p = node('purpose', purpose);
        edge(c, p);
        edge(p, r);
      }
    }
  }
  // by start then end: the starts sorted, then each one's ends, rather than all the edges of a large
  // inventory (300,000 at 30,000 categories) compared two keys at a time
  const edges: GraphEdge[] = [];
  for (const from of [...ends.keys()].sort(compareText))
    for (const to of [...ends.get(from)!].sort(compareText)) edges.push({ from, to });
  return {
    nodes: NODE_KINDS.flatMap((kind) => [...nodes[kind].values()].sort((a, b) => compareText(a.id, b.id))),
    edges,
  };
}
