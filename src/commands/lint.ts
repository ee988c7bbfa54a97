import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Inputs } from '../inputs.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Severity } from '../inventory/model.js';
import type { RenderContext } from '../render/context.js';
import { LINT_FORMATS, type LintFormat } from '../render/lint/index.js';
import { loadForCommand, todayIso } from './shared.js';
import { collect, configOption, outputOption } from './options.js';

/** The options of commands whose result is findings: `lint` and `drift`. */
export interface FindingsOptions {
  format: LintFormat;
  rule: string[];
  failOn: Severity;
  maxWarnings?: number;
  config?: string;
  output?: string;
}

export function registerLint(program: Command): void {
  findingsOptions(
    program
      .command('lint')
      .description('check structure, references and every GDPR gap rule')
      .argument('[dir]', 'inventory folder', 'inventory'),
  )
    .addHelpText(
      'after',
      `
Examples:
  ropa lint inventory
  ropa lint inventory --format json -o lint.json
  ropa lint --rule record-stale=off --fail-on warning

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.`,
    )
    .action(async (dir: string, options: FindingsOptions) => {
      const { lint } = await import('../rules/run.js');
      const { LINT_RULES } = await import('../rules/index.js');
      const { loaded, config, context, inputs } = await loadForCommand(dir, options);
      const diagnostics = lint(loaded, { config, today: todayIso() });
      await writeFindings(diagnostics, options, { ...context, rules: LINT_RULES }, inputs);
    });
}

/** Adds the format, rule, fail-on, max-warnings, config and output options that findings commands share. */
export function findingsOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(Object.keys(LINT_FORMATS))
        .default('stylish'),
    )
    .option('--rule <id=level>', 'set a rule to error, warning, note or off (repeatable)', collect, [])
    .addOption(
      new Option('--fail-on <level>', 'lowest severity that fails the run')
        .choices(['error', 'warning', 'note'])
        .default('error'),
    )
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .addOption(configOption())
    .addOption(outputOption());
}

/** Writes findings in the chosen format and sets the exit code from --fail-on and --max-warnings. */
export async function writeFindings(
  diagnostics: Diagnostic[],
  options: FindingsOptions,
  context: RenderContext,
  inputs: Inputs,
): Promise<void> {
  const { lintOutcome } = await import('../rules/run.js');
  const { writeOutput } = await import('../output.js');
  await writeOutput(LINT_FORMATS[options.format](diagnostics, context), options.output, inputs);
  const { exitCode, tooManyWarnings } = lintOutcome(diagnostics, options.failOn, options.maxWarnings);
  process.exitCode = exitCode;
  if (tooManyWarnings !== undefined) {
    process.stderr.write(
      `ropa: ${tooManyWarnings} warnings, more than --max-warnings ${options.maxWarnings}\n`,
    );
  }
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}
