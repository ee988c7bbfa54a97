// The notice as GitHub-flavoured Markdown: one heading per section, tables for rows, every value escaped.
import { markdownTable, markdownText } from '../markdown.js';
import type { Words } from '../../views/words/index.js';
import type { Block, NoticeDocument, Section } from './document.js';

export function noticeMarkdown(document: NoticeDocument, w: Words): string {
  /** The header of a two-column table of labelled values (Markdown needs one). */
  const fieldColumns = [w.t['notice.item'], w.t['notice.details']];
  const out = [`# ${markdownText(document.title)}`, '', markdownText(document.intro), ''];
  for (const s of document.sections) out.push(...sectionMarkdown(s, 2, fieldColumns));
  return `${out.join('\n').trimEnd()}\n`;
}

function sectionMarkdown(s: Section, level: number, fieldColumns: readonly string[]): string[] {
  // no explicit anchors: Markdown viewers make one from each heading
  return [
    `${'#'.repeat(level)} ${markdownText(s.heading)}`,
    '',
    ...s.blocks.flatMap((b) => [blockMarkdown(b, fieldColumns), '']),
    ...s.sections.flatMap((sub) => sectionMarkdown(sub, level + 1, fieldColumns)),
  ];
}

function blockMarkdown(block: Block, fieldColumns: readonly string[]): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownText(block.text);
    case 'list':
      return block.items.map((item) => `- ${markdownText(item)}`).join('\n');
    case 'fields':
      return markdownTable(fieldColumns, block.rows).trimEnd();
    case 'grid':
      return markdownTable(block.columns, block.rows).trimEnd();
  }
}
