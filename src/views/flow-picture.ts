// What the flow picture of the HTML record draws. A column of thousands of bars can neither be read nor
// laid out in reasonable time, so a large inventory is drawn in summary: beyond a fixed number of nodes,
// a column keeps those with the most links and groups the others into one node that says how many it holds.
import { NODE_KINDS, type FlowGraph, type GraphEdge, type GraphNode, type NodeKind } from './graph.js';
import { ENGLISH, type Words } from './words/index.js';

/** The most nodes a column of the picture shows; a larger column shows one fewer, and the group. */
export const COLUMN_LIMIT = 40;

export interface Grouped {
  readonly kind: NodeKind;
  /** How many nodes the group stands for. */
  readonly count: number;
}

export interface FlowPicture {
  /** Nodes in the graph's order, each column's group (if any) last in its column. */
  readonly graph: FlowGraph;
  /** The columns that were summarised, left to right; empty when the picture shows every node. */
  readonly grouped: readonly Grouped[];
}

/** "9961 other data categories" (a group always holds at least two), in the words of `w`. */
export function groupLabel(group: Grouped, w: Words = ENGLISH): string {
  return w.t[`flows.others.${group.kind}`](w.number(group.count));
}

/**
 * The graph to draw: the graph itself when no column holds more than `limit` nodes; otherwise each such
 * column keeps its `limit - 1` nodes with the most links (ties in the graph's order) and one group node
 * for the rest. Edges to and from grouped nodes become edges of the group, each drawn once.
 */
export function flowPicture(graph: FlowGraph, limit = COLUMN_LIMIT, w: Words = ENGLISH): FlowPicture {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  /** Where each grouped node's edges go: the key of its column's group. */
  const groupOf = new Map<string, string>();
  const nodes: GraphNode[] = [];
  const grouped: Grouped[] = [];
  for (const kind of NODE_KINDS) {
    const column = graph.nodes.filter((node) => node.kind === kind);
    if (column.length <= limit) {
      nodes.push(...column);
      continue;
    }
    const position = new Map(column.map((node, i) => [node.key, i]));
    const byLinks = [...column].sort(
      (a, b) =>
        (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || position.get(a.key)! - position.get(b.key)!,
    );
    const kept = new Set(byLinks.slice(0, limit - 1).map((node) => node.key));
    const group: Grouped = { kind, count: column.length - kept.size };
    const key = `${kind}:*`; // never an id, which is lowercase letters, digits and hyphens
    nodes.push(...column.filter((node) => kept.has(node.key)), {
      key,
      kind,
      id: '*',
      label: groupLabel(group, w),
    });
    for (const node of column) if (!kept.has(node.key)) groupOf.set(node.key, key);
    grouped.push(group);
  }
  if (grouped.length === 0) return { graph, grouped };
  // each edge once, where it first comes: the ends met from each start so far
  const edges: GraphEdge[] = [];
  const ends = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    const from = groupOf.get(edge.from) ?? edge.from;
    const to = groupOf.get(edge.to) ?? edge.to;
    let met = ends.get(from);
    if (met === undefined) ends.set(from, (met = new Set()));
    if (met.has(to)) continue;
    met.add(to);
    edges.push(from === edge.from && to === edge.to ? edge : { from, to });
  }
  return { graph: { nodes, edges }, grouped };
}
