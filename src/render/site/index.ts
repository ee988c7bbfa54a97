// `ropa site`: the record as a static site to search, filter and follow. A renderer of the record like
// the others: the pages, the search index and the record's own HTML and JSON are made from the record (and
// the flows, for the picture), file by file, for the folder writer to write as they come.
import type { FlowGraph } from '../../views/graph.js';
import { COLUMN_LIMIT, flowPicture } from '../../views/flow-picture.js';
import { heldWhole, type Activity, type ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
import { wordsOf, type RenderContext } from '../context.js';
import type { Words } from '../../views/words/index.js';
import { asOfText } from '../report/describe.js';
import { flowSvg } from '../report/flow-svg.js';
import { escapeHtml } from '../report/html-escape.js';
import { recordHtmlPieces } from '../report/html.js';
import { joinedLines } from '../rendered.js';
import { entities } from './entities.js';
import {
  entityPath,
  IN_FOLDER,
  ROOT,
  sitePage,
  sitePagePieces,
  type Frame,
  type ListPage,
  type Place,
} from './layout.js';
import { activityPage, categoryPage, linkedPage, recipientPage } from './entity-pages.js';
import type { PageContext } from './fragments.js';
import { homeMain } from './home.js';
import {
  activitiesList,
  categoriesList,
  findingsList,
  recipientsList,
  subjectsList,
  transfersList,
} from './list-pages.js';
import { searchEntries, searchScript } from './search-index.js';
import { SITE_CSS } from './style.js';
import { fill, siteWords, type EntityKind, type SiteWords } from './words/index.js';

export interface SiteFile {
  /** Relative to the site's folder, with forward slashes. */
  readonly path: string;
  /** A page, or the record in pieces as it is made. */
  readonly content: string | Iterable<string>;
}

export interface SiteOptions {
  /** The browser script, bundled at build (see scripts/build.mjs). */
  readonly script: string;
}

/** Whose node in the picture leads where: a list narrowed to it (the activities, or for a purpose its categories). */
function narrowed(node: { kind: string; id: string }): string | undefined {
  if (node.id === '*') return undefined;
  const id = encodeURIComponent(node.id);
  return node.kind === 'purpose' ? `categories.html#activity=${id}` : `activities.html#${node.kind}=${id}`;
}

export function* siteFiles(
  record: ProcessingRecord,
  flows: FlowGraph,
  context: RenderContext,
  options: SiteOptions,
): Generator<SiteFile> {
  // the pages, the lists and record.html all go through the activities: made once, and held
  const held = heldWhole(record);
  yield* explorerFiles(held, flows, context, options);
  // The record as `ropa report` writes it (to print, one activity per page, or to archive), once the
  // explorer's entities (45 MB of the heap at 30,000 categories) are let go: the texts the record
  // remembers of its categories grow as it is written
  yield { path: 'record.html', content: recordHtmlPieces(held, flows, context) };
}

/** Every file but record.html: the explorer, made from the entities gathered from the record. */
function* explorerFiles(
  record: ProcessingRecord,
  flows: FlowGraph,
  context: RenderContext,
  options: SiteOptions,
): Generator<SiteFile> {
  // the site speaks the record's language (`--lang`, `language:` in the configuration)
  const terms = wordsOf(context);
  const words = siteWords(terms.language);
  const e = entities(record);
  const ctx: PageContext = { words, terms, entities: e, render: context };
  const asOf = asOfText(record, terms);
  const frame: Frame = {
    words,
    ...(isNotStated(record.controller) ? {} : { controller: record.controller.name }),
    asOf,
    madeBy: fill(words.madeBy, { version: context.version }),
    version: context.version,
  };
  const page = (place: Place, title: string, main: string, scripts?: string[]) =>
    sitePage(frame, place, title, main, scripts);

  yield { path: 'assets/site.css', content: SITE_CSS };
  yield { path: 'assets/site.js', content: options.script };
  yield { path: 'assets/search.js', content: searchScript(searchEntries(e, context)) };
  yield {
    path: 'index.html',
    content: page({ ...ROOT, current: 'index' }, words.siteTitle, homeMain(ROOT, record, ctx, asOf), [
      'search.js',
    ]),
  };
  const lists: readonly [ListPage, string, (place: Place, ctx: PageContext) => Iterable<string>][] = [
    ['activities', words.kinds.activity.many, activitiesList],
    ['categories', words.kinds.category.many, categoriesList],
    ['recipients', words.kinds.recipient.many, recipientsList],
    ['subjects', words.kinds.subject.many, subjectsList],
    ['transfers', words.transfers, transfersList],
    ['findings', words.findings, findingsList],
  ];
  // a list of every category is tens of megabytes: written a row at a time
  for (const [name, title, main] of lists)
    yield {
      path: `${name}.html`,
      content: sitePagePieces(frame, { ...ROOT, current: name }, title, main(ROOT, ctx)),
    };
  yield {
    path: 'flows.html',
    content: page({ ...ROOT, current: 'flows' }, words.flows, flowsMain(e.activities, flows, words, terms)),
  };
  const entity = (
    kind: EntityKind,
    item: { id: string; name: string },
    main: readonly string[],
  ): SiteFile => ({
    path: entityPath(kind, item.id),
    content: sitePagePieces(frame, IN_FOLDER, `${item.name} — ${words.kinds[kind].one}`, joinedLines(main)),
  });
  for (const a of e.activities) yield entity('activity', a, activityPage(IN_FOLDER, a, ctx));
  for (const c of e.categories) yield entity('category', c, categoryPage(IN_FOLDER, c, ctx));
  for (const r of e.recipients) yield entity('recipient', r, recipientPage(IN_FOLDER, r, ctx));
  for (const s of e.subjects) yield entity('subject', s, linkedPage(IN_FOLDER, 'subject', s, ctx));
  for (const s of e.systems) yield entity('system', s, linkedPage(IN_FOLDER, 'system', s, ctx));
}

function flowsMain(
  activities: readonly Activity[],
  flows: FlowGraph,
  words: SiteWords,
  terms: Words,
): string {
  const outside = new Set(activities.flatMap((a) => a.transfers.map((t) => t.recipient.id)));
  const special = new Set(
    activities.flatMap((a) =>
      isNotStated(a.categories) ? [] : a.categories.filter((c) => c.special.length > 0).map((c) => c.id),
    ),
  );
  const svg = flowSvg(flowPicture(flows, COLUMN_LIMIT, terms).graph, terms, {
    href: narrowed,
    marks: (node) =>
      node.kind === 'recipient' && outside.has(node.id)
        ? ['outside']
        : node.kind === 'category' && special.has(node.id)
          ? ['special']
          : [],
  });
  return [
    `<h1>${escapeHtml(words.flows)}</h1>`,
    `<p class="meta">${escapeHtml(words.flowsHint)}</p>`,
    `<p class="legend">${escapeHtml(words.flowsLegend + terms.t['sep.colon'])}<span>${escapeHtml(words.legendOutside)}</span> <span>${escapeHtml(words.legendSpecial)}</span></p>`,
    svg || `<p>${escapeHtml(words.none)}</p>`,
  ].join('\n');
}
