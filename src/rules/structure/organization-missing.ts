import type { Rule } from '../rule.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const organizationMissing: Rule = {
  id: 'organization-missing',
  severity: 'error',
  group: 'structure',
  source: 'Art 30(1)(a)',
  description: 'no `organization`, or more than one',
  docs: `The inventory must describe exactly one controller under \`organization:\` (conventionally in \`organization.yaml\`).

**Why**: Art 30(1)(a) starts the record with the controller's name and contact details, and several rules depend on the organisation's country and role.

**Fix**: add one \`organization:\` with at least a name; merge duplicates into one.

\`\`\`yaml
organization:
  name: Example SAS
  country: FR
\`\`\``,
};
