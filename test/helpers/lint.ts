import { loadInventory } from '../../src/inventory/load.js';
import { lint } from '../../src/rules/run.js';
import type { Rule } from '../../src/rules/rule.js';
import { tempInventory } from './inventory.js';

/** Lints an inventory made of `files`; each diagnostic as "file:line:column rule: message". */
export async function lintLines(
  files: Record<string, string | Uint8Array>,
  rules?: readonly Rule[],
): Promise<string[]> {
  const dir = tempInventory(files);
  const loaded = await loadInventory(dir);
  const diagnostics = lint(loaded, {
    config: { rules: {} },
    today: '2026-11-27',
    ...(rules ? { rules } : {}),
  });
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`);
}
