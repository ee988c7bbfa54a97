import type { SubprocessorList } from '../../views/subprocessors.js';
import type { RenderContext } from '../context.js';
import { csv } from '../csv.js';
import { jsonDocument } from '../json-document.js';
import { markdownTable, markdownText } from '../markdown.js';
import { cell, gridTable, page } from '../report/html.js';
import { escapeHtml } from '../report/html-escape.js';
import {
  CHANGE_COLUMNS,
  LIST_COLUMNS,
  NONE_LISTED,
  NO_CHANGES,
  asOfText,
  changeRows,
  changesHeading,
  listRows,
  listTitle,
} from './rows.js';

/** Format version of `ropa subprocessors --format json`; bumped on any incompatible change to its schema. */
export const SUBPROCESSORS_JSON_VERSION = 1;

function subprocessorsHtml(list: SubprocessorList, context: RenderContext): string {
  const body = [
    '<header>',
    `<h1>${escapeHtml(listTitle(list))}</h1>`,
    `<p>${escapeHtml(asOfText(list))}</p>`,
    '</header>',
    '<section id="list">',
    list.subprocessors.length > 0 ? gridTable(LIST_COLUMNS, listRows(list)) : `<p>${cell(NONE_LISTED)}</p>`,
    '</section>',
  ];
  if (list.changes) {
    body.push(
      '<section id="changes">',
      `<h2>${escapeHtml(changesHeading(list.changes.since))}</h2>`,
      list.changes.items.length > 0
        ? gridTable(CHANGE_COLUMNS, changeRows(list.changes.items))
        : `<p>${escapeHtml(NO_CHANGES)}</p>`,
      '</section>',
    );
  }
  return page('Sub-processors', body, context);
}

function subprocessorsMarkdown(list: SubprocessorList): string {
  const out = [`# ${markdownText(listTitle(list))}`, '', markdownText(asOfText(list)), ''];
  out.push(list.subprocessors.length > 0 ? markdownTable(LIST_COLUMNS, listRows(list)) : `${NONE_LISTED}\n`);
  if (list.changes) {
    out.push(`## ${markdownText(changesHeading(list.changes.since))}`, '');
    out.push(
      list.changes.items.length > 0
        ? markdownTable(CHANGE_COLUMNS, changeRows(list.changes.items))
        : `${NO_CHANGES}\n`,
    );
  }
  return out.join('\n');
}

export const SUBPROCESSORS_FORMATS = {
  html: subprocessorsHtml,
  markdown: (list: SubprocessorList) => subprocessorsMarkdown(list),
  json: (list: SubprocessorList, context: RenderContext) =>
    jsonDocument(SUBPROCESSORS_JSON_VERSION, context.version, { kind: 'subprocessors', ...list }),
  csv: (list: SubprocessorList) => csv(LIST_COLUMNS, listRows(list)),
} satisfies Record<string, (list: SubprocessorList, context: RenderContext) => string>;

export type SubprocessorsFormat = keyof typeof SUBPROCESSORS_FORMATS;
