// The options several commands take, written once so that their flags and help read the same everywhere.
import { Option } from 'commander';
import { LANGUAGES } from '../views/words/catalogue.js';

/** `-c FILE`: the configuration to read instead of the inventory's own ropa.config.yaml. */
export function configOption(): Option {
  return new Option('-c, --config <file>', 'configuration file (default: ropa.config.yaml in the inventory)');
}

/** `-o FILE`: the result goes to a file (written atomically, see output.ts) rather than to stdout. */
export function outputOption(): Option {
  return new Option('-o, --output <file>', 'write the result to a file instead of stdout');
}

/** `--lang en|fr|de`: the language of the human formats; the configuration's `language:` otherwise. */
export function langOption(): Option {
  return new Option(
    '--lang <language>',
    "language of the output: headings, labels and the GDPR's own terms (default: the configuration's language, else en)",
  ).choices(LANGUAGES);
}

/** For a repeatable option: each use adds its value, in the order given. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
