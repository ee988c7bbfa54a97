import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Level } from './inventory/model.js';
import { InputError, CONFIG_FILE } from './inventory/read.js';
import { didYouMean } from './inventory/did-you-mean.js';

/** Settings from `ropa.config.yaml` and the command line. */
export interface Config {
  readonly rules: Readonly<Record<string, Level>>;
  readonly today?: string;
  readonly country?: string;
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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (explicit) throw new InputError(`${explicit}: cannot read the configuration file`);
    return { rules: {} };
  }
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
    throw new InputError(`${file}: expected a mapping with rules, country, today`);
  const { rules = {}, today, country, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) {
    throw new InputError(
      `${file}: unknown key "${unknown}"${didYouMean(unknown, ['rules', 'country', 'today'])}`,
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
  return { rules: levels, ...(today ? { today } : {}), ...(country ? { country } : {}) };
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
    if (!ruleIds.has(id)) throw new InputError(`${where}: unknown rule "${id}"${didYouMean(id, ruleIds)}`);
    if (!LEVELS.includes(level as Level)) {
      throw new InputError(
        `${where}: ${id}: level must be one of ${LEVELS.join(', ')}, not "${String(level)}"`,
      );
    }
    levels[id] = level as Level;
  }
  return levels;
}
