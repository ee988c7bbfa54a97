import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of inventory files (for editors and other tools)')
    .addHelpText('after', '\nExample:\n  ropa schema > inventory.schema.json')
    .action(async () => {
      const { SCHEMA_URL } = await import('../inventory/validate.js');
      process.stdout.write(await readFile(SCHEMA_URL, 'utf8'));
    });
}
