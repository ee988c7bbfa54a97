import type { Command } from 'commander';
import { formatOption, requireFile } from './report.js';
import { loadUsable, terminalWidth, type GlobalOptions } from './shared.js';

interface RetentionOptions {
  format: 'table' | 'markdown' | 'html' | 'csv' | 'json' | 'xlsx';
  config?: string;
  output?: string;
}

export function registerRetention(program: Command, globals: () => GlobalOptions): void {
  program
    .command('retention')
    .description('the retention schedule: every category x subject/purpose with its limit, longest first')
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(formatOption())
    .option('-c, --config <file>', 'configuration file (default: ropa.config.yaml in the inventory)')
    .option('-o, --output <file>', 'write the result to a file instead of stdout')
    .addHelpText(
      'after',
      `
Examples:
  ropa retention inventory
  ropa retention inventory --format csv -o retention.csv

Rows with no limit at all and indefinite limits come first, then the longest periods.`,
    )
    .action(async (dir: string, options: RetentionOptions) => {
      requireFile(options);
      const { retentionSchedule } = await import('../views/retention.js');
      const { RETENTION_FORMATS } = await import('../render/report/index.js');
      const { writeOutput } = await import('../output.js');
      const { loaded, context } = await loadUsable(dir, options, globals());
      const rows = retentionSchedule(loaded.inventory);
      await writeOutput(
        await RETENTION_FORMATS[options.format](rows, context, {
          width: terminalWidth(process.stdout, options.output),
        }),
        options.output,
        dir,
      );
    });
}
