import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Level } from './inventory/model.js';
import { recordInputFile } from './inputs.js';
import { InputError, CONFIG_FILE, MAX_FILE_BYTES, describeIoError } from './inventory/read.js';
import { decodeUtf8 } from './inventory/utf8.js';
import { didYouMean } from './inventory/did-you-mean.js';
import { quote } from './inventory/quote.js';
import { parseReferences } from './config-references.js';
import type { RetentionReference } from './reference/retention.js';

/** Settings from `ropa.config.yaml` and the command line. */
export interface Config {
  readonly rules: Readonly<Record<string, Level>>;
  readonly today?: string;
  readonly country?: string;
  /** Retention references of the user's own, added to the built-in ones or replacing one (country and id). */
  readonly references?: readonly RetentionReference[];
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note', 'off'];

/**
 * Reads `--config FILE`, or `ropa.config.yaml` in the inventory root when it exists. A bad config is a
 * usage error (exit 2) with the file and the key in the message.
 */
export async function readConfig(
  root: string,
  explicit: string | undefined,
  ruleIds: ReadonlySet<string>,
): Promise<Config> {
  const file = explicit ?? path.join(root, CONFIG_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
    recordInputFile(await realpath(file));
  } catch (error) {
    // Only an absent default file means "no configuration"; one that exists but cannot be read is an error
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { rules: {} };
    if (code === 'ENOENT') throw new InputError(`${file}: no such configuration file`);
    throw new InputError(`${file}: configuration file ${describeIoError(error)}`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new InputError(`${file}: configuration file larger than 4 MiB`);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new InputError(`${file}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
  }
  const text = decoded.text;
  return parseConfig(text, file, ruleIds);
}

/** Parses configuration text; `file` names it in messages (a path, or a file in a git revision). */
export function parseConfig(text: string, file: string, ruleIds: ReadonlySet<string>): Config {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark =
      error instanceof yaml.YAMLException ? `:${error.mark.line + 1}:${error.mark.column + 1}` : '';
    throw new InputError(
      `${file}${mark}: invalid YAML: ${(error as yaml.YAMLException).reason ?? String(error)}`,
    );
  }
  if (value === null || value === undefined) return { rules: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new InputError(`${file}: expected a mapping with rules, country, today, references`);
  const { rules = {}, today, country, references, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) {
    throw new InputError(
      `${file}: unknown key ${quote(unknown)}${didYouMean(unknown, ['rules', 'country', 'today', 'references'])}`,
    );
  }
  if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))) {
    throw new InputError(`${file}: today must be a date YYYY-MM-DD`);
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
    levels[id] = level as Level;
  }
  return levels;
}
