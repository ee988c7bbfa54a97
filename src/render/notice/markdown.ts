// The notice as GitHub-flavoured Markdown: one heading per section, tables for rows, every value escaped.
import { markdownTable, markdownText } from '../markdown.js';
import type { Block, NoticeDocument, Section } from './document.js';
import { NOTICE_WORDS as W } from './words.js';

export function noticeMarkdown(document: NoticeDocument): string {
  const out = [`# ${markdownText(document.title)}`, '', markdownText(document.intro), ''];
  for (const s of document.sections) out.push(...sectionMarkdown(s, 2));
  return `${out.join('\n').trimEnd()}\n`;
}

function sectionMarkdown(s: Section, level: number): string[] {
  // no explicit anchors: Markdown viewers make one from each heading
  return [
    `${'#'.repeat(level)} ${markdownText(s.heading)}`,
    '',
    ...s.blocks.flatMap((b) => [blockMarkdown(b), '']),
    ...s.sections.flatMap((sub) => sectionMarkdown(sub, level + 1)),
  ];
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownText(block.text);
    case 'list':
      return block.items.map((item) => `- ${markdownText(item)}`).join('\n');
    case 'fields':
      return markdownTable(W.fieldColumns, block.rows).trimEnd();
    case 'grid':
      return markdownTable(block.columns, block.rows).trimEnd();
  }
}
