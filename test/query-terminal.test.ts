import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gapsFrom } from '../src/views/gaps.js';
import { loadInventory } from '../src/inventory/load.js';
import { lint } from '../src/rules/run.js';
import { narrowWidestFirst, wrapText } from '../src/render/fit-width.js';
import { queryTable } from '../src/render/query/table.js';
import { QUERY_VIEWS } from '../src/views/query/index.js';
import { matrixQuery } from '../src/views/query/matrix.js';
import { recipientQuery } from '../src/views/query/recipient.js';
import { BIN, REPO } from './helpers/cli.js';
import { joined } from './helpers/pieces.js';

const FIXTURE = 'test/fixtures/query';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

/** Runs ropa on a pseudo-terminal `columns` wide (util-linux `script`), as a user at a terminal would. */
function atTerminal(columns: number, args: readonly string[]): string {
  const command = [`stty cols ${columns}`, `exec ${[process.execPath, BIN, ...args].join(' ')}`].join('; ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return result.stdout.replaceAll('\r\n', '\n');
}

describe('fitting a table to the terminal', () => {
  it('narrows the widest columns first, and gives up below the minimum', () => {
    expect(narrowWidestFirst([10, 40, 30], 80, 12)).toEqual([10, 40, 30]);
    expect(narrowWidestFirst([10, 40, 30], 60, 12)).toEqual([10, 25, 25]);
    expect(narrowWidestFirst([10, 40, 30], 34, 12)).toEqual([10, 12, 12]);
    expect(narrowWidestFirst([10, 40, 30], 33, 12)).toBeUndefined();
    expect(narrowWidestFirst([40, 40, 40], 35, 12)).toBeUndefined();
  });

  it('wraps at spaces with a hanging indent and cuts a word longer than a line', () => {
    expect(wrapText('bank account number, amount paid', 20, '  bank: ', '    ')).toEqual([
      '  bank: bank account',
      '    number, amount',
      '    paid',
    ]);
    expect(wrapText('abcdefghijklmnop', 10, '- ', '  ')).toEqual(['- abcdefgh', '  ijklmnop']);
  });

  it('a table wider than the screen keeps its columns; the widest wraps, a long word is cut, not lost', async () => {
    const loaded = await loadInventory(FIXTURE);
    const diagnostics = lint(loaded, { config: { rules: {} }, today: '2026-01-01' });
    const result = recipientQuery(loaded.inventory, 'analytics', '2026-01-01', gapsFrom(diagnostics));
    const natural = joined(queryTable(result, { version: '0' }));
    expect(widest(natural)).toBe(458);
    const fitted = joined(queryTable(result, { version: '0', width: 70 }));
    expect(fitted).toBe(
      [
        'Recipient Analytics Co (analytics)',
        'Role: processor',
        'Contract: not stated [processor-no-contract]',
        'Countries: US: missing',
        'Missing: processor "analytics" has no processing agreement (contract)',
        '  (Art 28(3)) [processor-no-contract]; recipient "analytics" receives',
        '  data outside the EEA with no transfer mechanism',
        '  (transfer.mechanism): US (United States of America) is adequate only',
        '  for organisations certified under the EU-US Data Privacy Framework',
        '  (state dpf, or another tool) (Art 44, 46) [transfer-no-mechanism];',
        '  purpose "stats" has no lawful basis (Art 6(1))',
        '  [lawful-basis-missing]',
        '┌───────────────┬───────────────┬──────────┬─────────┬───────────────┐',
        '│ Category      │ Data          │ Subjects │ Purpose │ Lawful basis  │',
        '├───────────────┼───────────────┼──────────┼─────────┼───────────────┤',
        '│ fraud-signals │ IP address,   │ customer │ stats   │ not stated    │',
        '│               │ =HYPERLINK("h │          │         │ [lawful-basis │',
        '│               │ ttp://x")     │          │         │ -missing]     │',
        '└───────────────┴───────────────┴──────────┴─────────┴───────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('the matrix on a narrow screen: one block per category, its recipients as lines', async () => {
    const { inventory } = await loadInventory('inventory');
    const matrix = matrixQuery(inventory);
    expect(widest(joined(queryTable(matrix, { version: '0' })))).toBeGreaterThan(250);
    const narrow = joined(queryTable(matrix, { version: '0', width: 60 }));
    expect(widest(narrow)).toBeLessThanOrEqual(60);
    expect(narrow).toContain(
      [
        'payment',
        '  bnp-paribas: bank account number, bank agency code, amount',
        '    paid',
        '  new-owners: for business-transfer',
        '  paypal: online payment information',
        '  staff: all',
        '',
      ].join('\n'),
    );
    // Every non-empty cell is still there
    const cells = [...matrix.table.rows].flatMap((row) => row.slice(1).filter((cell) => cell !== ''));
    expect(narrow.split('\n').filter((line) => /^ {2}\S/.test(line)).length).toBe(cells.length);
  });

  it('a grid of more than 32 columns is shown row by row, in a pipe too', () => {
    const recipients = Array.from({ length: 33 }, (_, i) => `partner-${i + 1}`);
    const result = {
      data: { view: 'matrix' },
      table: {
        title: 'Categories x recipients',
        facts: [],
        columns: ['Category', ...recipients],
        rows: [
          ['contact', 'all', ...Array<string>(31).fill(''), 'for newsletter: email'],
          ['payroll', ...Array<string>(33).fill('')],
        ],
      },
    };
    expect(joined(queryTable(result, { version: '0' }))).toBe(
      [
        'Categories x recipients',
        'contact',
        '  partner-1: all',
        '  partner-33: for newsletter: email',
        '',
        'payroll',
        '',
      ].join('\n'),
    );
    // one column fewer is still a grid
    const grid = {
      ...result,
      table: {
        ...result.table,
        columns: result.table.columns.slice(0, 32),
        rows: result.table.rows.map((row) => row.slice(0, 32)),
      },
    };
    expect(joined(queryTable(grid, { version: '0' })).split('\n')[1]).toMatch(/^┌/);
  });

  it('every view of the example fits 80, 120 and 200 columns', async () => {
    const { inventory } = await loadInventory('inventory');
    const ids: Record<string, string> = {
      recipient: 'atlassian',
      category: 'identification',
      purpose: 'customer-support',
      subject: 'customer',
      country: 'US',
    };
    for (const [view, info] of Object.entries(QUERY_VIEWS)) {
      const result = info.takesId
        ? info.run(inventory, ids[view]!, '2026-01-01', gapsFrom([]))
        : info.run(inventory, '2026-01-01', gapsFrom([]));
      for (const width of [80, 120, 200]) {
        expect(
          widest(joined(queryTable(result, { version: '0', width }))),
          `${view} at ${width}`,
        ).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('ropa query at a terminal', () => {
  it('fits the terminal width; in a pipe the layout depends on the data alone', () => {
    const narrow = atTerminal(70, ['query', 'matrix', FIXTURE]);
    expect(narrow).toBe(
      [
        'Categories x recipients',
        'contact',
        '  mailer: for newsletter: email',
        '  support-desk: for sales',
        '  team: all',
        '',
        'fraud-signals',
        '  agency: all',
        '  analytics: for stats',
        '',
        'payroll',
        '  bank: all',
        '  tax-office: all',
        '  team: all',
        '',
      ].join('\n'),
    );
    const wide = atTerminal(200, ['query', 'matrix', FIXTURE]);
    expect(wide).toContain('│ Category      │ agency │');
    expect(wide.split('\n')[1]).toHaveLength(widest(wide));
    expect(widest(wide)).toBeLessThanOrEqual(200);
  });
});
