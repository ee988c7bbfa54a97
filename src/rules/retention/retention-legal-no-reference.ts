import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const retentionLegalNoReference: Rule = {
  id: 'retention-legal-no-reference',
  severity: 'warning',
  group: 'retention',
  source: 'Art 5(1)(e), EDPB 2025 coordinated enforcement report on erasure',
  helpUri: GDPR,
  description: 'a rule that cites a legal minimum but no `legal_reference`',
  docs: `A retention rule sets a \`minimum\` (in the inventory format, a period the law imposes) and names no law (\`legal_reference\`).

**Why**: a legal duty to keep data justifies keeping it, and refusing erasure (Art 17(3)(b)), only if the law is identified; the EDPB's 2025 coordinated enforcement action on the right to erasure found retention periods often justified by unnamed "legal reasons".

**Fix**: cite the law that sets the period.

\`\`\`yaml
retention:
  - duration: P10Y
    minimum: P10Y
    from: end-of-financial-year
    legal_reference: Code de commerce, art. L123-22
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        if (rule.minimum && !rule.legal_reference)
          report(
            category.loc,
            `category "${category.id}" sets a minimum of ${durationText(rule.minimum)} but names no law that imposes it (legal_reference) (Art 5(1)(e))`,
            ['retention', i, 'minimum'],
          );
      });
    }
  },
};
