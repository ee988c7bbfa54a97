import type { Rule } from '../rule.js';
import docs from './unknown-reference.md';
import { ruleDocs } from '../docs.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  group: 'structure',
  blocks: 'references',
  source: 'ropa inventory format',
  description: 'a reference to an id that no entity of that kind has (with "did you mean")',
  docs: ruleDocs(docs),
};
