import path from 'node:path';
import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { loadRecord } from './report.js';
import { growHeapByHalves } from './heap.js';
import { configOption, langOption } from './options.js';
import { printable } from '../render/terminal.js';
import type { Language } from '../views/words/catalogue.js';

interface SiteCommandOptions {
  config?: string;
  output?: string;
  lang?: Language;
}

/** The file that marks a folder as a site ropa wrote, which a later run may replace. */
export const SITE_MARKER = '.ropa-site';

export function registerSite(program: Command): void {
  program
    .command('site')
    .description('the record as a static site to search, filter and follow (no server, no network)')
    .argument('[dir]', 'inventory folder', 'inventory')
    .addOption(
      new Option('-o, --output <folder>', 'the folder to write the site to (new, empty, or a previous site)'),
    )
    .addOption(langOption())
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  ropa site inventory -o site
  ropa site inventory -o public      (GitLab Pages publishes public/)
  ropa site inventory --lang fr -o registre

Open site/index.html from disk or publish the folder on any static host. The folder is replaced
whole; ropa refuses a non-empty folder that holds no previous site (${SITE_MARKER}) and any folder
inside the inventory. On success it says on stderr how many files it wrote and which page to open.
Exit codes: 0 written, 2 usage or input error.`,
    )
    .action(async (dir: string, options: SiteCommandOptions) => {
      if (options.output === undefined)
        throw new InputError('ropa site writes a folder: name it with -o FOLDER');
      growHeapByHalves();
      const { SITE_SCRIPT } = await import('../render/site/script.js');
      if (SITE_SCRIPT === undefined) throw new InputError('the site script is not built: run npm run build');
      const { siteFiles } = await import('../render/site/index.js');
      const { writeFolder } = await import('../output-folder.js');
      const { record, flows, context, inputs } = await recordAndFlows(dir, options);
      const written = await writeFolder(
        siteFiles(record, flows, context, { script: SITE_SCRIPT }),
        options.output,
        inputs,
        { name: SITE_MARKER, content: `ropa ${context.version}\n`, what: 'site' },
      );
      const folder = options.output;
      process.stderr.write(
        `Wrote ${written} files to ${printable(folder)}: open ${printable(path.join(folder, 'index.html'))}\n`,
      );
    });
}

/**
 * The record and its flows, without the inventory they are made from: the site is made from them alone,
 * and the inventory can be freed while the pages are written. The record's activities are made here and
 * held: made as they are read, they would keep the inventory and what the record remembers of it to make
 * them (94 MB of the heap at 30,000 categories) for the whole run.
 */
async function recordAndFlows(dir: string, options: SiteCommandOptions) {
  const { flowGraph } = await import('../views/graph.js');
  const { heldWhole } = await import('../views/record.js');
  const { record, loaded, context, inputs } = await loadRecord(dir, options);
  const flows = flowGraph(loaded.inventory);
  return { record: heldWhole(record), flows, context, inputs };
}
