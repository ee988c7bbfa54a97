// Writes a folder of files (`ropa site -o FOLDER`) as output.ts writes a file: never inside what the run
// reads, never through a symbolic link, and whole or not at all. The files go into a new temporary folder
// beside the target, the marker that names the folder as ropa's last; only then does the folder replace
// the previous one, by renames. An interrupted run leaves the previous folder (or none), never half of one.
// The marker lists the files written, and a previous folder is replaced only if it holds nothing else: a
// file the user added (a CNAME, a README, a .git of a gh-pages checkout) is never removed with it.
import { realpathSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { inputConflict, isInside, realPath, type Inputs } from './inputs.js';
import { shortened } from './inventory/quote.js';
import { printable } from './render/terminal.js';
import { chunks, errorCode, removeOnSignal, temporaryName, writeError } from './output.js';

export interface FolderFile {
  /** Relative to the folder, with forward slashes. */
  readonly path: string;
  /** Text in pieces is written as it is made (the site's record of a large inventory is tens of megabytes). */
  readonly content: string | Uint8Array | Iterable<string>;
}

export interface Marker {
  /**
   * The file that says a folder holds output of this kind, so that a later run may replace it: its first
   * line is `content`, then one line for each file written.
   */
  readonly name: string;
  readonly content: string;
  /** What the folder holds, for messages ("a site"). */
  readonly what: string;
}

/**
 * How many files are written at once: two, so that the next page is made while one is written. A page
 * waiting for its write outlives the young generation of the heap, and the old one grows with it: the
 * site of 10,000 categories peaked at 427 MiB with 8 at once, 326 with 4, 305 with 2 and 292 with 1, in
 * about the same time (16 before 8 had taken the same time too).
 */
const PARALLEL = 2;

/** The largest marker read: its list of files, ~30 bytes a file. */
const MARKER_MAX = 16 * 1024 * 1024;

/** A relative path of plain names: no `..`, no empty or hidden-as-dot segment, no backslash. */
const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Writes `files` as the folder `folder`, and says how many files it holds. The folder may be new, empty, or hold a previous output with the
 * same marker; anything else is refused (exit 2), as is a folder inside the inputs or one that holds them.
 */
export async function writeFolder(
  files: Iterable<FolderFile>,
  folder: string,
  inputs: Inputs,
  marker: Marker,
): Promise<number> {
  if (folder === '') throw new InputError('-o needs a folder name');
  const shown = shortened(folder);
  const target = resolved(folder, shown);
  const conflict = inputConflict(target, inputs);
  if (conflict) throw new InputError(`${shown}: ${conflict}`);
  if ([...inputs.folders, ...inputs.files].some((input) => isInside(realPath(input), target)))
    throw new InputError(`${shown}: refusing to replace a folder that holds what this run reads`);
  if (isInside(realPath(process.cwd()), target))
    throw new InputError(`${shown}: refusing to replace the working folder or a folder that holds it`);
  const existing = await existingFolder(target, shown, marker);
  const temporary = temporaryName(target);
  const release = removeOnSignal(temporary);
  const writing = new Set<Promise<void>>();
  const written: string[] = [];
  let previous: string | undefined;
  try {
    await mkdir(temporary);
    const made = new Map<string, Promise<unknown>>();
    // a few files at a time: thousands of small pages are written at the pace of the disk, not one by one
    for (const file of files) {
      const write: Promise<void> = writeInside(temporary, file, made).finally(() => writing.delete(write));
      writing.add(write);
      written.push(file.path);
      if (writing.size >= PARALLEL) await Promise.race(writing);
    }
    await Promise.all(writing);
    const list = `${marker.content.replace(/\n?$/, '\n')}${written.map((file) => `${file}\n`).join('')}`;
    await writeFile(path.join(temporary, marker.name), list, { flag: 'wx' });
    if (existing) {
      await chmod(temporary, existing.mode & 0o7777);
      previous = await swap(temporary, target);
    } else {
      await rename(temporary, target);
    }
  } catch (error) {
    await Promise.allSettled(writing);
    await rm(temporary, { recursive: true, force: true });
    throw writeError(shown, target, error);
  } finally {
    release();
  }
  // the new folder is in place: a previous one that cannot be removed is left, and said so, not an error
  if (previous !== undefined) {
    await rm(previous, { recursive: true, force: true }).catch((error: unknown) => {
      const why = errorCode(error) ?? String(error);
      process.stderr.write(
        `ropa: warning: ${printable(shown)} is written; the previous ${marker.what} could not be removed (${why}): it is left in ${printable(previous!)}\n`,
      );
    });
  }
  // the files given, and the marker
  return written.length + 1;
}

/**
 * The folder's real path, as the system finds it: its parent resolved by the system (a symbolic link then
 * `..` leads where the system goes, not where the text seems to), then its own name, which is not followed
 * (a link is refused later). A trailing slash is dropped so that a link named with one is still a link.
 */
function resolved(folder: string, shown: string): string {
  const typed = folder.length > 1 ? folder.replace(/\/+$/, '') || '/' : folder;
  const name = path.basename(typed);
  try {
    if (name === '.' || name === '..' || name === '' || typed === '/') return realpathSync.native(typed);
    return path.join(realpathSync.native(path.dirname(typed)), name);
  } catch (error) {
    throw writeError(shown, typed, error);
  }
}

/** The folder as it is: absent (undefined), or a folder ropa may replace; anything else is refused. */
async function existingFolder(
  target: string,
  shown: string,
  marker: Marker,
): Promise<{ mode: number } | undefined> {
  let stats;
  try {
    stats = await lstat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw writeError(shown, target, error);
  }
  if (stats.isSymbolicLink())
    throw new InputError(`${shown}: is a symbolic link; name the folder itself for -o`);
  if (!stats.isDirectory())
    throw new InputError(`${shown}: is not a folder; -o names a folder for ${marker.what}`);
  try {
    const entries = await readdir(target);
    if (entries.length === 0) return { mode: stats.mode };
    const listed = await listedFiles(target, marker);
    if (listed === undefined)
      throw new InputError(
        `${shown}: is not empty and holds no ${marker.what} of ropa's (no ${marker.name}): name a new or empty folder`,
      );
    const stranger = await firstUnlisted(target, '', listed, marker.name);
    if (stranger !== undefined)
      throw new InputError(
        `${shown}: holds ${shortened(stranger)}, which ropa did not write: move it out or name another folder`,
      );
  } catch (error) {
    throw writeError(shown, target, error);
  }
  return { mode: stats.mode };
}

/** The files a previous run wrote, from its marker, with the folders that hold them; undefined: no marker. */
async function listedFiles(
  folder: string,
  marker: Marker,
): Promise<{ files: Set<string>; folders: Set<string> } | undefined> {
  const file = path.join(folder, marker.name);
  const stats = await lstat(file).catch(() => undefined);
  if (!stats?.isFile()) return undefined;
  if (stats.size > MARKER_MAX)
    throw new InputError(`${file}: is larger than ${MARKER_MAX / 1024 / 1024} MiB: not a marker of ropa's`);
  const [, ...lines] = (await readFile(file, 'utf8')).split('\n');
  const files = new Set(lines.filter((line) => SAFE_PATH.test(line)));
  const folders = new Set<string>();
  for (const listed of files)
    for (let at = listed.indexOf('/'); at >= 0; at = listed.indexOf('/', at + 1))
      folders.add(listed.slice(0, at));
  return { files, folders };
}

/** The first entry under `folder` that the list does not name (a file) or lead to (a folder), if any. */
async function firstUnlisted(
  root: string,
  prefix: string,
  listed: { files: Set<string>; folders: Set<string> },
  markerName: string,
): Promise<string | undefined> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (relative === markerName && entry.isFile()) continue;
    if (entry.isFile() && listed.files.has(relative)) continue;
    if (entry.isDirectory() && listed.folders.has(relative)) {
      const inside = await firstUnlisted(root, relative, listed, markerName);
      if (inside !== undefined) return inside;
      continue;
    }
    return relative;
  }
  return undefined;
}

async function writeInside(
  root: string,
  file: FolderFile,
  made: Map<string, Promise<unknown>>,
): Promise<void> {
  if (!SAFE_PATH.test(file.path)) throw new Error(`unsafe path in the output: ${file.path}`);
  const parent = path.posix.dirname(file.path);
  if (parent !== '.') {
    let making = made.get(parent);
    if (making === undefined)
      made.set(parent, (making = mkdir(path.join(root, parent), { recursive: true })));
    await making;
  }
  // 'wx': a fresh file in a folder this run made, never one that something else put there
  const { content } = file;
  await writeFile(
    path.join(root, file.path),
    typeof content === 'string' || content instanceof Uint8Array ? content : chunks(content),
    { flag: 'wx' },
  );
}

/** The new folder in place of the old one, by two renames; the old one's new name, for removal. */
async function swap(temporary: string, target: string): Promise<string> {
  const previous = temporaryName(target);
  await rename(target, previous);
  try {
    await rename(temporary, target);
  } catch (error) {
    await rename(previous, target).catch(() => undefined);
    throw error;
  }
  return previous;
}
