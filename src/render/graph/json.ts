import type { FlowGraph } from '../../views/graph.js';
import type { RenderContext } from '../context.js';
import { jsonDocument } from '../json-document.js';

/** Format version of `ropa graph --format json`; bumped on any incompatible change to its shape. */
export const GRAPH_JSON_VERSION = 1;

/** The nodes and edges after the format version and the tool, as every JSON output of ropa. */
export function graphJson(graph: FlowGraph, context: Pick<RenderContext, 'version'>): string {
  return jsonDocument(GRAPH_JSON_VERSION, context.version, graph);
}
