import type { FlowGraph } from '../../views/graph.js';
import { graphDot } from './dot.js';
import { graphJson } from './json.js';
import { graphMermaid } from './mermaid.js';

export type GraphFormat = 'mermaid' | 'dot' | 'json';

export const GRAPH_FORMATS: Readonly<Record<GraphFormat, (graph: FlowGraph) => string>> = {
  mermaid: graphMermaid,
  dot: graphDot,
  json: graphJson,
};
