import type { Notice } from '../../views/notice.js';
import { wordsOf, type RenderContext } from '../context.js';
import { jsonDocument } from '../json-document.js';
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
  json: (notice: Notice, context: RenderContext) =>
    jsonDocument(NOTICE_JSON_VERSION, context.version, { kind: 'notice', ...notice }),
} satisfies Record<string, (notice: Notice, context: RenderContext) => string>;

export type NoticeFormat = keyof typeof NOTICE_FORMATS;
