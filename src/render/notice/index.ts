import type { Notice } from '../../views/notice.js';
import { wordsOf, type RenderContext } from '../context.js';
import { jsonDocumentPieces } from '../json-document.js';
import type { Rendered } from '../rendered.js';
import { noticeDocument } from './document.js';
import { noticeHtml } from './html.js';
import { noticeMarkdown } from './markdown.js';

/** Format version of `ropa notice --format json`; bumped on any incompatible change to schema/notice.schema.json. */
export const NOTICE_JSON_VERSION = 1;

export const NOTICE_FORMATS = {
  html: (notice: Notice, context: RenderContext) =>
    noticeHtml(noticeDocument(notice, wordsOf(context)), context),
  markdown: (notice: Notice, context: RenderContext) => {
    const w = wordsOf(context);
    return noticeMarkdown(noticeDocument(notice, w), w);
  },
  // in pieces: a large inventory's notice lists every category for every kind of person
  json: (notice: Notice, context: RenderContext) =>
    jsonDocumentPieces(NOTICE_JSON_VERSION, context.version, { kind: 'notice', ...notice }, 4),
} satisfies Record<string, (notice: Notice, context: RenderContext) => Rendered>;

export type NoticeFormat = keyof typeof NOTICE_FORMATS;
