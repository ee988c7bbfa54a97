import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inputConflict, recordInputFolder } from './inputs.js';
import { InputError } from './inventory/read.js';

/**
 * Writes a command's result: to stdout, or with `-o` atomically to a file (a temporary file beside it,
 * then a rename), so an interrupted or failed run never leaves half a report and the previous one stays
 * until the new one is complete. Refuses to write inside any inventory folder the run read (or
 * `inventoryRoot`) or over any file it read.
 */
export async function writeOutput(
  content: string | Uint8Array,
  file: string | undefined,
  inventoryRoot?: string,
): Promise<void> {
  if (file === '') throw new InputError('-o needs a file name');
  // "-o -" is standard output, as in most command-line tools
  if (file === undefined || file === '-') {
    if (content.length > 0)
      await new Promise<void>((resolve) => process.stdout.write(content, () => resolve()));
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
    await writeFile(temporary, content, { flag: 'wx' });
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
