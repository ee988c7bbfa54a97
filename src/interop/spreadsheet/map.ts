// `--map FILE`: a small YAML mapping of a spreadsheet's own headings to the fields the import reads,
//   columns:
//     "Nom de l'activité": purpose
//     "Durée": retention
import { parse } from 'yaml';
import { InputError } from '../../errors.js';
import { normalise } from '../words.js';
import { readCapped } from './read.js';
import { FIELDS, type Field } from './headings.js';

export async function readHeadingMap(file: string): Promise<Map<string, Field>> {
  const text = (await readCapped(file, 1024 * 1024)).toString('utf8');
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 0, uniqueKeys: true });
  } catch (error) {
    throw new InputError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const columns = (value as { columns?: unknown } | null)?.columns;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
    throw new InputError(`${file}: expected a mapping "columns:" of headings to fields`);
  const map = new Map<string, Field>();
  for (const [heading, field] of Object.entries(columns)) {
    if (!(FIELDS as readonly unknown[]).includes(field))
      throw new InputError(
        `${file}: column "${heading}": "${String(field)}" is not a field (${FIELDS.join(', ')})`,
      );
    map.set(normalise(heading), field as Field);
  }
  return map;
}
