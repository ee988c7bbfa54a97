import { Option, type Command } from 'commander';
import type { Inventory } from '../inventory/model.js';
import type { SubprocessorsFormat } from '../render/subprocessors/index.js';
import type { SubprocessorChange } from '../views/subprocessors.js';
import { loadUsable, todayIso } from './shared.js';
import { configOption, outputOption } from './options.js';

interface SubprocessorsOptions {
  format: SubprocessorsFormat;
  changesSince?: string;
  config?: string;
  output?: string;
}

const FORMATS: readonly SubprocessorsFormat[] = ['markdown', 'html', 'json', 'csv'];

export function registerSubprocessors(program: Command): void {
  program
    .command('subprocessors')
    .description('the public list of processors and sub-processors (GDPR Art 28(2), 28(4))')
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('markdown'))
    .option('--changes-since <rev>', 'add the changes to the list since a git revision, each with its date')
    .addOption(configOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Examples:
  ropa subprocessors inventory --format html -o subprocessors.html
  ropa subprocessors inventory --changes-since v1.0 --format markdown

The list speaks for the configuration's \`today\`, else today's date. --changes-since compares each commit
that changed the folder since the revision with the one before (and the folder on disk with the last
commit): processors added, removed, or moved to other countries. Exit codes: 0 written, 2 usage or input error.`,
    )
    .action(async (dir: string, options: SubprocessorsOptions) => {
      const { subprocessorList } = await import('../views/subprocessors.js');
      const { SUBPROCESSORS_FORMATS } = await import('../render/subprocessors/index.js');
      const { writeOutput } = await import('../output.js');
      const { loaded, context, config, diagnostics, inputs } = await loadUsable(dir, options);
      const list = subprocessorList(loaded.inventory, diagnostics, config.today ?? todayIso(), config.rules);
      const withChanges =
        options.changesSince === undefined
          ? list
          : {
              ...list,
              changes: {
                since: options.changesSince,
                items: await changesSince(options.changesSince, dir, loaded.inventory),
              },
            };
      await writeOutput(SUBPROCESSORS_FORMATS[options.format](withChanges, context), options.output, inputs);
    });
}

/**
 * The list's changes since `revision`: each commit that changed the folder `dir`, diffed with the one
 * before it by the diff's machinery; last, the folder on disk against the last commit.
 */
async function changesSince(
  revision: string,
  dir: string,
  current: Inventory,
): Promise<SubprocessorChange[]> {
  const { commitsSince, readRevision } = await import('../inventory/git.js');
  const { loadFiles } = await import('../inventory/load.js');
  const { diffInventories } = await import('../views/diff.js');
  const { datedChanges } = await import('../views/subprocessors.js');
  const cwd = process.cwd();
  const at = async (commit: string) => loadFiles(dir, await readRevision(commit, dir, cwd)).inventory;
  const step = (before: Inventory, after: Inventory, when: { commit: string | null; date: string | null }) =>
    datedChanges(
      diffInventories({ inventory: before, diagnostics: [] }, { inventory: after, diagnostics: [] }),
      when,
    );
  const { base, commits } = await commitsSince(revision, dir, cwd);
  const changes: SubprocessorChange[] = [];
  let before = await at(base);
  for (const { commit, date } of commits) {
    const after = await at(commit);
    // a loop, not push(...list): a spread of 100,000+ changes overflows the call stack
    for (const change of step(before, after, { commit, date })) changes.push(change);
    before = after;
  }
  for (const change of step(before, current, { commit: null, date: null })) changes.push(change);
  return changes;
}
