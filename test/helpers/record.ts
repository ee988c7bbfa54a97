import type { Config } from '../../src/config.js';
import { loadInventory } from '../../src/inventory/load.js';
import { lint } from '../../src/rules/run.js';
import { gapsFrom } from '../../src/views/gaps.js';
import { buildRecord } from '../../src/views/record.js';
import { retentionSchedule } from '../../src/views/retention.js';
import type { Language } from '../../src/views/words/index.js';

export const AS_OF = '2026-11-27';

/**
 * The inventory in `dir`, linted as `ropa report` lints it (today fixed), with its record and its
 * retention schedule: the gaps they mark are the diagnostics'.
 */
export async function recordOf(dir: string, rules: Config['rules'] = {}, language?: Language) {
  const loaded = await loadInventory(dir);
  const diagnostics = lint(loaded, { config: { rules }, today: AS_OF });
  return {
    inventory: loaded.inventory,
    diagnostics,
    record: buildRecord(loaded.inventory, diagnostics, {
      asOf: AS_OF,
      rules,
      ...(language ? { language } : {}),
    }),
    retention: retentionSchedule(loaded.inventory, gapsFrom(diagnostics, rules)),
  };
}
