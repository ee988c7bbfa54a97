import type { Command } from 'commander';
import { addReportOptions, requireFile, type ReportOptions } from './report.js';
import { loadUsable, terminalWidth } from './shared.js';

export function registerRetention(program: Command): void {
  addReportOptions(
    program
      .command('retention')
      .description('the retention schedule: every category x subject/purpose with its limit, longest first'),
  )
    .addHelpText(
      'after',
      `
Examples:
  ropa retention inventory
  ropa retention inventory --format csv -o retention.csv
  ropa retention inventory --lang de --format xlsx -o loeschfristen.xlsx

Rows with no limit at all and indefinite limits come first, then the longest periods.`,
    )
    .action(async (dir: string, options: ReportOptions) => {
      requireFile(options);
      const { retentionSchedule } = await import('../views/retention.js');
      const { RETENTION_FORMATS } = await import('../render/report/index.js');
      const { writeOutput } = await import('../output.js');
      const { gapsFrom } = await import('../views/gaps.js');
      const { loaded, context, diagnostics, config, inputs } = await loadUsable(dir, options);
      const rows = retentionSchedule(loaded.inventory, gapsFrom(diagnostics, config.rules));
      await writeOutput(
        await RETENTION_FORMATS[options.format](rows, context, {
          width: terminalWidth(process.stdout, options.output),
        }),
        options.output,
        inputs,
      );
    });
}
