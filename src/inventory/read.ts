import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { isInside } from '../inputs.js';
import type { Finding } from './diagnostic.js';
import type { SourceFile } from './model.js';
import { quote, shortened } from './quote.js';
import { describeIoError, errorCode, mebibytes, readRegularFile, type FileRead } from './regular-file.js';
import { readFiles } from './read-ahead.js';
import { parse, type SourceDocument } from './source.js';
import { decodeName, decodeUtf8 } from './utf8.js';

export const CONFIG_FILE = 'ropa.config.yaml';

export {
  describeIoError,
  MAX_FILE_BYTES,
  overLimit,
  readRegularFile,
  tooLarge,
  type FileRead,
} from './regular-file.js';

/** A file's name (relative to the inventory root) and its text, as read. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

export interface ReadResult {
  readonly files: TextFile[];
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
    const hint =
      errorCode(error) === 'ENOENT' ? `; \`ropa init ${shellWord(root)}\` creates a starter there` : '';
    throw new InputError(`${shortened(root)}: ${describeRootError(error)}${hint}`);
  }
  if (!rootStat.isDirectory()) throw new InputError(`${shortened(root)}: not a folder`);
  const realRoot = (await realpath(root, { encoding: 'buffer' })).toString('latin1');

  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  const walker = { root, realRoot, seen: new Set<string>([realRoot]), out: candidates, findings };
  await walk(walker, '', root);
  candidates.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { candidates, findings };
}

/**
 * Reads one listed file. A file that cannot be read, is too large or is not UTF-8 becomes a finding.
 * Synchronous on purpose: for thousands of small files, one awaited read each costs more than the reading.
 */
export function readSource(root: string, candidate: Candidate): { file: TextFile } | { finding: Finding } {
  return sourceFrom(candidate.name, readRegularFile(pathOf(root, candidate)));
}

/** What to open for a listed file. */
export function pathOf(root: string, candidate: Candidate): string | Buffer {
  return candidate.open ?? path.join(root, candidate.name);
}

/**
 * What to open for each listed file, as `pathOf` gives it: a name is made of plain parts (no `.`, `..` or
 * empty part), so the root joined to it is the root joined once then the name, and a join of each (40
 * ms of 30,000 files) is not needed.
 */
export function pathsOf(root: string, candidates: readonly Candidate[]): (string | Buffer)[] {
  const prefix = path.join(root, '_').slice(0, -1);
  const native = (name: string) => (path.sep === '/' ? name : name.replaceAll('/', path.sep));
  return candidates.map((candidate) => candidate.open ?? prefix + native(candidate.name));
}

/** A listed file as read (see readRegularFile): its text, or the finding that says why there is none. */
export function sourceFrom(name: string, read: FileRead): { file: TextFile } | { finding: Finding } {
  if (!read.ok) return { finding: fileFinding(name, read.message) };
  const decoded = decodeUtf8(read.bytes);
  if (decoded.ok) return { file: { name, text: decoded.text } };
  return { finding: { ...fileFinding(name, decoded.message), position: decoded.position } };
}

/**
 * Reads a file named on the command line (an evidence report, say) as UTF-8 text: only a regular file
 * (opened without blocking, so that a FIFO or a device is refused rather than waited on), at most
 * `maxBytes`. Anything else is an `InputError` naming the file and, as `what`, what it was meant to be.
 * The command passes the file to the writer as an input, so that `-o` cannot overwrite it.
 */
export function readInputText(file: string, what: string, maxBytes: number): string {
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(`${file}: ${what} is not a regular file`);
    if (stats.size > maxBytes) {
      throw new InputError(
        `${file}: ${what} is ${mebibytes(stats.size)}; ropa reads up to ${mebibytes(maxBytes)}`,
      );
    }
    bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (
      let n;
      length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0;
    ) {
      length += n;
    }
    bytes = bytes.subarray(0, length);
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
 * A file whose document is read and parsed again when asked for: a large inventory does not keep its
 * documents, which are needed after loading only to place the findings of the files that have some.
 * `length` is the length of the text first read: a file that cannot be read again, or reads otherwise,
 * has changed since, and the positions of its findings would be wrong (an `InputError`).
 */
export function rereadSource(root: string, candidate: Candidate, length: number): SourceFile {
  return new RereadFile(root, candidate, length);
}

/** A class rather than an object literal with a getter: no closure per file, one shape for them all. */
class RereadFile implements SourceFile {
  readonly #root: string;
  readonly #candidate: Candidate;
  readonly #length: number;

  constructor(root: string, candidate: Candidate, length: number) {
    this.#root = root;
    this.#candidate = candidate;
    this.#length = length;
  }

  get name(): string {
    return this.#candidate.name;
  }

  get source(): SourceDocument {
    return this.documentOf(readSource(this.#root, this.#candidate));
  }

  /** What to open. */
  get path(): string | Buffer {
    return pathOf(this.#root, this.#candidate);
  }

  /** The document of the file as read again: an `InputError` when it does not read as it did. */
  documentOf(read: { file: TextFile } | { finding: Finding }): SourceDocument {
    if ('file' in read && read.file.text.length === this.#length) return parse(read.file.text);
    const why = 'file' in read ? 'changed while ropa was reading the inventory' : read.finding.message;
    throw new InputError(
      `${path.join(this.#root, this.name)}: ${why} (read again to place its findings); run again`,
    );
  }
}

/**
 * The documents of `files`, in their order, each as its `source` would give it: the files of a large
 * inventory that are read again to place findings are read together, on a second thread when there are
 * READ_AHEAD_FILES or more (read-ahead.ts), rather than each with reads of its own when asked. Stop it early with `return`.
 */
export function* sourcesInOrder(files: readonly SourceFile[]): Generator<SourceDocument, void> {
  const again = files.filter((file) => file instanceof RereadFile);
  const reads = readFiles(again.map((file) => file.path));
  try {
    for (const file of files) {
      if (!(file instanceof RereadFile)) {
        yield file.source;
        continue;
      }
      const read = reads.next();
      // as many reads as files read again: `done` cannot come first
      yield read.done ? file.source : file.documentOf(sourceFrom(file.name, read.value));
    }
  } finally {
    reads.return(undefined);
  }
}

/** A file found by `listInventory`: its name relative to the inventory root. */
export interface Candidate {
  /** Relative, with forward slashes; a part that is not UTF-8 shows its bytes escaped (`\\xE9`). */
  readonly name: string;
  /** What to open, when not `root/name`: the target of a link, or the bytes of a name that is not UTF-8. */
  readonly open?: string | Buffer;
}

interface Walker {
  readonly root: string;
  /** Real paths are compared as Latin-1 strings: one character per byte, whatever the names' encoding. */
  readonly realRoot: string;
  readonly seen: Set<string>;
  readonly out: Candidate[];
  readonly findings: Finding[];
}

/**
 * Walks one folder: `dir` is its relative name as shown, `at` the path to open (bytes once a part of it
 * is not UTF-8, so that such a folder and its files can still be read).
 */
async function walk(w: Walker, dir: string, at: string | Buffer): Promise<void> {
  let entries: Entry[];
  try {
    entries = await readFolder(at);
  } catch (error) {
    if (dir === '') throw new InputError(`${shortened(w.root)}: ${describeRootError(error)}`);
    w.findings.push(fileFinding(dir, `folder ${describeIoError(error)}`));
    return;
  }
  for (const entry of entries) {
    const raw = entry.bytes;
    const entryName = entry.name;
    if (entryName.startsWith('.') || entryName === 'node_modules') continue;
    const name = dir ? `${dir}/${entryName}` : entryName;
    const looksLikeInventory = /\.ya?ml$/i.test(entryName) && name !== CONFIG_FILE;
    if (!entry.isSymbolicLink() && !entry.isDirectory() && !(entry.isFile() && looksLikeInventory)) continue;
    // opened by its name below the root (pathOf), unless a part of the path is not UTF-8
    const byName = typeof at === 'string' && raw === undefined;
    // A plain file needs no further look: stat and realpath are for links and folders (a link loop, a
    // link out of the inventory), and two awaited calls per file were most of the walk's time
    if (entry.isFile()) {
      w.out.push(byName ? { name } : { name, open: joinBytes(at, raw ?? Buffer.from(entryName)) });
      continue;
    }
    const full = byName ? path.join(at, entryName) : joinBytes(at, raw ?? Buffer.from(entryName));

    let target;
    let real: Buffer;
    try {
      target = await stat(full);
      real = await realpath(full, { encoding: 'buffer' });
    } catch (error) {
      // A dangling or looping link named like an inventory file would otherwise vanish silently
      if (entry.isDirectory() || looksLikeInventory)
        w.findings.push(fileFinding(name, await describeLinkError(full, error)));
      continue;
    }
    const realKey = real.toString('latin1');
    if (
      entry.isSymbolicLink() &&
      !isInside(realKey, w.realRoot) &&
      (target.isDirectory() || looksLikeInventory)
    ) {
      w.findings.push(
        fileFinding(
          name,
          'symbolic link to a place outside the inventory folder: not followed, nothing read',
        ),
      );
      continue;
    }
    if (target.isDirectory()) {
      if (w.seen.has(realKey)) continue;
      w.seen.add(realKey);
      await walk(w, name, full);
    } else if (target.isFile() && looksLikeInventory) {
      // Anything else named *.yaml (a FIFO, a device) is left alone: reading it could block forever.
      // A link is opened by its real path, so that reading it never follows a link again
      w.out.push({ name, open: isUtf8(real) ? real.toString('utf8') : real });
    }
  }
}

/** A folder entry: `name` as shown; `bytes`, the name as it is on disk when that is not UTF-8. */
interface Entry {
  readonly name: string;
  readonly bytes?: Buffer;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The entries of a folder. Names are read as text, as almost all are; a name that is not UTF-8 comes back
 * with U+FFFD in it and cannot be opened by that text, so such a folder is read again by bytes (reading
 * every folder by bytes cost memory for nothing).
 */
async function readFolder(at: string | Buffer): Promise<Entry[]> {
  const entries = await readdir(at, { withFileTypes: true });
  if (!entries.some((entry) => entry.name.includes('\ufffd'))) return entries;
  const byBytes = await readdir(at, { withFileTypes: true, encoding: 'buffer' });
  // the Dirent keeps its type methods; its name becomes the text shown, its bytes are kept to open it
  return byBytes.map((entry) => {
    const bytes = entry.name;
    const utf8 = isUtf8(bytes);
    return Object.assign(entry, {
      name: utf8 ? bytes.toString('utf8') : decodeName(bytes),
      bytes: utf8 ? undefined : bytes,
    });
  }) as unknown as Entry[];
}

function joinBytes(folder: string | Buffer, name: Buffer): Buffer {
  return Buffer.concat([
    typeof folder === 'string' ? Buffer.from(folder) : folder,
    Buffer.from(path.sep),
    name,
  ]);
}

function fileFinding(file: string, message: string): Finding {
  return { rule: 'yaml-syntax', file, path: [], message, position: { line: 1, column: 1 } };
}

/** `word` as one shell word: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
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
    case 'ENAMETOOLONG':
      return 'cannot be read: the name is too long';
    default:
      return `cannot be read (${errorCode(error) ?? String(error)})`;
  }
}

async function describeLinkError(full: string | Buffer, error: unknown): Promise<string> {
  if (errorCode(error) === 'ENOENT') {
    const to = await readlink(full).catch(() => undefined);
    return to === undefined
      ? 'cannot be read: it disappeared'
      : `broken symbolic link to ${quote(to)}: nothing read`;
  }
  return describeIoError(error);
}
