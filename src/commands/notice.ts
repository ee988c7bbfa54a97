import { Option, type Command } from 'commander';
import type { NoticeFormat } from '../render/notice/index.js';
import { loadUsable, todayIso, type GlobalOptions } from './shared.js';
import { configOption, outputOption } from './options.js';

interface NoticeOptions {
  format: NoticeFormat;
  subject?: string;
  config?: string;
  output?: string;
}

const FORMATS: readonly NoticeFormat[] = ['html', 'markdown', 'json'];

export function registerNotice(program: Command, globals: () => GlobalOptions): void {
  program
    .command('notice')
    .description('the privacy notice (GDPR Art 13 and 14) for the people whose data the inventory holds')
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('markdown'))
    .option('--subject <id>', 'the notice for one kind of data subject only')
    .addOption(configOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Examples:
  ropa notice inventory --format html -o notice.html
  ropa notice inventory --subject customer

Where the inventory lacks an item that Art 13 or 14 asks for, the notice says "not stated" and names
the lint rule that reports it. Exit codes: 0 written, 2 usage or input error.`,
    )
    .action(async (dir: string, options: NoticeOptions) => {
      const { buildNotice } = await import('../views/notice.js');
      const { NOTICE_FORMATS } = await import('../render/notice/index.js');
      const { writeOutput } = await import('../output.js');
      const { loaded, context, diagnostics, config } = await loadUsable(dir, options, globals());
      const notice = buildNotice(loaded.inventory, diagnostics, {
        ...(options.subject !== undefined ? { subject: options.subject } : {}),
        asOf: config.today ?? todayIso(),
        rules: config.rules,
      });
      await writeOutput(NOTICE_FORMATS[options.format](notice, context), options.output, dir);
    });
}
