import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxTable } from '../../src/render/box-table.js';

/** The table as cli-table3 draws it: what ropa's own drawing must reproduce. */
function whole(head: string[] | undefined, colWidths: number[], rows: string[][]): string {
  const table = new Table({
    ...(head ? { head } : {}),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

/** Cells as the renderers make them, with the spacing cli-table3's word wrap treats specially. */
const plainCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '  a',
    'b  ',
    'not stated',
    'Strasbourg, France',
    'a-very-long-word-that-cannot-wrap',
    '\u00a0no-break\u00a0 spaces\u00a0',
  ),
  fc.stringMatching(/^[ -~\u00a0éüŁ‐–—‘’‚“”„†‡•…←↑→↓€]{0,30}$/),
  fc.constantFrom('Partner 6 → United States', '“quoted” – dash … ellipsis • €'),
  fc.array(fc.constantFrom('one', 'two words', 'x', '', '   '), { maxLength: 4 }).map((l) => l.join('\n')),
);

/** Text cli-table3 measures its own way: wide and combining characters, emoji and their sequences. */
const wideText = fc.oneof(
  fc.constantFrom(
    '中文 名字',
    'émoji 👍 ok',
    'e\u0301t\u0301e\u0301',
    'soft\u00adhyphen',
    'family 👨‍👩‍👧‍👦 flag 🇫🇷 keycap 1️⃣ tone 👋🏽',
    '東京都千代田区丸の内一丁目',
    '\ud83d lone \ude00 halves',
  ),
  fc
    .array(fc.constantFrom(' ', 'a', 'z', '\u0300', '\u3000', '中', '文', '！', 'Ｚ'), { maxLength: 24 })
    .map((parts) => parts.join('')),
  fc
    .array(fc.constantFrom('👍', '👨‍👩‍👧', '🇩🇪', '中', 'a', '\u0301', '\u200d', '😀', ' ', '9️⃣', '🏽'), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
);

/** Colour as chalk writes it: foreground, background, attributes, several at once, a reset, one left on. */
const colour = fc.constantFrom(
  ['\u001b[33m', '\u001b[39m'],
  ['\u001b[41m', '\u001b[49m'],
  ['\u001b[1m', '\u001b[22m'],
  ['\u001b[4m', '\u001b[24m'],
  ['\u001b[31m', '\u001b[0m'],
  ['\u001b[33m', ''],
  ['\u001b[1m\u001b[4m\u001b[33m\u001b[44m', '\u001b[49m\u001b[39m\u001b[24m\u001b[22m'],
  ['\u001b[4m\u001b[7m\u001b[1m', ''],
);

/** Cells cli-table3 measures its own way: wide text, colour codes, and both mixed with plain text. */
const otherCell = fc.oneof(
  plainCell,
  wideText,
  fc.constant('\u001b[33mnot stated\u001b[39m [rule]'),
  fc
    .array(
      fc.oneof(
        plainCell,
        wideText,
        fc.tuple(colour, fc.oneof(plainCell, wideText)).map(([[on, off], text]) => `${on}${text}${off}`),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.join('')),
);

function drawnBothWays(cell: fc.Arbitrary<string>, minWidth: number) {
  return fc.property(
    fc
      .integer({ min: 1, max: 4 })
      .chain((columns) =>
        fc.tuple(
          fc.array(fc.integer({ min: minWidth, max: 20 }), { minLength: columns, maxLength: columns }),
          fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 400 }),
          fc.boolean(),
        ),
      ),
    ([widths, rows, withHead]) => {
      const head = withHead ? widths.map((_, i) => `Column ${i + 1}`) : undefined;
      expect(boxTable({ ...(head ? { head } : {}), colWidths: widths }, rows)).toBe(
        whole(head, widths, rows),
      );
    },
  );
}

describe('a long boxed table', () => {
  it('of plain text is drawn exactly as cli-table3 draws it', () => {
    fc.assert(drawnBothWays(plainCell, 1), { numRuns: 150 });
  });

  it('of any text, wide characters and colour included, is drawn exactly as cli-table3 draws it', () => {
    fc.assert(drawnBothWays(otherCell, 3), { numRuns: 300 });
  });

  it('keeps one line between rows, and one border at each end', () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`row ${i + 1}`]);
    const lines = boxTable({ head: ['Row'], colWidths: [9] }, rows).split('\n');
    expect(lines.slice(0, 4)).toEqual(['┌─────────┐', '│ Row     │', '├─────────┤', '│ row 1   │']);
    expect(lines.slice(4, 7)).toEqual(['├─────────┤', '│ row 2   │', '├─────────┤']);
    expect(lines.slice(-2)).toEqual(['│ row 600 │', '└─────────┘']);
    expect(lines.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('└'))).toHaveLength(1);
    expect(lines).toHaveLength(3 + 600 * 2);
  });

  it('draws a row with fewer cells than columns with the rest empty, and cuts a word of wide characters', () => {
    expect(boxTable({ head: ['Id', 'Name'], colWidths: [6, 8] }, [['a1'], ['b2', '東京都千代田区 ok']])).toBe(
      [
        '┌──────┬────────┐',
        '│ Id   │ Name   │',
        '├──────┼────────┤',
        '│ a1   │        │',
        '├──────┼────────┤',
        '│ b2   │ 東京…  │',
        '│      │ ok     │',
        '└──────┴────────┘',
      ].join('\n'),
    );
  });
});
