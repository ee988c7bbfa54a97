import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { MAX_FILE_BYTES, readInputText } from '../inventory/read.js';
import type { NoticeFormat } from '../render/notice/index.js';
import { loadUsable, todayIso } from './shared.js';
import { configOption, langOption, outputOption } from './options.js';
import type { Language } from '../views/words/catalogue.js';

interface NoticeOptions {
  format: NoticeFormat;
  subject?: string;
  against?: string;
  config?: string;
  output?: string;
  lang?: Language;
}

const FORMATS: readonly NoticeFormat[] = ['html', 'markdown', 'json'];

export function registerNotice(program: Command): void {
  program
    .command('notice')
    .description('the privacy notice (GDPR Art 13 and 14) for the people whose data the inventory holds')
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('markdown'))
    .option('--subject <id>', 'the notice for one kind of data subject only')
    .option(
      '--against <file>',
      'check a published notice (HTML, Markdown or text) for what the inventory says that it does not',
    )
    .addOption(langOption())
    .addOption(configOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Examples:
  ropa notice inventory --format html -o notice.html
  ropa notice inventory --subject customer
  ropa notice inventory --lang fr --format html -o information.html
  ropa notice inventory --against public/privacy.html

Where the inventory lacks an item that Art 13 or 14 asks for, the notice says "not stated" and names
the lint rule that reports it. With --against, the findings are written instead (markdown or json), and the
exit code is 1 when there are any. Exit codes: 0 written, 1 findings (--against), 2 usage or input error.`,
    )
    .action(async (dir: string, options: NoticeOptions) => {
      if (options.against !== undefined && options.format === 'html')
        throw new InputError('--against writes its findings as markdown or json, not html');
      const published = options.against === undefined ? undefined : readPublished(options.against);
      const { buildNotice } = await import('../views/notice.js');
      const { NOTICE_FORMATS } = await import('../render/notice/index.js');
      const { writeOutput } = await import('../output.js');
      const { loaded, context, diagnostics, config, inputs } = await loadUsable(dir, options);
      const notice = buildNotice(loaded.inventory, diagnostics, {
        ...(options.subject !== undefined ? { subject: options.subject } : {}),
        asOf: config.today ?? todayIso(),
        rules: config.rules,
        ...(context.language ? { language: context.language } : {}),
      });
      if (published === undefined) {
        await writeOutput(NOTICE_FORMATS[options.format](notice, context), options.output, inputs);
        return;
      }
      const { checkAgainst, words } = await import('../views/notice-against.js');
      const { againstJson, againstMarkdown } = await import('../render/notice/against.js');
      const findings = checkAgainst(notice, words(published.text, published.html));
      const file = options.against!;
      await writeOutput(
        options.format === 'json' ? againstJson(file, findings, context) : againstMarkdown(file, findings),
        options.output,
        { ...inputs, files: [...inputs.files, file] },
      );
      process.exitCode = findings.length > 0 ? 1 : 0;
    });
}

/**
 * The published notice: a regular file of at most 4 MiB of UTF-8 text, read as every input is. HTML when
 * its name ends in .html or .htm, or its text starts with a tag; anything else is Markdown or plain text.
 */
function readPublished(file: string): { text: string; html: boolean } {
  const text = readInputText(file, 'the published notice', MAX_FILE_BYTES);
  return { text, html: /\.html?$/i.test(file) || /^\s*</.test(text) };
}
