// The data-flow picture of the HTML record: a Sankey diagram laid out by d3-sankey at build time, written
// as inline SVG so the report needs no script and no network to show it.
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import { NODE_KINDS, type FlowGraph, type NodeKind } from '../../views/graph.js';
import { ENGLISH, type Words } from '../../views/words/index.js';
import { escapeHtml } from './html-escape.js';

// d3-sankey writes its own `layer` (a column number) on each node: ours is called `kind`
interface NodeDatum {
  key: string;
  kind: NodeKind;
  id: string;
  name: string;
}

/** How the picture looks, in the record's page and in the site's style sheet. */
export const FLOW_CSS = `svg.flows { max-width: 100%; height: auto; }
svg.flows rect.lane { fill-opacity: .15; }
svg.flows text { font: 11px system-ui, sans-serif; fill: #18181b; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg.flows text.heading { font-weight: 700; font-size: 12px; }
svg.flows .link { fill: none; stroke-opacity: .35; }
svg.flows .link.subject { stroke: #2563eb; } svg.flows .link.category { stroke: #059669; } svg.flows .link.purpose { stroke: #d97706; }
svg.flows .node.subject rect { fill: #2563eb; } svg.flows .node.category rect { fill: #059669; }
svg.flows .node.purpose rect { fill: #d97706; } svg.flows .node.recipient rect { fill: #7c3aed; }`;

/** What the record explorer adds to the picture: each node a link, marks, and the ends of each band. */
export interface FlowSvgOptions {
  /** Where a node leads; a node without one (a group) stays a plain picture. */
  readonly href: (node: { kind: NodeKind; id: string }) => string | undefined;
  /** Classes saying what a node is (`outside`, `special`); its bands carry them as `from-X` and `to-X`. */
  readonly marks: (node: { kind: NodeKind; id: string }) => readonly string[];
}

const ROW = 18;
const BAR = 12;
/** Room between a bar and its label. */
const PAD = 6;
/** Room for the bands between one column's labels and the next column's bars. */
const GAP = 64;
/** A generous average advance of the 11px label font, so that a label never runs past its lane. */
const CHAR = 6;

/**
 * The SVG markup, or an empty string when there is no flow to draw. Every label is written in full in a
 * lane of its own, where no band runs: subjects left of their bars, categories and purposes right of
 * theirs (the bands leave from the end of the lane), recipients right of theirs. The width follows the
 * longest labels; the page shrinks the picture to fit when it is wider.
 */
export function flowSvg(graph: FlowGraph, w: Words = ENGLISH, interactive?: FlowSvgOptions): string {
  if (graph.edges.length === 0) return '';
  const perLayer = NODE_KINDS.map((kind) => graph.nodes.filter((n) => n.kind === kind).length);
  const height = Math.max(240, Math.max(...perLayer) * ROW * 1.6) + 40;
  const lane = (kind: NodeKind) =>
    Math.ceil(Math.max(0, ...graph.nodes.filter((n) => n.kind === kind).map((n) => n.label.length)) * CHAR);
  const linked = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  const drawn = graph.nodes.filter((n) => linked.has(n.key));
  const kinds = NODE_KINDS.filter((kind) => drawn.some((n) => n.kind === kind));
  const layout = sankey<NodeDatum, object>()
    .nodeId((node) => node.key)
    // d3-sankey makes as many columns as the longest chain of links, and fails on a column with no node:
    // a node is put in the column of its kind among the kinds drawn (a category without subjects makes
    // fewer than four), and a node with no link is not drawn
    .nodeAlign((node, columns) => Math.min(kinds.indexOf(node.kind), columns - 1))
    .nodeWidth(BAR)
    .nodePadding(ROW * 0.6)
    .nodeSort(null) // keep the graph's order (by id) within a column
    .iterations(6)
    .extent([
      [0, 36],
      [1000, height - 8],
    ]);
  const laid: SankeyGraph<NodeDatum, object> = layout({
    nodes: drawn.map((n) => ({ key: n.key, kind: n.kind, id: n.id, name: n.label })),
    links: graph.edges.map((e) => ({ source: e.from, target: e.to, value: 1 })),
  });
  // d3-sankey places the rows; the columns are placed here, each as wide as its longest label, so that a
  // label has a lane of its own. The bands run from a node's right edge to the next node's bar.
  const columnX: Record<NodeKind, [number, number]> = {
    subject: [0, 0],
    category: [0, 0],
    purpose: [0, 0],
    recipient: [0, 0],
  };
  let x = lane('subject') + PAD + 4;
  for (const kind of NODE_KINDS) {
    const middle = kind === 'category' || kind === 'purpose';
    const right = middle ? x + BAR + PAD + lane(kind) + PAD : x + BAR;
    columnX[kind] = [x, right];
    x = right + GAP;
  }
  const width = columnX.recipient[1] + PAD + lane('recipient') + 4;
  for (const node of laid.nodes) [node.x0, node.x1] = columnX[node.kind];
  const path = sankeyLinkHorizontal();
  const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;
  const barX = (n: { x0?: number }) => n.x0 ?? 0;
  const columns = NODE_KINDS.flatMap((layer, i) => {
    const first = laid.nodes.find((n) => n.kind === layer);
    if (!first) return [];
    const anchor = i === 0 ? 'end' : 'start';
    const x = i === 0 ? round(barX(first) + BAR) : round(barX(first));
    return [
      `<text class="heading" x="${x}" y="18" text-anchor="${anchor}">${escapeHtml(w.t[`flows.${layer}`])}</text>`,
    ];
  });
  const links = laid.links.map((l) => {
    const source = l.source as NodeDatum;
    const target = l.target as NodeDatum;
    const d = (path(l) ?? '').replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
    const marks = interactive
      ? [
          ...interactive.marks(source).map((m) => ` from-${m}`),
          ...interactive.marks(target).map((m) => ` to-${m}`),
        ]
      : [];
    const ends = interactive
      ? ` data-from="${escapeHtml(source.key)}" data-to="${escapeHtml(target.key)}"`
      : '';
    return `<path class="link ${source.kind}${marks.join('')}"${ends} d="${d}" stroke-width="${round(Math.max(1, l.width ?? 1))}"><title>${escapeHtml(`${source.name} → ${target.name}`)}</title></path>`;
  });
  const nodes = laid.nodes.map((n) => {
    const x0 = round(barX(n));
    const y0 = round(n.y0);
    const h = round(Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0)));
    const left = n.kind === 'subject';
    const tx = left ? x0 - PAD : x0 + BAR + PAD;
    const ty = round(((n.y0 ?? 0) + (n.y1 ?? 0)) / 2);
    // In the middle columns a faint band joins the bar to where the node's outgoing bands start
    const lane =
      n.kind === 'category' || n.kind === 'purpose'
        ? `<rect class="lane" x="${x0}" y="${y0}" width="${round((n.x1 ?? 0) - x0)}" height="${h}"/>`
        : '';
    const label = `<text x="${round(tx)}" y="${ty}" dy="0.35em" text-anchor="${left ? 'end' : 'start'}">${escapeHtml(n.name)}</text>`;
    const href = interactive?.href(n);
    if (interactive && href !== undefined) {
      // A link whose name is its label; the bar needs no title of its own
      const marks = interactive
        .marks(n)
        .map((m) => ` ${m}`)
        .join('');
      return (
        `<a class="node ${n.kind}${marks}" href="${escapeHtml(href)}" data-key="${escapeHtml(n.key)}">${lane}` +
        `<rect x="${x0}" y="${y0}" width="${BAR}" height="${h}"/>${label}</a>`
      );
    }
    return (
      `<g class="node ${n.kind}">${lane}<rect x="${x0}" y="${y0}" width="${BAR}" height="${h}"><title>${escapeHtml(n.name)}</title></rect>` +
      `${label}</g>`
    );
  });
  return [
    // a picture of links is a group of links to assistive technology, not one image
    `<svg class="flows" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${round(height)}" width="${round(width)}" role="${interactive ? 'group' : 'img'}" aria-labelledby="flows-title">`,
    `<title id="flows-title">${escapeHtml(w.t['record.flowsTitle'])}</title>`,
    ...columns,
    `<g class="links">${links.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
