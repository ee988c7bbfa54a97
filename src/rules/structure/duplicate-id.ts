import type { Rule } from '../rule.js';
import docs from './duplicate-id.md';
import { ruleDocs } from '../docs.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  group: 'structure',
  blocks: 'model',
  source: 'ropa inventory format',
  description: 'two entities of one kind with the same id (both places shown)',
  docs: ruleDocs(docs),
};
