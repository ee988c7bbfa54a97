import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { REPO } from './cli.js';

/**
 * The validator of one of ropa's output schemas in schema/, with report.schema.json loaded beside it for
 * the shapes the outputs share with the record.
 */
export function outputValidator(name: 'notice' | 'subprocessors') {
  const read = (file: string) => JSON.parse(readFileSync(path.join(REPO, 'schema', file), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(read('report.schema.json'), 'report.schema.json');
  return ajv.compile(read(`${name}.schema.json`));
}
