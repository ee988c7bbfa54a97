// The notice as GitHub-flavoured Markdown: one heading per section, tables for rows, every value escaped.
import { markdownTableLines, markdownText } from '../markdown.js';
import { joinedLines, trimmedEnd } from '../rendered.js';
import type { Words } from '../../views/words/index.js';
import type { Block, NoticeDocument, Section } from './document.js';

/** The notice in pieces, a table row at a time: a large inventory's notice is tens of MB. */
export function* noticeMarkdown(document: NoticeDocument, w: Words): Generator<string> {
  /** The header of a two-column table of labelled values (Markdown needs one). */
  const fieldColumns = [w.t['notice.item'], w.t['notice.details']];
  function* lines(): Generator<string> {
    yield* [`# ${markdownText(document.title)}`, '', markdownText(document.intro), ''];
    for (const s of document.sections) yield* sectionMarkdown(s, 2, fieldColumns);
  }
  yield* trimmedEnd(joinedLines(lines()));
  yield '\n';
}

function* sectionMarkdown(s: Section, level: number, fieldColumns: readonly string[]): Generator<string> {
  // no explicit anchors: Markdown viewers make one from each heading
  yield `${'#'.repeat(level)} ${markdownText(s.heading)}`;
  yield '';
  for (const b of s.blocks) {
    yield* blockMarkdown(b, fieldColumns);
    yield '';
  }
  for (const sub of s.sections) yield* sectionMarkdown(sub, level + 1, fieldColumns);
}

function blockMarkdown(block: Block, fieldColumns: readonly string[]): Iterable<string> {
  switch (block.kind) {
    case 'paragraph':
      return [markdownText(block.text)];
    case 'list':
      return [block.items.map((item) => `- ${markdownText(item)}`).join('\n')];
    case 'fields':
      return markdownTableLines(fieldColumns, block.rows);
    case 'grid':
      return markdownTableLines(block.columns, block.rows);
  }
}
