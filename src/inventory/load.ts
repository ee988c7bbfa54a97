import { checkFile } from './check.js';
import type { Finding } from './diagnostic.js';
import { merge, type CheckedFile } from './merge.js';
import type { Inventory } from './model.js';
import { parseFile } from './parse.js';
import { listInventory, rereadSource, type ReadResult } from './read.js';
import { validateFile } from './validate.js';

/**
 * From this many files on, the text of a file is not kept once it is parsed: it is read again only if
 * one of its findings needs a position (see `rereadSource`), which keeps a large inventory's memory down.
 */
export const LARGE_INVENTORY_FILES = 1000;

export interface Loaded {
  readonly inventory: Inventory;
  /** Structure findings: yaml-syntax, schema, duplicate-id, unknown-reference, organization-missing. */
  readonly findings: Finding[];
}

/** Reads, parses, validates and merges the inventory below `root`. Throws `InputError` for a missing folder. */
export async function loadInventory(root: string): Promise<Loaded> {
  const listing = await listInventory(root);
  const findings: Finding[] = [...listing.findings];
  const { candidates } = listing;
  const large = candidates.length >= LARGE_INVENTORY_FILES;
  const checked: CheckedFile[] = [];
  for (const candidate of candidates) {
    const check = checkFile(root, candidate);
    for (const finding of check.findings) findings.push(finding);
    if (!check.file) continue;
    const file = large ? rereadSource(root, candidate) : check.file;
    checked.push({ file, value: check.value, errors: check.value ? check.findings.map((f) => f.path) : [] });
  }
  return mergeChecked(root, checked, findings);
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
  return mergeChecked(root, checked, findings);
}

function mergeChecked(root: string, checked: CheckedFile[], findings: Finding[]): Loaded {
  const merged = merge(root, checked);
  // a loop, not push(...list): a spread of 100,000+ findings overflows the call stack
  for (const finding of merged.findings) findings.push(finding);
  return { inventory: merged.inventory, findings };
}
