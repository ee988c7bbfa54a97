// The explorer's one style sheet. Colours pass WCAG AA contrast on white; every control shows a visible
// focus ring; printed, a page keeps its content and drops navigation, search and filters.
import { FLOW_CSS } from '../report/flow-svg.js';

export const SITE_CSS = `:root { color-scheme: light; --ink: #18181b; --muted: #52525b; --line: #d4d4d8; --link: #1d4ed8; --gap: #9a3412; --focus: #c2410c; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; margin: 0; }
a { color: var(--link); }
a:visited { color: #6d28d9; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 2; }
header.site { border-bottom: 1px solid var(--line); padding: .6rem 1.5rem; display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; align-items: center; }
header.site .brand { margin: 0; font-weight: 700; }
header.site .brand a { color: var(--ink); text-decoration: none; }
header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
header.site nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
.quick-search { margin-left: auto; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: .5rem 1.5rem; }
h1 { font-size: 1.7rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
.kind { color: var(--muted); margin: 1rem 0 0; text-transform: uppercase; font-size: .8rem; letter-spacing: .05em; }
.meta, .id { color: var(--muted); font-size: .9rem; font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f5; }
table.fields th { width: 14rem; }
tr:target { background: #fef3c7; }
.gap { color: var(--gap); font-weight: 600; }
.gap code { font-weight: normal; }
.gap.waived { color: var(--muted); font-weight: normal; }
.severity.error { color: #b91c1c; font-weight: 600; }
.severity.warning { color: #92400e; }
input, select, button { font: inherit; color: inherit; }
input[type="search"] { padding: .35rem .5rem; border: 1px solid #71717a; border-radius: 4px; min-width: 16rem; }
button, select { padding: .3rem .6rem; border: 1px solid #71717a; border-radius: 4px; background: #fff; }
.search label { font-weight: 700; display: block; margin-bottom: .3rem; }
.search input[type="search"] { width: min(36rem, 100%); font-size: 1.1rem; }
#results section { margin: .5rem 0 1rem; }
#results h2 { font-size: 1.05rem; border: 0; margin: 1rem 0 .3rem; }
#results ul, ul.links { margin: 0; padding-left: 1.2rem; }
#results .detail { color: var(--muted); font-size: .85rem; }
ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6rem; }
ul.counts a { display: block; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; text-decoration: none; color: var(--ink); }
ul.counts strong { font-size: 1.4rem; display: block; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem .8rem; }
form.filters h2 { flex-basis: 100%; font-size: 1rem; border: 0; margin: .3rem 0 0; }
.facet label { display: block; font-size: .85rem; color: var(--muted); }
.count { color: var(--muted); }
${FLOW_CSS}
svg.flows .node.special rect:last-of-type { stroke: #18181b; stroke-width: 3px; }
svg.flows .node.outside rect { stroke: #b91c1c; stroke-width: 2px; stroke-dasharray: 3 2; }
svg.flows .link.to-outside { stroke-dasharray: 6 3; stroke-opacity: .6; }
svg.flows .link.from-special { stroke-opacity: .6; }
svg.flows a:focus-visible { outline: none; }
svg.flows a:focus-visible text { text-decoration: underline; font-weight: 700; }
svg.flows.lit .link { stroke-opacity: .08; }
svg.flows.lit .node { opacity: .35; }
svg.flows.lit .link.on { stroke-opacity: .8; }
svg.flows.lit .node.on { opacity: 1; }
.legend span { display: inline-block; margin-right: 1rem; }
@media print {
  header.site, footer.site, form.filters, form.search, .skip, #results, .count { display: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  tr, svg { break-inside: avoid; }
  table.list tr[hidden] { display: none; }
}
`;
