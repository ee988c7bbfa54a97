// Tables and diffs as long as an inventory of 30,000 categories can make them: a list spread into the
// arguments of one call (Math.max(...rows), push(...lines)) overflows the call stack above ~120,000 items.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/inventory/diagnostic.js';
import type { DiffContext } from '../../src/render/diff/context.js';
import { markdown } from '../../src/render/diff/markdown.js';
import { text } from '../../src/render/diff/text.js';
import { queryMarkdown } from '../../src/render/query/markdown.js';
import { queryTable } from '../../src/render/query/table.js';
import { sheetTable } from '../../src/render/report/table.js';
import type { Change, FindingChange, InventoryDiff } from '../../src/views/diff.js';
import { joined } from '../helpers/pieces.js';

const COUNT = 150_000;
const numbers = Array.from({ length: COUNT }, (_, i) => i + 1);

const side = (label: string) => ({ label, root: label, cwd: '/work', version: '9.9.9' });
const context: DiffContext = { version: '9.9.9', base: side('base'), head: side('head') };

const finding = (i: number): FindingChange => {
  const diagnostic: Diagnostic = {
    rule: 'retention-missing',
    severity: 'warning',
    file: `/work/head/categories/c${i}.yaml`,
    path: [],
    line: i,
    column: 1,
    message: `category c${i} has no retention`,
  };
  return { diagnostic };
};

/** One category gaining 150,000 data items, and 150,000 new findings. */
const diff: InventoryDiff = {
  risk: [],
  changes: numbers.map((i): Change => ({
    kind: 'category',
    id: 'big',
    type: 'item-added',
    field: 'data',
    item: `d${i}`,
  })),
  subprocessors: [],
  findings: { added: numbers.map(finding), removed: [] },
};

const firstAndLast = (output: string) => {
  const lines = output.trimEnd().split('\n');
  return { count: lines.length, first: lines[0], last: lines.at(-1) };
};

describe('150,000 rows or items', () => {
  it('a retention table keeps every row', () => {
    const sheet = {
      name: 'Retention',
      columns: [
        { header: 'Category', width: 10 },
        { header: 'Limit', width: 10 },
      ],
      rows: numbers.map((i) => [`c${i}`, i]),
    };
    const lines = [...sheetTable(sheet, 'Retention', [10, 10])].join('').trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['Retention', '┌──────────┬──────────┐']);
    expect(lines.filter((line) => line.startsWith('│')).length).toBe(COUNT + 1);
    expect(lines.at(-2)).toMatch(/^│ c150000 +│ 150000 +│$/);
  });

  it('a query table keeps every row', () => {
    const rows = numbers.map((i) => [`c${i}`, `Category ${i}`]);
    const table = { title: 'Transfers', facts: [], columns: ['Id', 'Name'], rows };
    const lines = joined(queryTable({ data: { view: 'transfers' }, table }, { version: '9.9.9' }))
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('Transfers');
    expect(lines.filter((line) => line.startsWith('│')).length).toBe(COUNT + 1);
    expect(lines.at(-2)).toMatch(/^│ c150000 +│ Category 150000 +│$/);
  });

  it('a Markdown query of more than 32 columns lists every row', () => {
    const columns = Array.from({ length: 33 }, (_, i) => `r${i}`);
    const empty = columns.slice(1).map(() => '');
    const rows = numbers.map((i) => [`c${i}`, ...empty]);
    const table = { title: 'Matrix', facts: [], columns, rows };
    const { count, first, last } = firstAndLast(joined(queryMarkdown({ data: { view: 'matrix' }, table })));
    expect(first).toBe('## Matrix');
    expect(count).toBe(2 + 2 * COUNT - 1);
    expect(last).toBe('**c150000**');
  });

  it('a text diff lists every change and finding', () => {
    const { count, first, last } = firstAndLast([...text(diff, context)].join(''));
    expect(first).toMatch(/^ropa diff base -> head: /);
    expect(count).toBe(1 + 2 + COUNT + 2 + COUNT);
    expect(last).toBe(
      '  head/categories/c150000.yaml:150000:1 warning retention-missing: category c150000 has no retention',
    );
  });

  it('a Markdown diff lists every change and finding', () => {
    const { count, first, last } = firstAndLast([...markdown(diff, context)].join(''));
    expect(first).toBe('### ropa diff `base` → `head`');
    expect(count).toBeGreaterThan(2 * COUNT);
    expect(last).toBe('</details>');
  });
});
