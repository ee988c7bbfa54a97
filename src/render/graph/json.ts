import type { FlowGraph } from '../../views/graph.js';

export function graphJson(graph: FlowGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
