import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './inventory/read.js';

/**
 * Writes a command's result: to stdout, or with `-o` atomically to a file (a temporary file beside it,
 * then a rename), so an interrupted run never leaves half a report. Refuses to write inside the inventory.
 */
export async function writeOutput(
  content: string | Uint8Array,
  file: string | undefined,
  inventoryRoot?: string,
): Promise<void> {
  if (file === undefined) {
    if (content.length > 0)
      await new Promise<void>((resolve) => process.stdout.write(content, () => resolve()));
    return;
  }
  const target = path.resolve(file);
  if (inventoryRoot !== undefined && isInside(realDir(target), realDir(path.resolve(inventoryRoot), true))) {
    throw new InputError(`${file}: refusing to write inside the inventory folder ${inventoryRoot}`);
  }
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot write (${code ?? (error as Error).message})`);
  }
}

/** The real path of a file's folder (or of the folder itself), resolving links where they exist. */
function realDir(target: string, isDir = false): string {
  const dir = isDir ? target : path.dirname(target);
  try {
    return path.join(realpathSync(dir), isDir ? '' : path.basename(target));
  } catch {
    return target;
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
