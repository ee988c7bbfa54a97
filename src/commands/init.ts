import type { Command } from 'commander';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      'write a small, valid starter inventory in the conventional layout; refuses a non-empty folder',
    )
    .argument('[dir]', 'folder to create the inventory in', 'inventory')
    .addHelpText('after', '\nExample:\n  ropa init privacy/inventory && ropa lint privacy/inventory')
    .action(async (dir: string) => {
      const { writeStarter } = await import('../starter.js');
      const { written, schema } = await writeStarter(dir);
      process.stderr.write(
        `Wrote ${written.length} files to ${dir}:\n${written.map((f) => `  ${f}\n`).join('')}`,
      );
      if (!schema)
        process.stderr.write(
          `No $schema line for editors: ropa is not installed in a node_modules folder above ${dir}\n`,
        );
    });
}
