import type { EntityKind, Loc } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import docs from './unused-definition.md';
import { ruleDocs } from '../docs.js';

export const unusedDefinition: Rule = {
  id: 'unused-definition',
  severity: 'warning',
  group: 'structure',
  source: 'Art 5(1)(c), Art 30(1)',
  description: 'a subject, purpose, recipient or system that nothing references',
  docs: ruleDocs(docs),
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
