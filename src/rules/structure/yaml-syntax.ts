import type { Rule } from '../rule.js';
import docs from './yaml-syntax.md';
import { ruleDocs } from '../docs.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  group: 'structure',
  blocks: 'model',
  source: 'ropa inventory format',
  description: 'a file that is not valid YAML (incl. duplicate keys, tabs, bad indentation)',
  docs: ruleDocs(docs),
};
