// The Markdown and HTML records are written a category at a time, the terminal's an activity at a time (a large record is never held whole as
// text): the pieces make exactly the text the whole renderers make, in every language, and never hold
// two categories.
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { recordHtml, recordHtmlPieces } from '../../src/render/report/html.js';
import { recordMarkdown, recordMarkdownPieces } from '../../src/render/report/markdown.js';
import { recordTable, recordTablePieces } from '../../src/render/report/table.js';
import { flowGraph } from '../../src/views/graph.js';
import { wordsFor } from '../../src/views/words/index.js';
import { REPO } from '../helpers/cli.js';
import { recordOf } from '../helpers/record.js';

const LANGUAGES = ['en', 'fr', 'de'] as const;

async function example(language: (typeof LANGUAGES)[number]) {
  const { record, inventory } = await recordOf(path.join(REPO, 'inventory'), {}, language);
  const categories = [...record.activities].flatMap((a) => (Array.isArray(a.categories) ? a.categories : []));
  expect(categories.length).toBeGreaterThan(10);
  return { record, inventory, categories };
}

describe('the record in pieces', () => {
  it.each(LANGUAGES)(
    'Markdown: joins to the whole text, never two categories in a piece (%s)',
    async (language) => {
      const { record, categories } = await example(language);
      const w = wordsFor(language);
      const pieces = [...recordMarkdownPieces(record, w)];
      expect(pieces.join('')).toBe(recordMarkdown(record, w));
      expect(pieces.length).toBeGreaterThan(categories.length);
      expect(pieces.filter((piece) => (piece.match(/^#### /gm) ?? []).length > 1)).toEqual([]);
      const headings = new MarkdownIt()
        .parse(pieces.join(''), {})
        .filter((token) => token.type === 'heading_open' && token.tag === 'h4');
      expect(headings.length).toBe(categories.length);
    },
  );

  it.each(LANGUAGES)(
    'table: joins to the whole text, never two activities in a piece (%s)',
    async (language) => {
      const { record } = await example(language);
      const w = wordsFor(language);
      const pieces = [...recordTablePieces(record, { width: 100 }, w)];
      expect(pieces.join('')).toBe(recordTable(record, { width: 100 }, w));
      expect(pieces.length).toBeGreaterThan(record.activities.names.length);
      const heading = /^\d+\. .* \([a-z0-9-]+\)$/gm;
      expect(pieces.filter((piece) => (piece.match(heading) ?? []).length > 1)).toEqual([]);
      expect(pieces.join('').match(heading)?.length).toBe(record.activities.names.length);
    },
  );

  it.each(LANGUAGES)(
    'HTML: joins to the whole page, never two categories in a piece (%s)',
    async (language) => {
      const { record, inventory, categories } = await example(language);
      const context = { root: REPO, cwd: REPO, version: '0.0.0', language };
      const pieces = [...recordHtmlPieces(record, flowGraph(inventory), context)];
      expect(pieces.join('')).toBe(recordHtml(record, flowGraph(inventory), context));
      expect(pieces.length).toBeGreaterThan(categories.length);
      expect(pieces.filter((piece) => (piece.match(/<h3>/g) ?? []).length > 1)).toEqual([]);
      expect(pieces.join('').match(/<h3>/g)?.length).toBeGreaterThanOrEqual(categories.length);
    },
  );
});
