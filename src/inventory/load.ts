import { createHash } from 'node:crypto';
import { checkText, type FileCheck } from './check.js';
import type { Finding } from './diagnostic.js';
import { merge, type CheckedFile } from './merge.js';
import type { Inventory } from './model.js';
import { readFiles } from './read-ahead.js';
import { listInventory, pathsOf, rereadSource, sourceFrom, type Candidate, type ReadResult } from './read.js';

/**
 * From this many files on, a file's parsed document (its node ranges) is not kept: it is read and
 * parsed again only if one of its findings needs a position (see `rereadSource`), which keeps a large
 * inventory's memory down.
 */
export const LARGE_INVENTORY_FILES = 1000;

export interface Loaded {
  readonly inventory: Inventory;
  /** Structure findings: yaml-syntax, schema, duplicate-id, unknown-reference, organization-missing. */
  readonly findings: Finding[];
}

/**
 * The files of large inventories checked so far, by name, with the SHA-256 of their bytes: a load given
 * the same cache takes a file whose name and bytes it holds from there rather than parsing and checking it
 * again (the two sides of a diff, mostly the same files), and its model shares that file's values.
 */
export type CheckCache = Map<string, CachedCheck>;

interface CachedCheck {
  readonly digest: string;
  /** The length of the text, which places the file's findings when it is read again. */
  readonly length: number;
  readonly value?: Record<string, unknown>;
  readonly findings: Finding[];
}

/**
 * Reads, parses, validates and merges the inventory below `root`. Throws `InputError` for a missing folder.
 * The values of a file `cache` holds are shared with the model of the load that put them there: neither
 * is changed once loaded.
 */
export async function loadInventory(root: string, cache?: CheckCache): Promise<Loaded> {
  const { candidates, findings } = await listInventory(root);
  const large = candidates.length >= LARGE_INVENTORY_FILES;
  const checks: FileCheck[] = [];
  let at = 0;
  for (const fileRead of readFiles(pathsOf(root, candidates))) {
    const candidate = candidates[at++]!;
    const digest =
      large && cache && fileRead.ok
        ? createHash('sha256').update(fileRead.bytes).digest('base64')
        : undefined;
    const known = digest === undefined ? undefined : cache?.get(candidate.name);
    if (known !== undefined && known.digest === digest) {
      checks.push(placedLater(root, candidate, known));
      continue;
    }
    const read = sourceFrom(candidate.name, fileRead);
    if (!('file' in read)) checks.push({ findings: [read.finding] });
    else if (!large) checks.push(checkText(read.file));
    else {
      const { value, findings: own } = checkText(read.file, { locate: false });
      // object literals of one shape, not spreads of optional parts: one of each per file
      const check = { value, findings: own, length: read.file.text.length };
      checks.push(placedLater(root, candidate, check));
      if (digest !== undefined) cache?.set(candidate.name, { digest, ...check });
    }
  }
  return mergeChecked(root, checks, findings);
}

/** A large inventory's file, checked without ranges: read again to place its findings, if it has any. */
function placedLater(root: string, candidate: Candidate, check: Omit<CachedCheck, 'digest'>): FileCheck {
  const { value, findings, length } = check;
  return { value, findings, file: rereadSource(root, candidate, length) };
}

/**
 * Parses, validates and merges files already read (from a folder, or from a git revision). `root` only
 * names the inventory; nothing is read from it.
 */
export function loadFiles(root: string, read: ReadResult): Loaded {
  return mergeChecked(
    root,
    read.files.map((file) => checkText(file)),
    read.findings,
  );
}

function mergeChecked(root: string, checks: readonly FileCheck[], listed: readonly Finding[]): Loaded {
  const findings = listed.slice();
  const checked: CheckedFile[] = [];
  for (const { file, value, findings: own } of checks) {
    // a loop, not push(...list): a spread of 100,000+ findings overflows the call stack
    for (const finding of own) findings.push(finding);
    if (file) checked.push({ file, value, errors: value ? own.map((f) => f.path) : [] });
  }
  const merged = merge(root, checked);
  for (const finding of merged.findings) findings.push(finding);
  return { inventory: merged.inventory, findings };
}
