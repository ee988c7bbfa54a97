import chalk from 'chalk';
import { Command, CommanderError } from 'commander';
import { registerDiff } from './commands/diff.js';
import { registerDrift } from './commands/drift.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerExport } from './commands/export.js';
import { registerGraph } from './commands/graph.js';
import { registerLint } from './commands/lint.js';
import { registerNotice } from './commands/notice.js';
import { registerQuery } from './commands/query.js';
import { registerReport } from './commands/report.js';
import { registerRetention } from './commands/retention.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerSite } from './commands/site.js';
import { registerSubprocessors } from './commands/subprocessors.js';
import { InputError } from './errors.js';
import { printable } from './render/terminal.js';
import { version } from './version.js';

/** The program: each command registers itself and imports what it needs only when it runs. */
export function createProgram(): Command {
  const program = new Command('ropa')
    .description(
      'Personal-data inventory as code: lint it against the GDPR, produce the record of processing activities.',
    )
    .version(version, '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .option('--no-color', 'no colours in the output')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  ropa lint inventory                 check the example inventory
  ropa lint --format sarif -o ropa.sarif
  ropa report inventory --format html -o record.html
  ropa drift inventory --sbom sbom.json  compare the code's vendors with the recipients
  ropa init my-inventory              start a new inventory
  ropa schema > inventory.schema.json`,
    );
  registerLint(program);
  registerDiff(program);
  registerDrift(program);
  registerQuery(program);
  registerGraph(program);
  registerReport(program);
  registerRetention(program);
  registerNotice(program);
  registerSubprocessors(program);
  registerSite(program);
  registerRules(program);
  registerInit(program);
  registerImport(program);
  registerExport(program);
  registerSchema(program);
  // NO_COLOR wins over FORCE_COLOR (no-color.org), which chalk alone lets win; a file written with -o gets
  // no escape codes
  program.hook('preAction', (_program, action) => {
    const { color, output } = action.optsWithGlobals<{ color?: boolean; output?: string }>();
    if (process.env.NO_COLOR || color === false || output !== undefined) chalk.level = 0;
  });
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI; sets `process.exitCode` (0, 1 or 2) rather than exiting, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = createProgram();
  // A reader that stops early (`ropa lint | head`) is not an error: the rest of the output is dropped and
  // the run ends with its own exit code, whatever the reader did. Any other failure to write stdout is
  // reported in one line rather than as an unhandled 'error' event with a stack trace
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || readerGone) {
      readerGone = true;
      return;
    }
    process.stderr.write(`ropa: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(2);
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other parse error is a usage error
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true;
    if (error instanceof InputError) {
      process.stderr.write(`ropa: ${printable(error.message)}\n`);
    } else if (debug) {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    } else {
      process.stderr.write(
        `ropa: internal error: ${printable((error as Error).message ?? String(error))} (run with --debug for details)\n`,
      );
    }
    if (debug && error instanceof InputError) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}
