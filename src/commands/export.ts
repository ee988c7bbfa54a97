import type { Command } from 'commander';
import type { LossReport } from '../interop/loss.js';
import type { Loaded } from '../inventory/load.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Config } from '../config.js';
import type { Rendered } from '../render/rendered.js';
import { loadUsable, todayIso } from './shared.js';
import { configOption, outputOption } from './options.js';
import { growHeapByHalves } from './heap.js';

interface ExportOptions {
  output?: string;
  report?: string;
  config?: string;
}

const FORMATS = ['fides', 'dpv'] as const;
type ExportFormat = (typeof FORMATS)[number];

/**
 * Each format's translation of the loaded inventory: the document and its loss report, whole once the
 * document has been written (DPV's is made as it is written).
 */
const TRANSLATIONS: Record<
  ExportFormat,
  (
    loaded: Loaded,
    diagnostics: Diagnostic[],
    config: Config,
  ) => Promise<{ text: Rendered; report: LossReport }>
> = {
  fides: async ({ inventory }) => {
    const { exportFides } = await import('../interop/fides/export.js');
    const { manifest, report } = exportFides(inventory);
    return { text: manifest, report };
  },
  dpv: async ({ inventory }, diagnostics, config) => {
    const { exportDpv } = await import('../interop/dpv/export.js');
    const { buildRecord } = await import('../views/record.js');
    const { document, report } = exportDpv(
      buildRecord(inventory, diagnostics, { asOf: config.today ?? todayIso(), rules: config.rules }),
      inventory,
    );
    return { text: document, report };
  },
};

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('the inventory as Fides manifests or as W3C DPV JSON-LD, with a loss report')
    .addArgument(program.createArgument('<format>', 'fides or dpv').choices(FORMATS))
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(configOption())
    .addOption(outputOption())
    .option('--report <file>', 'write the loss report as JSON to a file instead of printing it')
    .addHelpText(
      'after',
      `
Examples:
  ropa export fides inventory -o fides/ropa.yml
  ropa export dpv inventory -o record.jsonld --report loss.json

The loss report (what the target format cannot hold) goes to stdout when the document is written
with -o, else to stderr. Exit codes: 0 written, 2 usage or input error.`,
    )
    .action(async (format: ExportFormat, dir: string, options: ExportOptions) => {
      if (format === 'dpv') growHeapByHalves();
      const { writeOutput } = await import('../output.js');
      const { lossText, lossJson } = await import('../interop/loss.js');
      const { finishable } = await import('../render/rendered.js');
      const { loaded, diagnostics, config, inputs } = await loadUsable(dir, options);
      const { text, report } = await TRANSLATIONS[format](loaded, diagnostics, config);
      // a reader that stops early (`| head`) still gets the report of the whole document
      const { pieces, finish } = finishable(text);
      await writeOutput(pieces, options.output, inputs);
      finish();
      if (options.report !== undefined) await writeOutput(lossJson(report), options.report, inputs);
      else if (options.output === undefined || options.output === '-') process.stderr.write(lossText(report));
      else await writeOutput(lossText(report), undefined);
    });
}
