import { readConfig, parseRuleOptions, type Config } from '../config.js';
import type { Inputs } from '../inputs.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import { loadInventory, type Loaded } from '../inventory/load.js';
import { InputError } from '../errors.js';
import type { RenderContext } from '../render/context.js';
import { version } from '../version.js';
import { shortened } from '../inventory/quote.js';

export interface GlobalOptions {
  readonly debug: boolean;
}

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

/** Loads the inventory and its configuration, as every command that reads one does first. */
export async function loadForCommand(
  dir: string,
  options: { rule?: string[]; config?: string },
  _globals: GlobalOptions,
): Promise<{ loaded: Loaded; config: Config; context: RenderContext; inputs: Inputs }> {
  const { RULES_BY_ID } = await import('../rules/index.js');
  const ids = new Set(RULES_BY_ID.keys());
  const loaded = await loadInventory(dir);
  const fileConfig = await readConfig(dir, options.config, ids);
  const config: Config = {
    ...fileConfig,
    rules: { ...fileConfig.rules, ...parseRuleOptions(options.rule ?? [], ids) },
  };
  const inputs = { folders: [dir], files: fileConfig.file === undefined ? [] : [fileConfig.file] };
  return { loaded, config, context: { root: dir, cwd: process.cwd(), version }, inputs };
}

/**
 * For commands other than lint: the inventory must load. When it cannot, the structural diagnostics are
 * printed to stderr and the command fails with exit 2.
 */
export async function loadUsable(
  dir: string,
  options: { config?: string },
  globals: GlobalOptions,
): Promise<{
  loaded: Loaded;
  config: Config;
  context: RenderContext;
  inputs: Inputs;
  diagnostics: Diagnostic[];
}> {
  const { lint } = await import('../rules/run.js');
  const result = await loadForCommand(dir, options, globals);
  const diagnostics = lint(result.loaded, { config: result.config, today: todayIso() });
  const blocking = await blockingErrors(diagnostics);
  if (blocking.length > 0) {
    const { stylish } = await import('../render/lint/stylish.js');
    process.stderr.write(stylish(blocking, result.context));
    throw new InputError(
      `${shortened(dir)}: the inventory cannot be loaded (${blocking.length} structural error${blocking.length === 1 ? '' : 's'}); run \`ropa lint ${shortened(dir)}\``,
    );
  }
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
