// The data-flow picture of the HTML record: a Sankey diagram laid out by d3-sankey at build time, written
// as inline SVG so the report needs no script and no network to show it.
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import { NODE_KINDS, type FlowGraph, type NodeKind } from '../../views/graph.js';
import { escapeHtml } from './html-escape.js';

// d3-sankey writes its own `layer` (a column number) on each node: ours is called `kind`
interface NodeDatum {
  key: string;
  kind: NodeKind;
  name: string;
}

const WIDTH = 1000;
const ROW = 18;
const LABEL_SPACE = 170;
const HEADINGS: Record<NodeKind, string> = {
  subject: 'Data subjects',
  category: 'Data categories',
  purpose: 'Purposes',
  recipient: 'Recipients',
};

/** The SVG markup, or an empty string when there is no flow to draw. */
export function flowSvg(graph: FlowGraph): string {
  if (graph.edges.length === 0) return '';
  const perLayer = NODE_KINDS.map((kind) => graph.nodes.filter((n) => n.kind === kind).length);
  const height = Math.max(240, Math.max(...perLayer) * ROW * 1.6) + 40;
  const layout = sankey<NodeDatum, object>()
    .nodeId((node) => node.key)
    .nodeAlign((node) => NODE_KINDS.indexOf(node.kind))
    .nodeWidth(12)
    .nodePadding(ROW * 0.6)
    .nodeSort(null) // keep the graph's order (by id) within a column
    .iterations(6)
    .extent([
      [LABEL_SPACE, 36],
      [WIDTH - LABEL_SPACE, height - 8],
    ]);
  const laid: SankeyGraph<NodeDatum, object> = layout({
    nodes: graph.nodes.map((n) => ({ key: n.key, kind: n.kind, name: n.label })),
    links: graph.edges.map((e) => ({ source: e.from, target: e.to, value: 1 })),
  });
  const path = sankeyLinkHorizontal();
  const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;
  const columns = NODE_KINDS.flatMap((layer, i) => {
    const first = laid.nodes.find((n) => n.kind === layer);
    if (!first) return [];
    const anchor = i === 0 ? 'end' : 'start';
    const x = i === 0 ? round(first.x1) : round(first.x0);
    return [`<text class="heading" x="${x}" y="18" text-anchor="${anchor}">${HEADINGS[layer]}</text>`];
  });
  const links = laid.links.map((l) => {
    const source = l.source as NodeDatum;
    const target = l.target as NodeDatum;
    const d = (path(l) ?? '').replace(/\d+\.\d+/g, (n) => String(round(Number(n))));
    return `<path class="link ${source.kind}" d="${d}" stroke-width="${round(Math.max(1, l.width ?? 1))}"><title>${escapeHtml(`${source.name} → ${target.name}`)}</title></path>`;
  });
  const nodes = laid.nodes.map((n) => {
    const x0 = round(n.x0);
    const y0 = round(n.y0);
    const h = round(Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)));
    // Subjects are labelled on their left, every other column on its right (over a halo, see the CSS)
    const left = n.kind === 'subject';
    const tx = left ? x0 - 6 : round(n.x1) + 6;
    const ty = round(((n.y0 ?? 0) + (n.y1 ?? 0)) / 2);
    return (
      `<g class="node ${n.kind}"><rect x="${x0}" y="${y0}" width="12" height="${h}"><title>${escapeHtml(n.name)}</title></rect>` +
      `<text x="${tx}" y="${ty}" dy="0.35em" text-anchor="${left ? 'end' : 'start'}">${escapeHtml(shorten(n.name, n.kind === 'recipient' ? 26 : 30))}</text></g>`
    );
  });
  return [
    `<svg class="flows" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${round(height)}" role="img" aria-labelledby="flows-title">`,
    `<title id="flows-title">Data flows: data subjects, data categories, purposes and recipients</title>`,
    ...columns,
    `<g class="links">${links.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

/** Labels must fit between two columns; the full name stays in the node's tooltip. */
function shorten(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
