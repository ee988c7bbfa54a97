import type { Rule } from '../rule.js';
import docs from './schema.md';
import { ruleDocs } from '../docs.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  group: 'structure',
  blocks: 'model',
  source: 'ropa inventory format',
  description:
    'a value of the wrong type or shape, an unknown key (with "did you mean"), a bad id, duration, date or country code',
  docs: ruleDocs(docs),
};
