// Writes a folder of files (`ropa site -o FOLDER`) as output.ts writes a file: never inside what the run
// reads, never through a symbolic link, and whole or not at all. The files go into a new temporary folder
// beside the target, the marker that names the folder as ropa's last; only then does the folder replace
// the previous one, by renames. An interrupted run leaves the previous folder (or none), never half of one.
import { lstat, mkdir, readdir, rename, rm, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { inputConflict, isInside, realPath, type Inputs } from './inputs.js';
import { shortened } from './inventory/quote.js';
import { errorCode, removeOnSignal, temporaryName, writeError } from './output.js';

export interface FolderFile {
  /** Relative to the folder, with forward slashes. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

export interface Marker {
  /** The file that says a folder holds output of this kind, so that a later run may replace it. */
  readonly name: string;
  readonly content: string;
  /** What the folder holds, for messages ("a site"). */
  readonly what: string;
}

/** How many files are written at once. */
const PARALLEL = 16;

/** A relative path of plain names: no `..`, no empty or hidden-as-dot segment, no backslash. */
const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Writes `files` as the folder `folder`. The folder may be new, empty, or hold a previous output with the
 * same marker; anything else is refused (exit 2), as is a folder inside the inputs or one that holds them.
 */
export async function writeFolder(
  files: Iterable<FolderFile>,
  folder: string,
  inputs: Inputs,
  marker: Marker,
): Promise<void> {
  if (folder === '') throw new InputError('-o needs a folder name');
  const shown = shortened(folder);
  const target = realPath(folder);
  const conflict = inputConflict(target, inputs);
  if (conflict) throw new InputError(`${shown}: ${conflict}`);
  if ([...inputs.folders, ...inputs.files].some((input) => isInside(realPath(input), target)))
    throw new InputError(`${shown}: refusing to replace a folder that holds what this run reads`);
  const existing = await existingFolder(folder, shown, marker);
  const temporary = temporaryName(target);
  const release = removeOnSignal(temporary);
  const writing = new Set<Promise<void>>();
  try {
    await mkdir(temporary);
    const made = new Map<string, Promise<unknown>>();
    // a few files at a time: thousands of small pages are written at the pace of the disk, not one by one
    for (const file of files) {
      const write: Promise<void> = writeInside(temporary, file, made).finally(() => writing.delete(write));
      writing.add(write);
      if (writing.size >= PARALLEL) await Promise.race(writing);
    }
    await Promise.all(writing);
    await writeFile(path.join(temporary, marker.name), marker.content, { flag: 'wx' });
    if (existing) {
      await chmod(temporary, existing.mode & 0o7777);
      await swap(temporary, target);
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
}

/** The folder as it is: absent (undefined), or a folder ropa may replace; anything else is refused. */
async function existingFolder(
  folder: string,
  shown: string,
  marker: Marker,
): Promise<{ mode: number } | undefined> {
  let stats;
  try {
    stats = await lstat(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw writeError(shown, folder, error);
  }
  if (stats.isSymbolicLink())
    throw new InputError(`${shown}: is a symbolic link; name the folder itself for -o`);
  if (!stats.isDirectory())
    throw new InputError(`${shown}: is not a folder; -o names a folder for ${marker.what}`);
  const entries = await readdir(folder);
  if (entries.length > 0) {
    const mark = entries.includes(marker.name) ? await lstat(path.join(folder, marker.name)) : undefined;
    if (!mark?.isFile())
      throw new InputError(
        `${shown}: is not empty and holds no ${marker.what} of ropa's (no ${marker.name}): name a new or empty folder`,
      );
  }
  return { mode: stats.mode };
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
  await writeFile(path.join(root, file.path), file.content, { flag: 'wx' });
}

/** The new folder in place of the old one: two renames, then the old one removed. */
async function swap(temporary: string, target: string): Promise<void> {
  const previous = temporaryName(target);
  await rename(target, previous);
  try {
    await rename(temporary, target);
  } catch (error) {
    await rename(previous, target).catch(() => undefined);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
