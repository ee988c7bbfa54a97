import { Option, type Command } from 'commander';
import type { RulesFormat } from '../render/rules/index.js';
import { outputOption } from './options.js';

// Listed here so that the renderers (and cli-table3) load only when the command runs
const FORMATS: readonly RulesFormat[] = ['table', 'markdown', 'json'];

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list every rule with its id, default severity, source article and description')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Examples:
  ropa rules
  ropa rules --format markdown -o RULES.md
  ropa rules --format json`,
    )
    .action(async (options: { format: RulesFormat; output?: string }) => {
      const { RULES } = await import('../rules/index.js');
      const { RULES_FORMATS } = await import('../render/rules/index.js');
      const { writeOutput } = await import('../output.js');
      await writeOutput(RULES_FORMATS[options.format](RULES), options.output, undefined);
    });
}
