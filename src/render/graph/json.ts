import type { FlowGraph } from '../../views/graph.js';
import type { RenderContext } from '../context.js';

/** Format version of `ropa graph --format json`; bumped on any incompatible change to its shape. */
export const GRAPH_JSON_VERSION = 1;

/** The nodes and edges after the format version and the tool, as every JSON output of ropa. */
export function graphJson(graph: FlowGraph, context: Pick<RenderContext, 'version'>): string {
  const output = { version: GRAPH_JSON_VERSION, tool: { name: 'ropa', version: context.version }, ...graph };
  return `${JSON.stringify(output, null, 2)}\n`;
}
