// Terminal tables fit the terminal they are shown on; piped or written, they keep their fixed layout.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/commands/shared.js';
import { loadInventory } from '../../src/inventory/load.js';
import { retentionSheet } from '../../src/render/report/sheets.js';
import { shrinkInProportion } from '../../src/render/fit-width.js';
import { recordTable, sheetTable } from '../../src/render/report/table.js';
import { buildRecord } from '../../src/views/record.js';
import { retentionSchedule } from '../../src/views/retention.js';

const EXAMPLE = new URL('../../inventory/', import.meta.url).pathname;
const widest = (text: string) =>
  Math.max(
    ...stripVTControlCharacters(text)
      .split('\n')
      .map((line) => line.length),
  );
const RETENTION_WIDTHS = [18, 16, 20, 12, 13, 10, 24, 8, 18, 28];

describe('the width of a terminal table', () => {
  it('is the terminal width only when the output is a terminal', () => {
    expect(terminalWidth({ isTTY: true, columns: 100 }, undefined)).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 100 }, '-')).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 100 }, 'record.txt')).toBeUndefined();
    expect(terminalWidth({ isTTY: false, columns: 100 }, undefined)).toBeUndefined();
    expect(terminalWidth({}, undefined)).toBeUndefined();
  });

  it('keeps the preferred widths when they fit, else shrinks them in proportion down to their floor', () => {
    expect(shrinkInProportion([26, 78], undefined)).toEqual([26, 78]);
    expect(shrinkInProportion([26, 78], 120)).toEqual([26, 78]);
    expect(shrinkInProportion([26, 78], 80)).toEqual([19, 57]);
    expect(shrinkInProportion([10, 10], 15, [8, 8])).toEqual([8, 8]);
  });

  it('fits the record and the retention schedule of the example into 80 and 100 columns', async () => {
    const { inventory } = await loadInventory(EXAMPLE);
    const record = buildRecord(inventory, [], { asOf: '2026-11-27' });
    const sheet = retentionSheet(retentionSchedule(inventory));
    expect(widest(recordTable(record))).toBe(107);
    expect(widest([...sheetTable(sheet, 'Retention', RETENTION_WIDTHS)].join(''))).toBe(178);
    for (const width of [80, 100]) {
      expect(widest(recordTable(record, { width }))).toBeLessThanOrEqual(width);
      expect(
        widest([...sheetTable(sheet, 'Retention', RETENTION_WIDTHS, { width })].join('')),
      ).toBeLessThanOrEqual(width);
    }
  });
});
