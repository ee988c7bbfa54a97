// The frame of every page of the explorer: landmarks (banner, navigation, search, main, contentinfo), a
// skip link, the shared style sheet and script (files of the site itself: no network, nothing external).
import { createHash } from 'node:crypto';
import { escapeHtml } from '../report/html-escape.js';
import type { EntityKind, SiteWords } from './words/index.js';

/** The site's pages beside the home page, in the navigation's order. */
export type ListPage = 'activities' | 'categories' | 'recipients' | 'subjects' | 'transfers' | 'findings';
export type TopPage = 'index' | ListPage | 'flows';

export const ENTITY_FOLDERS: Readonly<Record<EntityKind, string>> = {
  activity: 'activity',
  category: 'category',
  recipient: 'recipient',
  subject: 'subject',
  system: 'system',
};

/**
 * A file name for an id. Inventory ids are lowercase letters, digits and hyphens (the schema's pattern);
 * anything else, or an id too long for a file name, is named by its hash, so that no id can name a path
 * outside its folder or two ids one file.
 */
export function fileName(id: string): string {
  if (/^[a-z0-9][a-z0-9-]{0,199}$/.test(id)) return id;
  return `_${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/** The path of an entity's page from the site's root. */
export const entityPath = (kind: EntityKind, id: string): string =>
  `${ENTITY_FOLDERS[kind]}/${fileName(id)}.html`;

/** Where a page sits: at the root, or one folder down (entity pages). */
export interface Place {
  /** `''` at the root, `'../'` in an entity folder. */
  readonly up: string;
  readonly current?: TopPage;
}

export const ROOT: Place = { up: '' };
export const IN_FOLDER: Place = { up: '../' };

export function link(place: Place, target: string, text: string, attributes = ''): string {
  return `<a href="${escapeHtml(place.up + target)}"${attributes}>${text}</a>`;
}

export function entityLink(place: Place, kind: EntityKind, entity: { id: string; name: string }): string {
  return link(place, entityPath(kind, entity.id), escapeHtml(entity.name));
}

export interface Frame {
  readonly words: SiteWords;
  readonly controller?: string;
  /** The footer's line: what the record speaks for. */
  readonly asOf: string;
  /** "Made by ropa 0.1.0 from the inventory..." */
  readonly madeBy: string;
  readonly version: string;
}

const NAVIGATION: readonly { page: TopPage; words: (w: SiteWords) => string }[] = [
  { page: 'index', words: (w) => w.home },
  { page: 'activities', words: (w) => w.kinds.activity.many },
  { page: 'categories', words: (w) => w.kinds.category.many },
  { page: 'recipients', words: (w) => w.kinds.recipient.many },
  { page: 'subjects', words: (w) => w.kinds.subject.many },
  { page: 'transfers', words: (w) => w.transfers },
  { page: 'flows', words: (w) => w.flows },
  { page: 'findings', words: (w) => w.findings },
];

/** Validators want a `<title>` of at most 70 characters. */
function shortTitle(title: string): string {
  return title.length <= 70 ? title : `${title.slice(0, 69)}…`;
}

/** A whole page: `main` is the page's own markup, starting with its `<h1>`. */
export function sitePage(
  frame: Frame,
  place: Place,
  title: string,
  main: string,
  scripts: string[] = [],
): string {
  const [head, foot] = frameAround(frame, place, title, scripts);
  return head + main + foot;
}

/** A whole page whose main part comes in pieces (a list of thousands of rows), written as it is made. */
export function* sitePagePieces(
  frame: Frame,
  place: Place,
  title: string,
  main: Iterable<string>,
): Generator<string> {
  const [head, foot] = frameAround(frame, place, title, []);
  yield head;
  yield* main;
  yield foot;
}

/** The page before its main part, and after it, each line ended. */
function frameAround(frame: Frame, place: Place, title: string, scripts: string[]): [string, string] {
  const w = frame.words;
  const nav = NAVIGATION.map(
    ({ page, words }) =>
      `<li>${link(place, `${page}.html`, escapeHtml(words(w)), page === place.current ? ' aria-current="page"' : '')}</li>`,
  ).join('');
  // The home page is the search page: elsewhere a small form leads to it with the query
  const search =
    place.current === 'index'
      ? ''
      : `<form class="quick-search" role="search" action="${place.up}index.html" method="get">` +
        `<label for="quick-q">${escapeHtml(w.search)}</label> <input type="search" id="quick-q" name="q">` +
        ` <button type="submit">${escapeHtml(w.searchButton)}</button></form>`;
  const brand = escapeHtml(w.siteTitle) + (frame.controller ? ` — ${escapeHtml(frame.controller)}` : '');
  const head = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(w.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="ropa ${escapeHtml(frame.version)}">`,
    `<title>${escapeHtml(shortTitle(title))}</title>`,
    `<link rel="stylesheet" href="${place.up}assets/site.css">`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${escapeHtml(w.skipToContent)}</a>`,
    '<header class="site">',
    `<p class="brand">${link(place, 'index.html', brand)}</p>`,
    `<nav aria-label="${escapeHtml(w.mainNavigation)}"><ul>${nav}</ul></nav>`,
    search,
    '</header>',
    `<main id="main" tabindex="-1">`,
  ];
  const foot = [
    '</main>',
    `<footer class="site"><p>${escapeHtml(frame.asOf)} ${escapeHtml(frame.madeBy)}</p></footer>`,
    ...scripts.map((s) => `<script src="${place.up}assets/${s}"></script>`),
    `<script src="${place.up}assets/site.js"></script>`,
    '</body>',
    '</html>',
  ];
  return [`${head.filter((line) => line !== '').join('\n')}\n`, `\n${foot.join('\n')}\n`];
}
