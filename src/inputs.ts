import path from 'node:path';

/**
 * The folders and files this run has read, by real path. Output (`-o`) is checked against them so that
 * no command, however it names its inputs (an inventory, a second inventory to compare, `--config`),
 * can replace or write beside what it reads.
 */
const folders = new Set<string>();
const files = new Set<string>();

export function recordInputFolder(realPath: string): void {
  folders.add(path.resolve(realPath));
}

export function recordInputFile(realPath: string): void {
  files.add(path.resolve(realPath));
}

/** Why `target` (a real path) must not be written, as a message, or undefined when it may. */
export function inputConflict(target: string): string | undefined {
  if (files.has(target)) return 'refusing to overwrite a file this run reads';
  for (const folder of folders) {
    if (isInside(target, folder)) return `refusing to write inside the inventory folder ${shown(folder)}`;
  }
  return undefined;
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
