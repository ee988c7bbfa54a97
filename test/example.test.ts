// The example inventory (the seed company's privacy policy, encoded) is the project's showcase: it must
// load with no structural error.
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../src/inventory/load.js';
import { REPO } from './helpers/cli.js';
import path from 'node:path';

describe('the example inventory', () => {
  it('loads with no structural finding', async () => {
    const { inventory, findings } = await loadInventory(path.join(REPO, 'inventory'));
    expect(findings).toEqual([]);
    expect(inventory.organization?.name).toBe('Alkaes Consulting');
    expect(inventory.categories.map((c) => c.id)).toEqual(
      expect.arrayContaining(['identification', 'authentication', 'configuration', 'accounting']),
    );
    expect(inventory.recipients.map((r) => r.id)).toEqual(
      expect.arrayContaining(['staff', 'atlassian', 'paypal', 'bnp-paribas', 'google']),
    );
  });
});
