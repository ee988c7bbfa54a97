import type { FlowGraph } from '../../views/graph.js';
import type { RenderContext } from '../context.js';
import { graphDot } from './dot.js';
import { graphJson } from './json.js';
import { graphMermaid } from './mermaid.js';

export type GraphFormat = 'mermaid' | 'dot' | 'json';

export const GRAPH_FORMATS: Readonly<
  Record<
    GraphFormat,
    (graph: FlowGraph, context: Pick<RenderContext, 'version'>) => string | Iterable<string>
  >
> = {
  mermaid: graphMermaid,
  dot: graphDot,
  json: graphJson,
};
