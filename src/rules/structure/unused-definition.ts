import type { EntityKind, Loc } from '../../inventory/model.js';
import { eachReference } from '../../inventory/references.js';
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
    // one set per kind: no key string to build and hash for each of (at 10,000 categories) 200,000 references
    const used: Record<EntityKind, Set<string>> = {
      subject: new Set(),
      purpose: new Set(),
      recipient: new Set(),
      system: new Set(),
      category: new Set(),
    };
    eachReference(inventory, (kind, id) => used[kind].add(id));
    const lists: [EntityKind, readonly { id: string; loc: Loc }[]][] = [
      ['subject', inventory.subjects],
      ['purpose', inventory.purposes],
      ['recipient', inventory.recipients],
      ['system', inventory.systems],
    ];
    for (const [kind, entities] of lists) {
      for (const entity of entities) {
        if (!used[kind].has(entity.id)) {
          report(entity.loc, `${kind} "${entity.id}" is not referenced by any category`, ['id']);
        }
      }
    }
  },
};
