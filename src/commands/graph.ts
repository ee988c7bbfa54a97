import { Option, type Command } from 'commander';
import type { GraphFormat } from '../render/graph/index.js';
import { collect, configOption, outputOption } from './options.js';

interface GraphOptions {
  format: GraphFormat;
  recipient: string[];
  category: string[];
  config?: string;
  output?: string;
}

export function registerGraph(program: Command): void {
  program
    .command('graph')
    .description('draw the data flows subjects -> categories -> purposes -> recipients')
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['mermaid', 'dot', 'json'])
        .default('mermaid'),
    )
    .option('--recipient <id>', 'only the flows to this recipient (repeatable)', collect, [])
    .option('--category <id>', 'only this category (repeatable)', collect, [])
    .addOption(configOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Examples:
  ropa graph inventory > flows.mmd
  ropa graph --format dot | dot -Tsvg -o flows.svg
  ropa graph --recipient atlassian --category identification`,
    )
    .action(async (dir: string, options: GraphOptions) => {
      const { loadUsable } = await import('./shared.js');
      const { flowGraph } = await import('../views/graph.js');
      const { GRAPH_FORMATS } = await import('../render/graph/index.js');
      const { writeOutput } = await import('../output.js');
      const { loaded, context, inputs } = await loadUsable(dir, options);
      const graph = flowGraph(loaded.inventory, {
        recipients: options.recipient,
        categories: options.category,
      });
      await writeOutput(GRAPH_FORMATS[options.format](graph, context), options.output, inputs);
    });
}
