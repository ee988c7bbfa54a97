import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import type { QueryFormat } from '../render/query/index.js';
import { configOption, outputOption } from './options.js';

interface QueryOptions {
  format: QueryFormat;
  config?: string;
  output?: string;
}

const VIEWS = ['recipient', 'category', 'purpose', 'subject', 'country', 'transfers', 'matrix'];

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description(
      'answer who gets what: one view of the inventory (recipient, category, purpose, subject, country, transfers, matrix)',
    )
    .argument('<view>', `one of: ${VIEWS.join(', ')}`)
    .argument(
      '[id]',
      'the recipient, category, purpose or subject id, or the country code (views that take one)',
    )
    .argument('[dir]', 'inventory folder (default: inventory)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'csv', 'markdown'])
        .default('table'),
    )
    .addOption(configOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Views:
  recipient <id>   what this partner receives, for which purposes, on which basis, where, under which tool
  category <id>    everything connected to a data category
  purpose <id>     everything connected to a purpose
  subject <id>     everything held about a kind of person, and the rights that apply
  country <CC>     what data goes to that country, through whom, under which tool
  transfers        every flow leaving the EEA, with its mechanism and status
  matrix           categories x recipients

Examples:
  ropa query recipient atlassian
  ropa query subject customer inventory --format markdown
  ropa query transfers --format csv -o transfers.csv`,
    )
    .action(
      async (view: string, first: string | undefined, second: string | undefined, options: QueryOptions) => {
        const { QUERY_VIEWS, isQueryView } = await import('../views/query/index.js');
        if (!isQueryView(view)) {
          const { didYouMean } = await import('../inventory/did-you-mean.js');
          const { quote } = await import('../inventory/quote.js');
          const views = Object.keys(QUERY_VIEWS);
          throw new InputError(
            `unknown view ${quote(view)}${didYouMean(view, views)}: the views are ${views.join(', ')}`,
          );
        }
        const info = QUERY_VIEWS[view];
        if (info.takesId && first === undefined)
          throw new InputError(`query ${view} needs a ${info.argument}`);
        if (!info.takesId && second !== undefined) {
          throw new InputError(`query ${view} takes no id: usage \`ropa query ${view} [dir]\``);
        }
        const dir = (info.takesId ? second : first) ?? 'inventory';
        const { loadUsable, todayIso } = await import('./shared.js');
        const { QUERY_FORMATS } = await import('../render/query/index.js');
        const { writeOutput } = await import('../output.js');
        const { gapsFrom } = await import('../views/gaps.js');
        const { loaded, config, context, diagnostics, inputs } = await loadUsable(dir, options);
        const today = config.today ?? todayIso();
        const gaps = gapsFrom(diagnostics, config.rules);
        const result = info.takesId
          ? info.run(loaded.inventory, first!, today, gaps)
          : info.run(loaded.inventory, today, gaps);
        // A table for a terminal fits its width; in a file or a pipe it depends on the data alone
        const toTerminal = (options.output === undefined || options.output === '-') && process.stdout.isTTY;
        const width = toTerminal && process.stdout.columns > 0 ? process.stdout.columns : undefined;
        await writeOutput(
          QUERY_FORMATS[options.format](result, { ...context, ...(width ? { width } : {}) }),
          options.output,
          inputs,
        );
      },
    );
}
