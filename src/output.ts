import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { inputConflict, recordInputFolder } from './inputs.js';
import { InputError } from './inventory/read.js';
import type { Rendered } from './render/rendered.js';

/** Pieces are gathered up to this many characters before each write: few system calls, little memory. */
const BATCH = 1 << 16;

/** The output as a few large chunks, each made only when the previous one has been written. */
function* chunks(content: Rendered): Generator<string | Uint8Array> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    if (content.length > 0) yield content;
    return;
  }
  let batch: string[] = [];
  let size = 0;
  for (const piece of content) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (size > 0) yield batch.join('');
}

/**
 * Writes a command's result: to stdout, or with `-o` atomically to a file (a temporary file beside it,
 * then a rename), so an interrupted or failed run never leaves half a report and the previous one stays
 * until the new one is complete. Refuses to write inside any inventory folder the run read (or
 * `inventoryRoot`) or over any file it read.
 */
export async function writeOutput(
  content: Rendered,
  file: string | undefined,
  inventoryRoot?: string,
): Promise<void> {
  if (file === '') throw new InputError('-o needs a file name');
  // "-o -" is standard output, as in most command-line tools
  if (file === undefined || file === '-') {
    for (const chunk of chunks(content))
      await new Promise<void>((resolve) => process.stdout.write(chunk, () => resolve()));
    return;
  }
  const target = realTarget(path.resolve(file));
  if (inventoryRoot !== undefined) recordInputFolder(realTarget(path.resolve(inventoryRoot)));
  const conflict = inputConflict(target);
  if (conflict) throw new InputError(`${file}: ${conflict}`);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new InputError(`${file}: is a folder; give a file name to -o`);

  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    // 'wx': never follow or reuse something already at the temporary name
    const handle = await open(temporary, 'wx', 0o666);
    try {
      // writeFile goes on from where the previous chunk ended, and writes each one whole
      for (const chunk of chunks(content)) await handle.writeFile(chunk);
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(`${file}: cannot write: ${describeWriteError(error)}`);
  }
}

/**
 * The path a write to `target` would really change: its folder with links resolved, and the file itself
 * resolved when it is a link (rename replaces the link, but what the user named is what it points to).
 */
function realTarget(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(target)), path.basename(target));
    } catch {
      return target;
    }
  }
}

function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
