import { NODE_KINDS, NODE_TITLES, type FlowGraph, type NodeKind } from '../../views/graph.js';
import { printableLines } from '../terminal.js';

const FILLS: Record<NodeKind, string> = {
  subject: '#e8f0fe',
  category: '#fef7e0',
  purpose: '#e6f4ea',
  recipient: '#fce8e6',
};

/** A Graphviz digraph, left to right, one cluster per kind of node. Every id and label is a quoted string. */
export function* graphDot(graph: FlowGraph): Generator<string> {
  // a line at a time: a large inventory's graph has hundreds of thousands of edges
  yield* [
    'digraph flows {\n',
    '  rankdir=LR;\n',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];\n',
  ];
  for (const kind of NODE_KINDS) {
    const nodes = graph.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) continue;
    yield `  subgraph ${dotString(`cluster_${kind}`)} {\n`;
    yield `    label=${dotString(NODE_TITLES[kind])};\n`;
    for (const node of nodes)
      yield `    ${dotString(node.key)} [label=${dotString(node.label)}, fillcolor=${dotString(FILLS[kind])}];\n`;
    yield '  }\n';
  }
  for (const edge of graph.edges) yield `  ${dotString(edge.from)} -> ${dotString(edge.to)};\n`;
  yield '}\n';
}

/**
 * A DOT quoted string: other control characters shown as escapes (as on a terminal), then backslashes and
 * quotes escaped (so `\N`, `\l` and those escapes stay literal), line breaks as `\n`.
 */
function dotString(text: string): string {
  return `"${printableLines(text.replace(/\r\n|\r/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')}"`;
}
