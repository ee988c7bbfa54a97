import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { Config } from '../config.js';
import type { Inputs } from '../inputs.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { CheckCache, Loaded } from '../inventory/load.js';
import type { Severity } from '../inventory/model.js';
import type { SideContext } from '../render/diff/context.js';
import { DIFF_FORMATS, type DiffFormat } from '../render/diff/index.js';
import { version } from '../version.js';
import { commandConfig, lintUsable, loadForCommand } from './shared.js';
import { collect, outputOption } from './options.js';

interface DiffOptions {
  dir: string;
  format: DiffFormat;
  failOnNew?: Severity;
  failOnRisk?: boolean;
  rule: string[];
  config?: string;
  output?: string;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('what changed between two inventories (folders or git revisions), and which findings')
    .argument('<base>', 'folder or git revision to compare from')
    .argument('[head]', 'folder or git revision to compare to (default: the --dir folder on disk)')
    .option('--dir <path>', 'the inventory folder inside a revision, and the default head', 'inventory')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(Object.keys(DIFF_FORMATS)).default('text'),
    )
    .addOption(
      new Option('--fail-on-new <level>', 'exit 1 when head adds findings at or above this level').choices([
        'error',
        'warning',
        'note',
      ]),
    )
    .option('--fail-on-risk', 'exit 1 when the change brings any risk (see the Risk section)')
    .option(
      '--rule <id=level>',
      'set a rule to error, warning, note or off on both sides (repeatable)',
      collect,
      [],
    )
    .option('-c, --config <file>', 'configuration for both sides (default: ropa.config.yaml of each side)')
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
A side that names an existing folder is read from disk; anything else is a git revision, read from git's
object store without touching the working tree (write refs/heads/NAME for a branch named like a folder).

Examples:
  ropa diff main                       inventory/ in main against inventory/ on disk
  ropa diff origin/main HEAD --format markdown -o diff.md
  ropa diff v1 v2 --dir privacy/inventory --fail-on-new error
  ropa diff old-inventory inventory

Exit codes: 0 no new finding at or above --fail-on-new (and no risk with --fail-on-risk), 1 new findings
at or above it (or a risk with --fail-on-risk), 2 usage or input error.`,
    )
    .action(async (base: string, head: string | undefined, options: DiffOptions) => {
      const { diffInventories, diffExitCode } = await import('../views/diff.js');
      const { writeOutput } = await import('../output.js');
      const [before, after] = await loadSides(base, head ?? options.dir, options);
      const diff = diffInventories(before, after);
      const context = { version, base: before.context, head: after.context };
      // never inside --dir, whichever sides are compared: it is the inventory on disk even when both
      // sides are revisions
      const inputs = {
        folders: [options.dir, ...[before, after].flatMap((side) => side.inputs.folders)],
        files: [before, after].flatMap((side) => side.inputs.files),
      };
      await writeOutput(DIFF_FORMATS[options.format](diff, context), options.output, inputs);
      process.exitCode = diffExitCode(diff, options.failOnNew, options.failOnRisk === true);
    });
}

interface Side {
  readonly inventory: Loaded['inventory'];
  readonly diagnostics: Diagnostic[];
  readonly context: SideContext;
  /** What was read from disk: the folder, when the side is one, and the configuration file. */
  readonly inputs: Inputs;
}

/**
 * Both sides, one after the other: a file of a large inventory whose bytes are the same on both is parsed
 * and checked once, and the two models share its values.
 */
async function loadSides(base: string, head: string, options: DiffOptions): Promise<[Side, Side]> {
  const cache: CheckCache = new Map();
  const before = await loadSide(base, options, cache);
  return [before, await loadSide(head, options, cache)];
}

/** A side is a folder when one exists by that name, a git revision otherwise; it is loaded and linted. */
async function loadSide(name: string, options: DiffOptions, cache: CheckCache): Promise<Side> {
  const cwd = process.cwd();
  let loaded: Loaded;
  let config: Config;
  let context: SideContext;
  const folders: string[] = [];
  if (await isFolder(name)) {
    ({ loaded, config } = await loadForCommand(name, options, cache));
    context = { label: name, root: name, cwd, version };
    folders.push(name);
  } else {
    const { readRevision } = await import('../inventory/git.js');
    const { loadFiles } = await import('../inventory/load.js');
    const { configFromRead, readConfig } = await import('../config.js');
    const revision = await readRevision(name, options.dir, cwd);
    loaded = loadFiles(options.dir, revision);
    config = await commandConfig(options, (ids) =>
      options.config
        ? readConfig(options.dir, options.config, ids)
        : revision.config
          ? configFromRead(revision.config.read, revision.config.name, ids)
          : { rules: {} },
    );
    context = { label: name, root: options.dir, cwd, version };
  }
  // A side whose files do not parse or fit the schema has entities missing from its model, and a diff
  // would report them as removed: refuse it. Unknown references leave the model whole: they are findings.
  const diagnostics = await lintUsable(loaded, config, {
    context,
    label: name,
    hint: 'fix it, then diff again',
    only: 'model',
  });
  const inputs = { folders, files: config.file === undefined ? [] : [config.file] };
  return { inventory: loaded.inventory, diagnostics, context, inputs };
}

async function isFolder(name: string): Promise<boolean> {
  try {
    return (await stat(name)).isDirectory();
  } catch {
    return false;
  }
}
