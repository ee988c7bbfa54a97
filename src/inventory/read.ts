import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside, recordInputFile, recordInputFolder } from '../inputs.js';
import type { Finding } from './diagnostic.js';
import type { SourceFile } from './model.js';
import { quote } from './quote.js';
import { decodeUtf8 } from './utf8.js';

export const CONFIG_FILE = 'ropa.config.yaml';

/**
 * The largest inventory file read. Inventory files are small (a category file is a few KiB); a file of
 * several MiB is generated or pasted by mistake, and parsing and locating findings in it would cost
 * seconds and hundreds of MiB. 4 MiB is about 16,000 purposes in one list.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Raised for input that cannot be read at all (missing folder): the CLI prints it and exits 2. */
export class InputError extends Error {}

export interface ReadResult {
  readonly files: SourceFile[];
  readonly findings: Finding[];
}

export interface Listing {
  /** The inventory files, sorted by relative name. */
  readonly candidates: Candidate[];
  /** Folders that cannot be read, links not followed. */
  readonly findings: Finding[];
}

/**
 * Lists every `*.yaml` / `*.yml` below `root` (not the config file), sorted by relative name. Symbolic
 * links are followed only to places inside `root`, and each folder is read once, so a link loop ends and
 * a link cannot pull files from elsewhere on the machine into the output. Only a root that cannot be read
 * is an `InputError`.
 */
export async function listInventory(root: string): Promise<Listing> {
  let rootStat;
  try {
    rootStat = await stat(root);
  } catch (error) {
    // a newcomer's first run: say how to make one
    const hint = errorCode(error) === 'ENOENT' ? `; \`ropa init ${shellWord(root)}\` creates a starter there` : '';
    throw new InputError(`${root}: ${describeRootError(error)}${hint}`);
  }
  if (!rootStat.isDirectory()) throw new InputError(`${root}: not a folder`);
  const realRoot = await realpath(root);
  recordInputFolder(realRoot);

  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  const walker = { root, realRoot, seen: new Set<string>([realRoot]), out: candidates, findings };
  await walk(walker, '');
  candidates.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { candidates, findings };
}

/**
 * Reads one listed file. A file that cannot be read, is too large or is not UTF-8 becomes a finding.
 * Synchronous on purpose: for thousands of small files, one awaited read each costs more than the reading.
 */
export function readSource(root: string, { name }: Candidate): { file: SourceFile } | { finding: Finding } {
  let length = 0;
  let fd: number | undefined;
  try {
    // into one buffer kept from file to file, reading until the end: no size asked first, no buffer per
    // file; a file that fills the buffer is over the limit
    fd = openSync(path.join(root, name), 'r');
    const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1));
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) {
      length += n;
    }
    if (length > MAX_FILE_BYTES) return { finding: fileFinding(name, tooLarge(fstatSync(fd).size)) };
  } catch (error) {
    return { finding: fileFinding(name, describeIoError(error)) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const decoded = decodeUtf8(readBuffer!.subarray(0, length));
  if (decoded.ok) return { file: { name, text: decoded.text } };
  return { finding: { ...fileFinding(name, decoded.message), position: decoded.position } };
}

let readBuffer: Buffer | undefined;

/**
 * Reads a file named on the command line (an evidence report, say) as UTF-8 text: only a regular file
 * (opened without blocking, so that a FIFO or a device is refused rather than waited on), at most
 * `maxBytes`. Anything else is an `InputError` naming the file and, as `what`, what it was meant to be.
 * The file is recorded as an input, so that `-o` cannot overwrite it.
 */
export function readInputText(file: string, what: string, maxBytes: number): string {
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(`${file}: ${what} is not a regular file`);
    if (stats.size > maxBytes) {
      throw new InputError(`${file}: ${what} is ${mebibytes(stats.size)}; ropa reads up to ${mebibytes(maxBytes)}`);
    }
    bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (let n; length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) {
      length += n;
    }
    bytes = bytes.subarray(0, length);
    recordInputFile(realpathSync(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = errorCode(error);
    throw new InputError(
      `${file}: ${what} ${code === 'ENOENT' || code === 'ENOTDIR' ? 'not found' : describeIoError(error)}`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new InputError(`${file}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
  }
  return decoded.text;
}

/**
 * A file whose text is read again when asked for: a large inventory does not keep its texts, which are
 * needed after parsing only to place the findings of the few files that have some.
 */
export function rereadSource(root: string, candidate: Candidate): SourceFile {
  return new RereadFile(root, candidate);
}

/** A class rather than an object literal with a getter: no closure per file, one shape for them all. */
class RereadFile implements SourceFile {
  readonly #root: string;
  readonly #candidate: Candidate;

  constructor(root: string, candidate: Candidate) {
    this.#root = root;
    this.#candidate = candidate;
  }

  get name(): string {
    return this.#candidate.name;
  }

  get text(): string {
    const read = readSource(this.#root, this.#candidate);
    return 'file' in read ? read.file.text : '';
  }
}

/** A file found by `listInventory`: its name relative to the inventory root. */
export interface Candidate {
  readonly name: string;
}

interface Walker {
  readonly root: string;
  readonly realRoot: string;
  readonly seen: Set<string>;
  readonly out: Candidate[];
  readonly findings: Finding[];
}

async function walk(w: Walker, dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(path.join(w.root, dir), { withFileTypes: true });
  } catch (error) {
    if (dir === '') throw new InputError(`${w.root}: ${describeRootError(error)}`);
    w.findings.push(fileFinding(dir, `folder ${describeIoError(error)}`));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const name = dir ? `${dir}/${entry.name}` : entry.name;
    const full = path.join(w.root, name);
    const looksLikeInventory = /\.ya?ml$/i.test(entry.name) && name !== CONFIG_FILE;
    if (!entry.isSymbolicLink() && !entry.isDirectory() && !(entry.isFile() && looksLikeInventory)) continue;
    // A plain file needs no further look: stat and realpath are for links and folders (a link loop, a
    // link out of the inventory), and two awaited calls per file were most of the walk's time
    if (entry.isFile()) {
      w.out.push({ name });
      continue;
    }

    let target;
    let real: string;
    try {
      target = await stat(full);
      real = await realpath(full);
    } catch (error) {
      // A dangling or looping link named like an inventory file would otherwise vanish silently
      if (entry.isDirectory() || looksLikeInventory) w.findings.push(fileFinding(name, await describeLinkError(full, error)));
      continue;
    }
    if (entry.isSymbolicLink() && !isInside(real, w.realRoot) && (target.isDirectory() || looksLikeInventory)) {
      w.findings.push(
        fileFinding(name, 'symbolic link to a place outside the inventory folder: not followed, nothing read'),
      );
      continue;
    }
    if (target.isDirectory()) {
      if (w.seen.has(real)) continue;
      w.seen.add(real);
      await walk(w, name);
    } else if (target.isFile() && looksLikeInventory) {
      // Anything else named *.yaml (a FIFO, a device) is left alone: reading it could block forever
      w.out.push({ name });
    }
  }
}

function fileFinding(file: string, message: string): Finding {
  return { rule: 'yaml-syntax', file, path: [], message, position: { line: 1, column: 1 } };
}

/** The finding's message for a file above MAX_FILE_BYTES. */
export function tooLarge(size: number): string {
  return `the file is ${mebibytes(size)}; ropa reads files up to ${mebibytes(MAX_FILE_BYTES)}: split it (one file per category under categories/)`;
}

function mebibytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MiB`;
}

/** `word` as one shell word: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Why the inventory folder itself cannot be read, for a one-line message after its name. */
export function describeRootError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such folder';
    case 'ELOOP':
      return 'cannot be read: a symbolic-link loop';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    default:
      return `cannot be read (${errorCode(error) ?? String(error)})`;
  }
}

/** Why a file or folder inside the inventory cannot be read. */
export function describeIoError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'cannot be read: a symbolic-link loop';
    case 'EISDIR':
      return 'cannot be read: it is a folder';
    case 'ENOENT':
      return 'cannot be read: it disappeared while ropa was reading the folder';
    default:
      return `cannot be read (${errorCode(error) ?? (error as Error | undefined)?.message ?? String(error)})`;
  }
}

async function describeLinkError(full: string, error: unknown): Promise<string> {
  if (errorCode(error) === 'ENOENT') {
    const to = await readlink(full).catch(() => undefined);
    return to === undefined ? 'cannot be read: it disappeared' : `broken symbolic link to ${quote(to)}: nothing read`;
  }
  return describeIoError(error);
}
