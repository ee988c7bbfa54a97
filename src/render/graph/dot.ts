import { NODE_KINDS, NODE_TITLES, type FlowGraph, type NodeKind } from '../../views/graph.js';
import { printableLines } from '../terminal.js';

const FILLS: Record<NodeKind, string> = {
  subject: '#e8f0fe',
  category: '#fef7e0',
  purpose: '#e6f4ea',
  recipient: '#fce8e6',
};

/** A Graphviz digraph, left to right, one cluster per kind of node. Every id and label is a quoted string. */
export function graphDot(graph: FlowGraph): string {
  const lines = [
    'digraph flows {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
  ];
  for (const kind of NODE_KINDS) {
    const nodes = graph.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph ${dotString(`cluster_${kind}`)} {`);
    lines.push(`    label=${dotString(NODE_TITLES[kind])};`);
    for (const node of nodes) {
      lines.push(
        `    ${dotString(node.key)} [label=${dotString(node.label)}, fillcolor=${dotString(FILLS[kind])}];`,
      );
    }
    lines.push('  }');
  }
  for (const edge of graph.edges) lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
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
