import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxTable } from '../../src/render/box-table.js';

/** The table as cli-table3 draws it in one piece: what the drawing in pieces must reproduce. */
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

/** Cells cli-table3 measures its own way: wide and combining characters, emoji, colour codes. */
const otherCell = fc.oneof(
  plainCell,
  fc.constantFrom(
    '中文 名字',
    'émoji 👍 ok',
    'e\u0301t\u0301e\u0301',
    '\u001b[33mnot stated\u001b[39m [rule]',
    'soft\u00adhyphen',
  ),
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

  it('of any text is drawn in pieces exactly as cli-table3 draws it whole', () => {
    fc.assert(drawnBothWays(otherCell, 3), { numRuns: 60 });
  });

  it('keeps one line between rows where two pieces meet, and one border at each end', () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`row ${i + 1}`]);
    const lines = boxTable({ head: ['Row'], colWidths: [9] }, rows).split('\n');
    expect(lines.slice(0, 4)).toEqual(['┌─────────┐', '│ Row     │', '├─────────┤', '│ row 1   │']);
    // one column: 512 rows to a piece; rows 512 and 513 sit on either side of the first join
    const at = lines.indexOf('│ row 512 │');
    expect(lines.slice(at, at + 3)).toEqual(['│ row 512 │', '├─────────┤', '│ row 513 │']);
    expect(lines.slice(-2)).toEqual(['│ row 600 │', '└─────────┘']);
    expect(lines.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('└'))).toHaveLength(1);
    expect(lines).toHaveLength(3 + 600 * 2);
  });
});
