// The one writer of inventory files: `ropa init` writes its starter through it and `ropa import` the
// inventory it translated. Files go into a new or empty folder only, in the conventional layout, each
// opening with the editor's `$schema` line.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Category, Organization, Purpose, Recipient, Subject, System } from './model.js';
import { InputError } from '../errors.js';
import { quote, shortened } from './quote.js';

/** One file to write: its path below the inventory folder (forward slashes) and its YAML body. */
export interface InventoryFile {
  readonly name: string;
  readonly body: string;
}

type Draft<T> = Omit<T, 'loc'>;

/** An inventory as plain values, before it has files: what an import produces. */
export interface InventoryDraft {
  organization?: Draft<Organization>;
  subjects: Draft<Subject>[];
  purposes: Draft<Purpose>[];
  recipients: Draft<Recipient>[];
  systems: Draft<System>[];
  categories: Draft<Category>[];
}

export function emptyDraft(): InventoryDraft {
  return { subjects: [], purposes: [], recipients: [], systems: [], categories: [] };
}

const yaml = (value: unknown): string => stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });

/** The files of the conventional layout for a draft: one per kind, one per category; empty kinds left out. */
export function draftFiles(draft: InventoryDraft): InventoryFile[] {
  const files: InventoryFile[] = [];
  if (draft.organization)
    files.push({ name: 'organization.yaml', body: yaml({ organization: draft.organization }) });
  const lists = [
    ['subjects', draft.subjects],
    ['purposes', draft.purposes],
    ['recipients', draft.recipients],
    ['systems', draft.systems],
  ] as const;
  for (const [key, list] of lists) {
    if (list.length > 0) files.push({ name: `${key}.yaml`, body: yaml({ [key]: list }) });
  }
  for (const category of draft.categories)
    files.push({ name: `categories/${category.id}.yaml`, body: yaml({ category }) });
  return files;
}

/** Refuses a folder that exists and holds anything; a missing folder is fine (it is created on write). */
export async function requireEmptyFolder(dir: string, command: string): Promise<void> {
  const shown = shortened(dir);
  let existing: string[] = [];
  try {
    existing = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR')
      throw new InputError(`${shown}: a file, not a folder; ${command} writes into a folder`);
    if (code !== 'ENOENT') throw new InputError(`${shown}: cannot be read`);
    // nothing by that name, or a link to nothing: the writer creates folders, never the target of a link
    const link = await readlink(dir).catch(() => undefined);
    if (link !== undefined)
      throw new InputError(
        `${shown}: a symbolic link to ${quote(link)}, which does not exist; ${command} writes only into an empty or new folder`,
      );
  }
  if (existing.length > 0)
    throw new InputError(`${shown}: not empty; ${command} only writes into an empty or new folder`);
}

/**
 * The schema the files name on their first line, for editors: ropa's, as installed in the node_modules of
 * the project that holds the inventory (ropa as a development dependency). None when there is no such
 * install: a path into whichever copy of ropa is running (a global install, npx's cache, someone's
 * checkout) would not resolve on the next machine.
 */
function installedSchema(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const schema = path.join(at, 'node_modules', 'ropa', 'schema', 'inventory.schema.json');
    if (existsSync(schema)) return schema;
    if (path.dirname(at) === at) return undefined;
  }
}

/** The `$schema` comment of a file at `target`, relative to it, for the YAML language server. */
function schemaLine(target: string, schemaFile: string): string {
  const schema = path
    .relative(path.dirname(path.resolve(target)), schemaFile)
    .split(path.sep)
    .join('/');
  return `# yaml-language-server: $schema=${schema}\n`;
}

/**
 * Writes the files into `dir` (created if needed), each with its `$schema` line when ropa is installed
 * above it; refuses a folder that already holds anything and never replaces a file. Returns the names
 * written and whether they name the schema.
 */
export async function writeInventory(
  dir: string,
  files: readonly InventoryFile[],
  command: string,
): Promise<{ written: string[]; schema: boolean }> {
  await requireEmptyFolder(dir, command);
  const schemaFile = installedSchema(dir);
  for (const file of files) {
    const target = path.join(dir, file.name);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, (schemaFile === undefined ? '' : schemaLine(target, schemaFile)) + file.body, {
        flag: 'wx',
      });
    } catch (error) {
      throw new InputError(
        `${shortened(dir)}: cannot write ${file.name} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
  }
  return { written: files.map((f) => f.name), schema: schemaFile !== undefined };
}
