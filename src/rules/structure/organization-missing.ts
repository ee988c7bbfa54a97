import type { Rule } from '../rule.js';
import docs from './organization-missing.md';
import { ruleDocs } from '../docs.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const organizationMissing: Rule = {
  id: 'organization-missing',
  severity: 'error',
  group: 'structure',
  source: 'Art 30(1)(a)',
  description: 'no `organization`, or more than one',
  docs: ruleDocs(docs),
};
