import type { Rule } from '../rule.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  group: 'structure',
  blocks: 'model',
  source: 'ropa inventory format',
  description: 'a file that is not valid YAML (incl. duplicate keys, tabs, bad indentation)',
  docs: `A file could not be read as YAML: a syntax error, a duplicate key, a tab used for indentation, text that is not UTF-8, or an alias that expands beyond reason. Nothing else in the file is checked until it parses.

**Why**: a record that cannot be read is no record; a duplicate key silently hides one of its values.

**Fix**: correct the YAML at the line and column shown. Indent with spaces, give each key once.

\`\`\`yaml
# wrong: the second name hides the first
category:
  name: Accounting
  name: Billing
\`\`\``,
};
