// The Markdown record is written a category at a time (a large record is never held whole as text): the
// pieces make exactly the text the whole renderer makes, in every language, and Markdown still reads it.
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { recordMarkdown, recordMarkdownPieces } from '../../src/render/report/markdown.js';
import { wordsFor } from '../../src/views/words/index.js';
import { REPO } from '../helpers/cli.js';
import { recordOf } from '../helpers/record.js';

describe('the Markdown record in pieces', () => {
  it.each(['en', 'fr', 'de'] as const)(
    'joins to the whole text, never two categories in a piece (%s)',
    async (language) => {
      const { record } = await recordOf(path.join(REPO, 'inventory'), {}, language);
      const w = wordsFor(language);
      const pieces = [...recordMarkdownPieces(record, w)];
      const whole = recordMarkdown(record, w);
      expect(pieces.join('')).toBe(whole);
      // never two categories in one piece: memory holds a category's text at a time, not the record's
      const categories = record.activities.flatMap((a) => (Array.isArray(a.categories) ? a.categories : []));
      expect(categories.length).toBeGreaterThan(10);
      expect(pieces.length).toBeGreaterThan(categories.length);
      expect(pieces.filter((piece) => (piece.match(/^#### /gm) ?? []).length > 1)).toEqual([]);
      const headings = new MarkdownIt()
        .parse(pieces.join(''), {})
        .filter((token) => token.type === 'heading_open' && token.tag === 'h4');
      expect(headings.length).toBe(categories.length);
    },
  );
});
