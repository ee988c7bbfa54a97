import { NODE_KINDS, NODE_TITLES, type FlowGraph, type NodeKind } from '../../views/graph.js';
import { printable } from '../terminal.js';

/** Subgraph ids: plural, so that they cannot meet a node id (`kind_id`). */
const GROUPS: Record<NodeKind, string> = {
  subject: 'subjects',
  category: 'categories',
  purpose: 'purposes',
  recipient: 'recipients',
};

const FILLS: Record<NodeKind, string> = {
  subject: '#e8f0fe',
  category: '#fef7e0',
  purpose: '#e6f4ea',
  recipient: '#fce8e6',
};

/**
 * A Mermaid flowchart (renders on GitHub inside a ```mermaid block). Node ids are derived from kebab-case
 * ids (`-` becomes `_`, so two ids cannot meet); labels are quoted, with the characters Mermaid would read
 * as syntax or HTML written as its `#code;` entities.
 */
export function* graphMermaid(graph: FlowGraph): Generator<string> {
  // a line at a time: a large inventory's graph has hundreds of thousands of edges
  yield 'flowchart LR\n';
  for (const kind of NODE_KINDS) {
    const nodes = graph.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) continue;
    yield `  subgraph ${GROUPS[kind]}["${mermaidLabel(NODE_TITLES[kind])}"]\n`;
    for (const node of nodes) yield `    ${mermaidId(node.key)}["${mermaidLabel(node.label)}"]\n`;
    yield '  end\n';
  }
  for (const edge of graph.edges) yield `  ${mermaidId(edge.from)} --> ${mermaidId(edge.to)}\n`;
  for (const kind of NODE_KINDS) {
    const ids = graph.nodes.filter((node) => node.kind === kind).map((node) => mermaidId(node.key));
    if (ids.length === 0) continue;
    yield `  classDef ${kind} fill:${FILLS[kind]},stroke:#5f6368\n`;
    yield `  class ${ids.join(',')} ${kind}\n`;
  }
}

/** `category:user-content` -> `category_user_content`. */
function mermaidId(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, '_');
}

function mermaidLabel(text: string): string {
  return printable(text.replace(/\s+/g, ' ')).replace(/[#"<>&`]/g, (c) => `#${c.charCodeAt(0)};`);
}
