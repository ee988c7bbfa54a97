import { Option, type Command } from 'commander';
import type { InventoryDraft } from '../inventory/write.js';
import type { LossReport } from '../interop/loss.js';
import { InputError } from '../errors.js';
import { todayIso } from './shared.js';

interface ImportOptions {
  output: string;
  map?: string;
  dryRun?: boolean;
  report?: string;
}

const FORMATS = ['spreadsheet', 'fides'] as const;
type ImportFormat = (typeof FORMATS)[number];

/** Each format's translation: the files named on the command line into a draft and its loss report. */
const TRANSLATIONS: Record<
  ImportFormat,
  (files: string[], options: ImportOptions) => Promise<{ draft: InventoryDraft; report: LossReport }>
> = {
  spreadsheet: async (files, options) => {
    const { readSpreadsheet } = await import('../interop/spreadsheet/read.js');
    const { importSpreadsheets } = await import('../interop/spreadsheet/index.js');
    const { readHeadingMap } = await import('../interop/spreadsheet/map.js');
    const map = options.map === undefined ? new Map() : await readHeadingMap(options.map);
    const inputs = [];
    for (const file of files) inputs.push({ file, tables: await readSpreadsheet(file) });
    return importSpreadsheets(inputs, map);
  },
  fides: async (files) => {
    const { readFidesFiles, importFides } = await import('../interop/fides/import.js');
    return importFides(await readFidesFiles(files));
  },
};

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('write a new inventory from a spreadsheet record or Fides manifests, with a loss report')
    .addArgument(program.createArgument('<format>', 'spreadsheet or fides').choices(FORMATS))
    .argument('<files...>', 'spreadsheets (.xlsx, .ods, .csv) or Fides manifests (.yml, .yaml)')
    .addOption(
      new Option(
        '-o, --output <dir>',
        'the new inventory folder (must be new or empty)',
      ).makeOptionMandatory(),
    )
    .option('--map <file>', 'YAML mapping of other column headings to fields (spreadsheet)')
    .option('--dry-run', 'write nothing: print the files that would be written and the loss report')
    .option('--report <file>', 'write the loss report as JSON to a file instead of printing it')
    .addHelpText(
      'after',
      `
Examples:
  ropa import spreadsheet record.xlsx -o inventory
  ropa import spreadsheet registre.ods --map headings.yaml -o inventory --dry-run
  ropa import fides .fides/*.yml -o inventory --report loss.json

Exit codes: 0 written, 1 written but some rows or resources could not be read (see the loss
report), 2 usage or input error.`,
    )
    .action(async (format: ImportFormat, files: string[], options: ImportOptions) => {
      const { draftFiles, writeInventory, requireEmptyFolder } = await import('../inventory/write.js');
      const { lossText, lossJson, lossSummary } = await import('../interop/loss.js');
      const { writeOutput } = await import('../output.js');
      const { printable } = await import('../render/terminal.js');
      const { draft, report } = await TRANSLATIONS[format](files, options);
      const written = draftFiles(draft);
      if (written.length === 0)
        throw new InputError(`nothing to import: no ${format} record was recognised in ${files.join(', ')}`);
      const dir = options.output;
      if (options.dryRun) {
        await requireEmptyFolder(dir, 'ropa import');
        process.stderr.write(
          `Would write ${written.length} files to ${printable(dir)}:\n${written.map((f) => `  ${printable(f.name)}\n`).join('')}`,
        );
      } else {
        const { schema } = await writeInventory(dir, written, 'ropa import');
        process.stderr.write(`Wrote ${written.length} files to ${printable(dir)}\n`);
        if (!schema)
          process.stderr.write(
            `No $schema line for editors: ropa is not installed in a node_modules folder above ${printable(dir)}\n`,
          );
      }
      // the loss report never lands on a file being imported or inside the new inventory
      await writeOutput(options.report === undefined ? lossText(report) : lossJson(report), options.report, {
        folders: [dir],
        files,
      });
      if (options.report !== undefined) process.stderr.write(`Loss report: ${lossSummary(report)}\n`);
      process.exitCode = report.count('error') > 0 ? 1 : 0;
      if (!options.dryRun) await lintSummary(dir);
    });
}

/** The new inventory linted: one line of counts on stderr, and exit 1 when it cannot even be loaded. */
async function lintSummary(dir: string): Promise<void> {
  const { blockingErrors, loadForCommand } = await import('./shared.js');
  const { lint } = await import('../rules/run.js');
  const { summarize, plural } = await import('../render/lint/summary.js');
  const { printable } = await import('../render/terminal.js');
  const { loaded, config } = await loadForCommand(dir, {});
  const diagnostics = lint(loaded, { config, today: todayIso() });
  const counts = summarize(diagnostics);
  const structural = (await blockingErrors(diagnostics)).length;
  process.stderr.write(
    `Lint: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')}` +
      `${structural > 0 ? ` (${structural} structural)` : ''}; run \`ropa lint ${printable(dir)}\` for the gaps\n`,
  );
  if (structural > 0) process.exitCode = 1;
}
