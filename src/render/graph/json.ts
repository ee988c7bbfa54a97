import type { FlowGraph } from '../../views/graph.js';
import type { RenderContext } from '../context.js';
import { jsonDocumentPieces } from '../json-document.js';

/** Format version of `ropa graph --format json`; bumped on any incompatible change to its shape. */
export const GRAPH_JSON_VERSION = 1;

/**
 * The nodes and edges after the format version and the tool, as every JSON output of ropa, in pieces: a
 * large inventory's graph has hundreds of thousands of edges.
 */
export function graphJson(graph: FlowGraph, context: Pick<RenderContext, 'version'>): Iterable<string> {
  return jsonDocumentPieces(GRAPH_JSON_VERSION, context.version, graph);
}
