import { readConfig, parseRuleOptions, type Config } from '../config.js';
import type { Inputs } from '../inputs.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import { loadInventory, type CheckCache, type Loaded } from '../inventory/load.js';
import { InputError } from '../errors.js';
import type { RenderContext } from '../render/context.js';
import { version } from '../version.js';
import { shortened } from '../inventory/quote.js';
import type { Language } from '../views/words/catalogue.js';

/**
 * The errors that leave the model unusable for a command other than lint (see `Rule.blocks`): any
 * blocking error, or with `model` only those that leave entities out of it.
 */
export async function blockingErrors(
  diagnostics: readonly Diagnostic[],
  only?: 'model',
): Promise<Diagnostic[]> {
  const { RULES_BY_ID } = await import('../rules/index.js');
  return diagnostics.filter((d) => {
    const blocks = RULES_BY_ID.get(d.rule)?.blocks;
    return (
      blocks !== undefined && (only === undefined || blocks === only) && d.severity === 'error' && !d.waived
    );
  });
}

/** A run's configuration: the one `read` finds (checked against the rule ids), `--rule` options over it. */
export async function commandConfig(
  options: { rule?: string[] },
  read: (ruleIds: ReadonlySet<string>) => Config | Promise<Config>,
): Promise<Config> {
  const { RULES_BY_ID } = await import('../rules/index.js');
  const ids = new Set(RULES_BY_ID.keys());
  const fileConfig = await read(ids);
  return { ...fileConfig, rules: { ...fileConfig.rules, ...parseRuleOptions(options.rule ?? [], ids) } };
}

/**
 * Loads the inventory and its configuration, as every command that reads one does first (`cache`: see
 * `loadInventory`).
 */
export async function loadForCommand(
  dir: string,
  options: { rule?: string[]; config?: string; lang?: Language },
  cache?: CheckCache,
): Promise<{ loaded: Loaded; config: Config; context: RenderContext; inputs: Inputs }> {
  const loaded = await loadInventory(dir, cache);
  const config = await commandConfig(options, (ids) => readConfig(dir, options.config, ids));
  const inputs = { folders: [dir], files: config.file === undefined ? [] : [config.file] };
  // --lang, else the configuration's language; English when neither says
  const language = options.lang ?? config.language;
  const context: RenderContext = {
    root: dir,
    cwd: process.cwd(),
    version,
    ...(language ? { language } : {}),
  };
  return { loaded, config, context, inputs };
}

/**
 * Lints an inventory for a command other than lint, which must be able to use it: when it cannot (see
 * `blockingErrors`), those errors are printed to stderr and the command fails with exit 2, the message
 * naming the inventory (`label`) and what to do (`hint`).
 */
export async function lintUsable(
  loaded: Loaded,
  config: Config,
  refusal: { context: RenderContext; label: string; hint: string; only?: 'model' },
): Promise<Diagnostic[]> {
  const { lint } = await import('../rules/run.js');
  const diagnostics = lint(loaded, { config, today: todayIso() });
  const blocking = await blockingErrors(diagnostics, refusal.only);
  if (blocking.length > 0) {
    const { stylish } = await import('../render/lint/stylish.js');
    process.stderr.write(stylish(blocking, refusal.context));
    throw new InputError(
      `${shortened(refusal.label)}: the inventory cannot be loaded (${blocking.length} structural error${blocking.length === 1 ? '' : 's'}); ${refusal.hint}`,
    );
  }
  return diagnostics;
}

/** For commands other than lint: the inventory must load (see `lintUsable`). */
export async function loadUsable(
  dir: string,
  options: { config?: string; lang?: Language },
): Promise<{
  loaded: Loaded;
  config: Config;
  context: RenderContext;
  inputs: Inputs;
  diagnostics: Diagnostic[];
}> {
  const result = await loadForCommand(dir, options);
  const diagnostics = await lintUsable(result.loaded, result.config, {
    context: result.context,
    label: dir,
    hint: `run \`ropa lint ${shortened(dir)}\``,
  });
  return { ...result, diagnostics };
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The width to fit a table to: the terminal's, when the result goes to one; otherwise none, so that
 * piped and written output keeps its fixed, deterministic layout.
 */
export function terminalWidth(
  stream: { isTTY?: boolean; columns?: number },
  output: string | undefined,
): number | undefined {
  return stream.isTTY === true && (output === undefined || output === '-') && stream.columns
    ? stream.columns
    : undefined;
}
