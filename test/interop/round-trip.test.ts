// The record survives a trip out and back: `report --format csv|xlsx`, then `import spreadsheet`, gives
// an inventory that loads without structural errors and whose record lists the same activities,
// categories, recipients, countries and retention periods.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/inventory/load.js';
import { lint } from '../../src/rules/run.js';
import { retentionText } from '../../src/views/retention-wording.js';
import { buildRecord } from '../../src/views/record.js';
import { isNotRequired, isNotStated } from '../../src/views/stated.js';
import { ropa } from '../helpers/cli.js';

const STRUCTURAL = new Set(['yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference']);

/** What the issue asks to survive, per activity (by name), in a form two records can be compared in. */
async function recordOf(dir: string, withCountries: boolean) {
  const loaded = await loadInventory(dir);
  const diagnostics = lint(loaded, { config: { rules: {} }, today: '2026-12-01' });
  const structural = diagnostics.filter((d) => STRUCTURAL.has(d.rule) && d.severity === 'error');
  const record = buildRecord(loaded.inventory, diagnostics, { asOf: '2026-12-01' });
  const activities = [...record.activities].map((a) => ({
    activity: a.name,
    categories: isNotStated(a.categories)
      ? []
      : a.categories
          .map((c) => ({
            category: c.name,
            retention: isNotStated(c.retention) ? [] : c.retention.map((r) => retentionText(r)).sort(),
          }))
          .sort((x, y) => x.category.localeCompare(y.category)),
    recipients: a.recipients.map((r) => r.name).sort(),
    transfers: a.transfers.map((t) => `${t.recipient.name} ${t.country.code}`).sort(),
    ...(withCountries
      ? {
          countries: a.recipients
            .map(
              (r) =>
                `${r.name}: ${
                  isNotStated(r.countries) || isNotRequired(r.countries)
                    ? ''
                    : r.countries
                        .map((c) => c.code)
                        .sort()
                        .join(' ')
                }`,
            )
            .sort(),
        }
      : {}),
  }));
  return { structural, activities: activities.sort((x, y) => x.activity.localeCompare(y.activity)) };
}

describe.each([
  ['the example', 'inventory'],
  ['a larger fixture', 'test/fixtures/compliant'],
  ['a fixture with one transfer tool per country', 'test/fixtures/eea/de'],
])('round trip of %s', (_label, inventory) => {
  it.each(['csv', 'xlsx'] as const)('through report --format %s and import spreadsheet', async (format) => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'ropa-round-trip-'));
    const file = path.join(scratch, `record.${format}`);
    expect(ropa(['report', inventory, '--format', format, '-o', file]).code).toBe(0);
    const imported = path.join(scratch, 'imported');
    const result = ropa(['import', 'spreadsheet', file, '-o', imported]);
    expect(result.stderr).toMatch(/^Wrote \d+ files to /);
    expect(result.code).toBe(0);
    // the csv has no column for the country of a recipient inside the EEA; the workbook has
    const before = await recordOf(inventory, format === 'xlsx');
    const after = await recordOf(imported, format === 'xlsx');
    expect(after.structural).toEqual([]);
    expect(after.activities).toEqual(before.activities);
  });
});
