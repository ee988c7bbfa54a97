import type { Finding } from './diagnostic.js';
import { merge, type CheckedFile } from './merge.js';
import type { Inventory } from './model.js';
import { parseFile } from './parse.js';
import { readInventory, type ReadResult } from './read.js';
import { validateFile } from './validate.js';

export interface Loaded {
  readonly inventory: Inventory;
  /** Structure findings: yaml-syntax, schema, duplicate-id, unknown-reference, organization-missing. */
  readonly findings: Finding[];
}

/** Reads, parses, validates and merges the inventory below `root`. Throws `InputError` for a missing folder. */
export async function loadInventory(root: string): Promise<Loaded> {
  return loadFiles(root, await readInventory(root));
}

/**
 * Parses, validates and merges files already read (from a folder, or from a git revision). `root` only
 * names the inventory; nothing is read from it.
 */
export function loadFiles(root: string, read: ReadResult): Loaded {
  const findings: Finding[] = [...read.findings];
  const checked: CheckedFile[] = read.files.map((file) => {
    const parsed = parseFile(file.name, file.text);
    if (!parsed.ok) {
      findings.push(parsed.finding);
      return { file, value: undefined, errors: [] };
    }
    const errors = validateFile(file.name, parsed.value);
    for (const error of errors) findings.push(error);
    return { file, value: parsed.value, errors: errors.map((e) => e.path) };
  });
  const merged = merge(root, checked);
  // a loop, not push(...list): a spread of 100,000+ findings overflows the call stack
  for (const finding of merged.findings) findings.push(finding);
  return { inventory: merged.inventory, findings };
}
