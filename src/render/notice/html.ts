// The notice as one self-contained HTML page, in the record's style (inline CSS, no script, printable):
// a contents list, one heading level per section, values escaped and gaps marked as the record marks them.
import type { RenderContext } from '../context.js';
import { cell, fieldTable, gridTable, page } from '../report/html.js';
import { escapeHtml } from '../report/html-escape.js';
import type { Block, NoticeDocument, Section } from './document.js';
import { NOTICE_WORDS as W } from './words.js';

export function noticeHtml(document: NoticeDocument, context: RenderContext): string {
  const body: string[] = [
    '<header>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.intro)}</p>`,
    `<p class="meta">${escapeHtml(W.generator(context.version))}</p>`,
    '</header>',
    `<nav aria-label="${escapeHtml(W.contents)}">`,
    `<h2>${escapeHtml(W.contents)}</h2>`,
    contents(document.sections),
    '</nav>',
  ];
  for (const s of document.sections) body.push(...sectionHtml(s, 2));
  // The <title> stays short (validators want at most 70 characters); the heading carries the whole title
  return page(W.title(undefined), body, context);
}

function contents(sections: readonly Section[]): string {
  const items = sections.map(
    (s) =>
      `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a>${s.sections.length > 0 ? contents(s.sections) : ''}</li>`,
  );
  return `<ol>${items.join('')}</ol>`;
}

function sectionHtml(s: Section, level: number): string[] {
  return [
    `<section id="${escapeHtml(s.id)}">`,
    `<h${level}>${escapeHtml(s.heading)}</h${level}>`,
    ...s.blocks.map(blockHtml),
    ...s.sections.flatMap((sub) => sectionHtml(sub, level + 1)),
    '</section>',
  ];
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${cell(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${cell(item)}</li>`).join('')}</ul>`;
    case 'fields':
      return fieldTable(block.rows);
    case 'grid':
      return gridTable(block.columns, block.rows);
  }
}
