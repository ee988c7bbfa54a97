import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * What a run reads: its inventory folders and the files read beside them (`--config`). Output (`-o`) is
 * checked against them so that no command, however it names its inputs, can replace or write beside
 * what it reads. Each command passes them to the writer; nothing is recorded behind its back.
 */
export interface Inputs {
  readonly folders: readonly string[];
  readonly files: readonly string[];
}

export const NO_INPUTS: Inputs = { folders: [], files: [] };

/** Why `target` (a real path) must not be written, as a message, or undefined when it may. */
export function inputConflict(target: string, inputs: Inputs): string | undefined {
  if (inputs.files.some((file) => realPath(file) === target))
    return 'refusing to overwrite a file this run reads';
  for (const folder of inputs.folders.map(realPath)) {
    if (isInside(target, folder)) return `refusing to write inside the inventory folder ${shown(folder)}`;
  }
  return undefined;
}

/**
 * The path a write to `target` would really change: its folder with links resolved, and the file itself
 * resolved when it is a link (rename replaces the link, but what the user named is what it points to).
 */
export function realPath(target: string): string {
  const absolute = path.resolve(target);
  // the system's realpath: Node's own returns a path that does not exist for /dev/stdout on a pipe
  try {
    return realpathSync.native(absolute);
  } catch {
    try {
      return path.join(realpathSync.native(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Whether `child` is `parent` or lies below it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/** A folder as the user would name it: relative to the working folder when below it. */
function shown(folder: string): string {
  return isInside(folder, process.cwd()) ? path.relative(process.cwd(), folder) || '.' : folder;
}
