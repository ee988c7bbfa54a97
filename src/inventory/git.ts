import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import type { Finding } from './diagnostic.js';
import { InputError } from '../errors.js';
import {
  CONFIG_FILE,
  MAX_FILE_BYTES,
  tooLarge,
  type FileRead,
  type ReadResult,
  type TextFile,
} from './read.js';
import { shortened } from './quote.js';
import { decodeUtf8 } from './utf8.js';

/** An inventory folder as it is in a git revision: its files, and its configuration text if any. */
export interface RevisionInventory extends ReadResult {
  /** The commit the revision names. */
  readonly commit: string;
  /** The folder's path from the top of the repository, with forward slashes ('' for the top). */
  readonly repoPath: string;
  /** The configuration, read under the rules of files on disk (at most MAX_FILE_BYTES, no link outside). */
  readonly config?: { readonly name: string; readonly read: FileRead };
}

/**
 * Reads the inventory folder `dir` (relative to `cwd`, as on disk) from a git revision, through git's
 * object database only: the working tree and the index are never touched. Throws `InputError` when the
 * revision or the folder does not exist, naming a shallow clone when that is the likely reason.
 */
export async function readRevision(revision: string, dir: string, cwd: string): Promise<RevisionInventory> {
  const shown = shortened(revision);
  const { top, prefix, commit } = await resolveRevision(revision, cwd, true);

  const repoPath = repositoryPath(dir, prefix, top);
  const tree = `${commit}:${repoPath}`;
  const type = await git(['cat-file', '-t', tree], top);
  if (!type.ok)
    throw new InputError(
      `${shown}: has no folder ${shortened(repoPath) || '.'} (--dir names the inventory folder)`,
    );
  if (type.stdout.toString('utf8').trim() !== 'tree')
    throw new InputError(`${shown}: ${shortened(repoPath)} is not a folder`);

  const listing = await git(['ls-tree', '-r', '-z', tree], top);
  if (!listing.ok)
    throw new InputError(`${shown}: cannot list ${shortened(repoPath) || '.'}: ${listing.stderr.trim()}`);
  const entries = parseTree(listing.stdout.toString('utf8'));
  const wanted = entries
    .filter((e) => e.mode !== LINK && isInventoryFile(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const configName = `${shown}:${repoPath ? `${repoPath}/` : ''}${CONFIG_FILE}`;
  const configEntry = await configObject(entries, top);

  // sizes first, from git's index of objects: a blob over the limit is never read into memory
  const objects = [...wanted, ...(configEntry?.entry ? [configEntry.entry] : [])].map((e) => e.object);
  const sizes = await blobSizes(objects, top);
  const small = objects.filter((_, i) => sizes[i]! <= MAX_FILE_BYTES);
  const read = new Map((await readBlobs(small, top)).map((blob, i) => [small[i]!, blob]));

  const files: TextFile[] = [];
  const findings: Finding[] = [];
  wanted.forEach((entry, i) => {
    const blob = read.get(entry.object);
    // the same limits as for a folder (read.ts): too large, or not UTF-8, is a finding on the file
    if (blob === undefined) {
      findings.push({
        rule: 'yaml-syntax',
        file: entry.name,
        path: [],
        message: tooLarge(sizes[i]!),
        position: { line: 1, column: 1 },
      });
      return;
    }
    const decoded = decodeUtf8(blob);
    if (decoded.ok) files.push({ name: entry.name, text: decoded.text });
    else
      findings.push({
        rule: 'yaml-syntax',
        file: entry.name,
        path: [],
        message: decoded.message,
        position: decoded.position,
      });
  });
  let config: RevisionInventory['config'];
  if (configEntry?.refused) config = { name: configName, read: { ok: false, message: configEntry.refused } };
  else if (configEntry?.entry) {
    const bytes = read.get(configEntry.entry.object);
    const size = sizes[wanted.length]!;
    config = {
      name: configName,
      read: bytes ? { ok: true, bytes } : { ok: false, message: tooLarge(size), size },
    };
  }
  return { commit, repoPath, files, findings, ...(config ? { config } : {}) };
}

/**
 * The commit an inventory folder on disk is read from, as a record names it: the short hash of HEAD, with
 * `-dirty` when files of the folder differ from it (untracked ones included). Undefined outside a git
 * repository, before the first commit, or without git: a record made there has no revision to name.
 */
export async function folderRevision(dir: string): Promise<string | undefined> {
  try {
    const head = await git(['rev-parse', '--short', 'HEAD'], dir);
    if (!head.ok) return undefined;
    const status = await git(['status', '--porcelain', '--untracked-files=all', '--', '.'], dir);
    const dirty = !status.ok || status.stdout.length > 0;
    return `${head.stdout.toString('utf8').trim()}${dirty ? '-dirty' : ''}`;
  } catch {
    return undefined;
  }
}

/**
 * The configuration's entry in the tree, under the rules of the one on disk: a symbolic link is followed
 * only to a file inside the inventory folder (a link's blob holds its target's path); otherwise why not.
 */
async function configObject(
  entries: readonly TreeEntry[],
  top: string,
): Promise<{ entry?: TreeEntry; refused?: string } | undefined> {
  const entry = entries.find((e) => e.name === CONFIG_FILE);
  if (entry?.mode !== LINK) return entry && { entry };
  const [link] = await readBlobs([entry.object], top);
  const to = path.posix.normalize(link!.toString('utf8'));
  if (to.startsWith('/') || to === '..' || to.startsWith('../'))
    return { refused: 'symbolic link to a place outside the inventory folder: not followed, nothing read' };
  const target = entries.find((e) => e.name === to && e.mode !== LINK);
  return target ? { entry: target } : { refused: 'broken symbolic link: nothing read' };
}

/**
 * The repository's top folder, `cwd`'s place in it, and the commit `revision` names. A side of diff may
 * also be a folder, and its messages say so.
 */
async function resolveRevision(
  revision: string,
  cwd: string,
  orFolder: boolean,
): Promise<{ top: string; prefix: string; commit: string }> {
  const shown = shortened(revision);
  const what = orFolder ? 'folder or git revision' : 'git revision';
  const where = await git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd);
  if (!where.ok) {
    const missing = orFolder ? 'no such folder, and' : 'no such revision:';
    const bare = await git(['rev-parse', '--is-bare-repository'], cwd);
    if (bare.ok && bare.stdout.toString('utf8').trim() === 'true') {
      throw new InputError(
        `${shown}: ${missing} ${shortened(cwd)} is a bare git repository: ropa reads revisions only in a clone with a working tree`,
      );
    }
    throw new InputError(`${shown}: ${missing} ${shortened(cwd)} is not in a git repository`);
  }
  const [top = cwd, prefix = ''] = where.stdout.toString('utf8').split('\n');

  if (revision.startsWith('-')) throw new InputError(`${shown}: not a ${what}`);
  const verified = await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], top);
  if (!verified.ok) {
    const shallow = await git(['rev-parse', '--is-shallow-repository'], top);
    if (shallow.ok && shallow.stdout.toString('utf8').trim() === 'true') {
      throw new InputError(
        `${shown}: not in this shallow clone; fetch the history it needs (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)`,
      );
    }
    throw new InputError(`${shown}: no such ${what}`);
  }
  return { top, prefix, commit: verified.stdout.toString('utf8').trim() };
}

/** A commit and its date (the committer's, YYYY-MM-DD): when the change it carries was made. */
export interface DatedCommit {
  readonly commit: string;
  readonly date: string;
}

/**
 * The commits after `revision`, up to HEAD, that change the inventory folder `dir`, oldest first, with
 * `revision`'s own commit as the base to compare the first of them with.
 */
export async function commitsSince(
  revision: string,
  dir: string,
  cwd: string,
): Promise<{ base: string; commits: DatedCommit[] }> {
  const { top, prefix, commit: base } = await resolveRevision(revision, cwd, false);
  const repoPath = repositoryPath(dir, prefix, top);
  const log = await git(['log', '--reverse', '--format=%H %cs', `${base}..HEAD`, '--', repoPath || '.'], top);
  if (!log.ok) throw new InputError(`${shortened(revision)}: cannot read the history: ${log.stderr.trim()}`);
  const commits = log.stdout
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit = '', date = ''] = line.split(' ');
      return { commit, date };
    });
  return { base, commits };
}

/** The folder's path from the top of the repository: `dir` is taken relative to `cwd`, as on disk. */
function repositoryPath(dir: string, prefix: string, top: string): string {
  const relative = path.isAbsolute(dir) ? path.relative(top, dir) : path.join(prefix, dir);
  const posix = path.posix.normalize(relative.split(path.sep).join('/')).replace(/\/+$/, '');
  if (posix === '..' || posix.startsWith('../'))
    throw new InputError(`--dir ${shortened(dir)}: outside the git repository`);
  return posix === '.' ? '' : posix;
}

interface TreeEntry {
  readonly mode: string;
  readonly name: string;
  readonly object: string;
}

/** The mode git gives a symbolic link. */
const LINK = '120000';

/** `git ls-tree -r -z` output: `<mode> <type> <object>\t<name>\0`. Submodules are left out. */
function parseTree(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object] = record.slice(0, tab).split(' ');
    if (type === 'blob' && mode && object) entries.push({ mode, name: record.slice(tab + 1), object });
  }
  return entries;
}

/** The same selection as reading a folder: YAML files, not the config, nothing hidden or in node_modules. */
function isInventoryFile(name: string): boolean {
  const parts = name.split('/');
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return false;
  return /\.ya?ml$/i.test(name) && name !== CONFIG_FILE;
}

/** The sizes of blobs, in order, from git's index of objects: nothing of them is read. */
async function blobSizes(objects: readonly string[], cwd: string): Promise<number[]> {
  const output = await catFile(objects, '--batch-check', cwd);
  const lines = output.toString('latin1').split('\n');
  return objects.map((object, i) => {
    const size = Number(lines[i]?.split(' ')[2]);
    if (!Number.isInteger(size)) throw new InputError(`git cat-file: cannot read ${object}`);
    return size;
  });
}

/** The contents of blobs, in order. */
async function readBlobs(objects: readonly string[], cwd: string): Promise<Buffer[]> {
  const output = await catFile(objects, '--batch', cwd);
  const blobs: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const end = output.indexOf(0x0a, at);
    const size = Number(output.subarray(at, end).toString('latin1').split(' ')[2]);
    if (!Number.isInteger(size)) throw new InputError(`git cat-file: cannot read ${object}`);
    blobs.push(output.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1; // content, then a newline
  }
  return blobs;
}

/** The output of one `git cat-file --batch` or `--batch-check` process given `objects`. */
function catFile(
  objects: readonly string[],
  mode: '--batch' | '--batch-check',
  cwd: string,
): Promise<Buffer> {
  if (objects.length === 0) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', mode], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => reject(gitMissing(error)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new InputError(`git cat-file failed (exit ${code})`));
      resolve(Buffer.concat(chunks));
    });
    child.stdin.end(`${objects.join('\n')}\n`);
  });
}

interface GitResult {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git without a shell; a non-zero exit is a result, a missing git an `InputError`. */
function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT' && !stdout.length) {
        return reject(gitMissing(error));
      }
      resolve({ ok: !error, stdout, stderr: stderr.toString('utf8') });
    });
  });
}

function gitMissing(error: Error): Error {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? new InputError('git is not installed (or not on PATH): a revision cannot be read')
    : error;
}
