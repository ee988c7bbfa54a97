// The notice as one self-contained HTML page, in the record's style (inline CSS, no script, printable):
// a contents list, one heading level per section, values escaped and gaps marked as the record marks them.
import type { Words } from '../../views/words/index.js';
import { wordsOf, type RenderContext } from '../context.js';
import { cell, fieldTable, gridTableLines, pagePieces } from '../report/html.js';
import { escapeHtml } from '../report/html-escape.js';
import type { Block, NoticeDocument, Section } from './document.js';

/** The page in pieces, a table row at a time: a large inventory's notice is tens of MB. */
export function noticeHtml(document: NoticeDocument, context: RenderContext): Iterable<string> {
  const w = wordsOf(context);
  // The <title> stays short (validators want at most 70 characters); the heading carries the whole title
  return pagePieces(w.t['notice.title'](undefined), noticeBody(document, context, w), context, w.language);
}

function* noticeBody(document: NoticeDocument, context: RenderContext, w: Words): Generator<string> {
  const { t } = w;
  yield* [
    '<header>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.intro)}</p>`,
    `<p class="meta">${escapeHtml(t['notice.generator'](context.version))}</p>`,
    '</header>',
    `<nav aria-label="${escapeHtml(t['notice.contents'])}">`,
    `<h2>${escapeHtml(t['notice.contents'])}</h2>`,
    contents(document.sections),
    '</nav>',
  ];
  for (const s of document.sections) yield* sectionHtml(s, 2, w);
}

function contents(sections: readonly Section[]): string {
  const items = sections.map(
    (s) =>
      `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a>${s.sections.length > 0 ? contents(s.sections) : ''}</li>`,
  );
  return `<ol>${items.join('')}</ol>`;
}

function* sectionHtml(s: Section, level: number, w: Words): Generator<string> {
  yield `<section id="${escapeHtml(s.id)}">`;
  yield `<h${level}>${escapeHtml(s.heading)}</h${level}>`;
  for (const block of s.blocks) yield* blockHtml(block, w);
  for (const sub of s.sections) yield* sectionHtml(sub, level + 1, w);
  yield '</section>';
}

function blockHtml(block: Block, w: Words): Iterable<string> {
  const show = (text: string) => cell(text, w);
  switch (block.kind) {
    case 'paragraph':
      return [`<p>${show(block.text)}</p>`];
    case 'list':
      return [`<ul>${block.items.map((item) => `<li>${show(item)}</li>`).join('')}</ul>`];
    case 'fields':
      return [fieldTable(block.rows, w)];
    case 'grid':
      return gridTableLines(block.columns, block.rows, show);
  }
}
