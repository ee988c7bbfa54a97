import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import type { Report, ReportFormat } from '../render/report/index.js';
import { loadUsable, terminalWidth, todayIso } from './shared.js';
import { configOption, langOption, outputOption } from './options.js';
import type { Language } from '../views/words/catalogue.js';

/** The options of report and retention, which write the same formats. */
export interface ReportOptions {
  format: ReportFormat;
  config?: string;
  output?: string;
  lang?: Language;
}

const FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'html', 'csv', 'json', 'xlsx'];

/** What report and retention both take: the inventory folder, the same formats, a configuration and a file. */
export function addReportOptions(command: Command): Command {
  return command
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(
      new Option('-f, --format <format>', 'output format (xlsx needs -o)').choices(FORMATS).default('table'),
    )
    .addOption(langOption())
    .addOption(configOption())
    .addOption(outputOption());
}

/** xlsx is binary: it goes to a file, never to a terminal. */
export function requireFile(options: ReportOptions): void {
  if (options.format === 'xlsx' && options.output === undefined)
    throw new InputError('--format xlsx writes a binary workbook: name the file with -o FILE');
}

export function registerReport(program: Command): void {
  addReportOptions(program.command('report').description('the record of processing activities (GDPR Art 30)'))
    .addHelpText(
      'after',
      `
Examples:
  ropa report inventory
  ropa report inventory --format html -o record.html
  ropa report inventory --format xlsx -o record.xlsx
  ropa report inventory --lang fr --format html -o registre.html

One activity per purpose; where the inventory lacks what Art 30 asks for, the record says
"not stated" and names the lint rule that flags it. Exit codes: 0 written, 2 usage or input error.`,
    )
    .action(async (dir: string, options: ReportOptions) => {
      requireFile(options);
      const { retentionSchedule } = await import('../views/retention.js');
      const { flowGraph } = await import('../views/graph.js');
      const { REPORT_FORMATS } = await import('../render/report/index.js');
      const { writeOutput } = await import('../output.js');
      const { gapsFrom } = await import('../views/gaps.js');
      const { record, loaded, context, diagnostics, config, inputs } = await loadRecord(dir, options);
      const { inventory } = loaded;
      // The schedule and the flows are worked out only for the formats that show them
      const report: Report = {
        record,
        get retention() {
          return retentionSchedule(inventory, gapsFrom(diagnostics, config.rules));
        },
        get flows() {
          return flowGraph(inventory);
        },
      };
      await writeOutput(
        await REPORT_FORMATS[options.format](report, context, {
          width: terminalWidth(process.stdout, options.output),
        }),
        options.output,
        inputs,
      );
    });
}

/** The inventory loaded and its record built, for the date and the revision it speaks for (report, site). */
export async function loadRecord(dir: string, options: { config?: string; lang?: Language }) {
  const { buildRecord } = await import('../views/record.js');
  const { folderRevision } = await import('../inventory/git.js');
  const loaded = await loadUsable(dir, options);
  const revision = await folderRevision(dir);
  const record = buildRecord(loaded.loaded.inventory, loaded.diagnostics, {
    asOf: loaded.config.today ?? todayIso(),
    ...(revision ? { revision } : {}),
    rules: loaded.config.rules,
    ...(loaded.context.language ? { language: loaded.context.language } : {}),
  });
  return { ...loaded, record };
}
