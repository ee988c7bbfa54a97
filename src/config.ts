import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Level } from './inventory/model.js';
import { InputError } from './errors.js';
import { isInside } from './inputs.js';
import { CONFIG_FILE, describeIoError, overLimit, readRegularFile, type FileRead } from './inventory/read.js';
import { parse } from './inventory/source.js';
import { decodeUtf8 } from './inventory/utf8.js';
import { didYouMean } from './inventory/did-you-mean.js';
import { quote, shortened } from './inventory/quote.js';
import { parseReferences } from './config-references.js';
import type { RetentionReference } from './reference/retention.js';
import { isLanguage, LANGUAGES, type Language } from './views/words/catalogue.js';

/** Settings from `ropa.config.yaml` and the command line. */
export interface Config {
  readonly rules: Readonly<Record<string, Level>>;
  readonly today?: string;
  readonly country?: string;
  /** Retention references of the user's own, added to the built-in ones or replacing one (country and id). */
  readonly references?: readonly RetentionReference[];
  /** The language of the record, the retention schedule and the notice (`--lang` overrides it). */
  readonly language?: Language;
  /** The file the settings were read from, when one was: output must not replace it. */
  readonly file?: string;
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note', 'off'];

/**
 * The rules that say whether the inventory could be read at all: below `error`, a file that does not
 * parse would vanish from the output and the record would silently lack what it holds.
 */
const STRUCTURAL_RULES: ReadonlySet<string> = new Set([
  'yaml-syntax',
  'schema',
  'duplicate-id',
  'unknown-reference',
  'organization-missing',
]);

/**
 * Reads `--config FILE`, or `ropa.config.yaml` in the inventory root when it exists. A bad config is a
 * usage error (exit 2) with the file and the key in the message. The configuration is read under the
 * rules of inventory files: a regular file of at most 4 MiB, strict UTF-8, opened without following a
 * link, and reached through a link only when the link stays inside the inventory folder (or, for
 * `--config`, inside the working folder): nothing of a file outside is read, so nothing of it is shown.
 */
export async function readConfig(
  root: string,
  explicit: string | undefined,
  ruleIds: ReadonlySet<string>,
): Promise<Config> {
  const file = explicit ?? path.join(root, CONFIG_FILE);
  const real = await configPath(file, explicit === undefined ? [root] : [root, process.cwd()]);
  if (real === undefined) {
    if (explicit === undefined) return { rules: {} };
    throw new InputError(`${shortened(file)}: no such configuration file`);
  }
  return { ...configFromRead(readRegularFile(real), file, ruleIds), file };
}

/**
 * The path to open for the configuration `file`: itself, or the target of a link that stays inside one
 * of `folders`; undefined when there is nothing by that name.
 */
async function configPath(file: string, folders: readonly string[]): Promise<string | undefined> {
  let link;
  try {
    link = (await lstat(file)).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refused(file, describeIoError(error));
  }
  if (!link) return file;
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refused(file, code === 'ENOENT' ? 'broken symbolic link: nothing read' : describeIoError(error));
  }
  const allowed = await Promise.all(folders.map((folder) => realpath(folder).catch(() => undefined)));
  if (!allowed.some((folder) => folder !== undefined && isInside(real, folder))) {
    const where = folders.length > 1 ? 'the inventory and working folders' : 'the inventory folder';
    throw refused(file, `symbolic link to a place outside ${where}: not followed, nothing read`);
  }
  return real;
}

/**
 * The configuration from a file read under the rules of inventory files (see readRegularFile), from a
 * folder or from a git revision: strict UTF-8, then parsed. `name` names it in messages.
 */
export function configFromRead(read: FileRead, name: string, ruleIds: ReadonlySet<string>): Config {
  if (!read.ok) throw refused(name, read.size === undefined ? read.message : overLimit(read.size));
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    throw new InputError(
      `${shortened(name)}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`,
    );
  }
  return parseConfig(decoded.text, name, ruleIds);
}

/** A configuration file that is not read, and why (nothing of its content is shown). */
function refused(name: string, why: string): InputError {
  return new InputError(`${shortened(name)}: configuration file: ${why}`);
}

/** Parses configuration text; `file` names it in messages (a path, or a file in a git revision). */
export function parseConfig(text: string, file: string, ruleIds: ReadonlySet<string>): Config {
  const { value, findings } = parse(text);
  const syntax = findings[0];
  if (syntax)
    throw new InputError(`${file}:${syntax.position.line}:${syntax.position.column}: ${syntax.message}`);
  if (value === null || value === undefined) return { rules: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new InputError(`${file}: expected a mapping with rules, country, today, references, language`);
  const { rules = {}, today, country, references, language, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) {
    throw new InputError(
      `${file}: unknown key ${quote(unknown)}${didYouMean(unknown, ['rules', 'country', 'today', 'references', 'language'])}`,
    );
  }
  if (language !== undefined && !isLanguage(language)) {
    throw new InputError(
      `${file}: language must be one of ${LANGUAGES.join(', ')}, not ${quote(String(language))}`,
    );
  }
  if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) {
    throw new InputError(`${file}: today must be a date YYYY-MM-DD that exists`);
  }
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
    throw new InputError(`${file}: country must be an ISO 3166-1 alpha-2 code such as FR`);
  }
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw new InputError(`${file}: rules must be a mapping of rule id to error, warning, note or off`);
  }
  const levels = parseRuleLevels(Object.entries(rules as Record<string, unknown>), ruleIds, file);
  return {
    rules: levels,
    ...(today ? { today } : {}),
    ...(country ? { country } : {}),
    ...(language !== undefined ? { language } : {}),
    ...(references !== undefined ? { references: parseReferences(references, file) } : {}),
  };
}

/** `--rule ID=LEVEL` values, checked against the registry. */
export function parseRuleOptions(
  values: readonly string[],
  ruleIds: ReadonlySet<string>,
): Record<string, Level> {
  const entries = values.map((value): [string, unknown] => {
    const at = value.indexOf('=');
    if (at < 0) throw new InputError(`--rule ${value}: expected ID=LEVEL, e.g. --rule record-stale=off`);
    return [value.slice(0, at), value.slice(at + 1)];
  });
  return parseRuleLevels(entries, ruleIds, '--rule');
}

function parseRuleLevels(
  entries: [string, unknown][],
  ruleIds: ReadonlySet<string>,
  where: string,
): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const [id, level] of entries) {
    if (!ruleIds.has(id))
      throw new InputError(`${where}: unknown rule ${quote(id)}${didYouMean(id, ruleIds)}`);
    if (!LEVELS.includes(level as Level)) {
      throw new InputError(
        `${where}: ${id}: level must be one of ${LEVELS.join(', ')}, not ${quote(String(level))}`,
      );
    }
    if (STRUCTURAL_RULES.has(id) && level !== 'error') {
      throw new InputError(
        `${where}: ${id} is a structural rule: it is always an error (a file it flags is not read at all)`,
      );
    }
    levels[id] = level as Level;
  }
  return levels;
}

/** Whether `text` is YYYY-MM-DD and that day exists (no 30 February, no month 13). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
