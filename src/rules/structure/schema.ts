import type { Rule } from '../rule.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  group: 'structure',
  blocks: 'model',
  source: 'ropa inventory format',
  description:
    'a value of the wrong type or shape, an unknown key (with "did you mean"), a bad id, duration, date or country code',
  docs: `A value does not have the shape the inventory format defines (\`ropa schema\` prints it): an unknown key, a string where a list is expected, a lawful basis or role outside its list, an id that is not kebab-case, a duration that is not ISO 8601, a date that is not YYYY-MM-DD, or a country that is not an ISO 3166-1 alpha-2 code.

**Why**: every other check, and every report, relies on the structure; an unknown key is usually a typo that would otherwise pass silently.

**Fix**: use the key or value suggested, or see the format. Editors with the YAML language server complete keys and values from the schema line at the top of each file.

\`\`\`yaml
purposes:
  - id: billing
    name: Billing
    lawful_basis: legal-obligation   # not "legal obligation"
\`\`\``,
};
