import type { EntityKind, Loc } from '../../inventory/model.js';
import type { Rule } from '../rule.js';

export const unusedDefinition: Rule = {
  id: 'unused-definition',
  severity: 'warning',
  group: 'structure',
  source: 'Art 5(1)(c), Art 30(1)',
  description: 'a subject, purpose, recipient or system that nothing references',
  docs: `A subject, purpose, recipient or system is defined but no category, purpose, system or retention rule refers to it.

**Why**: an entry that no data flow uses is either dead (remove it, so the record stays true) or a sign that a flow is missing from a category (add it).

**Fix**: reference it where the data really goes, or delete it.

\`\`\`yaml
category:
  id: accounting
  name: Accounting data
  recipients: [paypal]   # paypal is defined in recipients.yaml and now used
\`\`\``,
  check({ inventory, report }) {
    const lists: [EntityKind, readonly { id: string; loc: Loc }[]][] = [
      ['subject', inventory.subjects],
      ['purpose', inventory.purposes],
      ['recipient', inventory.recipients],
      ['system', inventory.systems],
    ];
    for (const [kind, entities] of lists) {
      for (const entity of entities) {
        if (!inventory.referenced[kind].has(entity.id)) {
          report(entity.loc, `${kind} "${entity.id}" is not referenced by any category`, ['id']);
        }
      }
    }
  },
};
