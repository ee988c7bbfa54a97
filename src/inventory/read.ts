import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from './diagnostic.js';
import type { SourceFile } from './model.js';

export const CONFIG_FILE = 'ropa.config.yaml';

/** Raised for input that cannot be read at all (missing folder): the CLI prints it and exits 2. */
export class InputError extends Error {}

export interface ReadResult {
  readonly files: SourceFile[];
  readonly findings: Finding[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every `*.yaml` / `*.yml` below `root` (not the config file), sorted by relative name. Linked
 * folders are followed once each, so a link loop ends; files that cannot be read become findings.
 */
export async function readInventory(root: string): Promise<ReadResult> {
  let rootStat;
  try {
    rootStat = await stat(root);
  } catch {
    throw new InputError(`${root}: no such folder`);
  }
  if (!rootStat.isDirectory()) throw new InputError(`${root}: not a folder`);

  const names: string[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>([await realpath(root)]);
  await walk(root, '', names, seen, findings);
  names.sort();

  const files: SourceFile[] = [];
  for (const name of names) {
    try {
      const bytes = await readFile(path.join(root, name));
      files.push({ name, text: decode(bytes) });
    } catch (error) {
      const reason = error instanceof NotUtf8Error ? error.message : describeIoError(error);
      findings.push({ rule: 'yaml-syntax', file: name, path: [], message: reason, position: { line: 1, column: 1 } });
    }
  }
  return { files, findings };
}

async function walk(root: string, dir: string, out: string[], seen: Set<string>, findings: Finding[]) {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true });
  } catch (error) {
    findings.push({ rule: 'yaml-syntax', file: dir || '.', path: [], message: describeIoError(error), position: { line: 1, column: 1 } });
    return;
  }
  for (const entry of entries) {
    const name = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path.join(root, name));
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        findings.push({ rule: 'yaml-syntax', file: name, path: [], message: 'broken symbolic link', position: { line: 1, column: 1 } });
        continue;
      }
    }
    if (isDir) {
      const real = await realpath(path.join(root, name));
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(root, name, out, seen, findings);
    } else if (isFile && /\.ya?ml$/i.test(entry.name) && name !== CONFIG_FILE) {
      out.push(name);
    }
  }
}

export class NotUtf8Error extends Error {}

/** The text of an inventory file: strict UTF-8 (else `NotUtf8Error`), without a leading BOM. */
export function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new NotUtf8Error('not UTF-8 text: save the file as UTF-8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ELOOP') return 'cannot be read: too many levels of symbolic links';
  return `cannot be read: ${(error as Error | undefined)?.message ?? String(error)}`;
}
