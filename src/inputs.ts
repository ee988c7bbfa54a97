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

/** Why `target` (a real path) must not be written, or undefined when it may. */
export function inputConflict(target: string): string | undefined {
  if (files.has(target)) return 'it is an input of this run';
  for (const folder of folders) {
    if (isInside(target, folder)) return `it is inside the inventory folder ${folder}`;
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
