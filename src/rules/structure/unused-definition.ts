import type { EntityKind, Loc } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import docs from './unused-definition.md';
import { ruleDocs } from '../docs.js';
import { entity, uncited } from '../message.js';

export const unusedDefinition: Rule<'unused'> = {
  id: 'unused-definition',
  severity: 'warning',
  group: 'structure',
  source: 'Art 5(1)(c), Art 30(1)',
  description: 'a subject, purpose, recipient or system that nothing references',
  docs: ruleDocs(docs),
  messages: { unused: uncited('{entity} is not referenced by any category') },
  check({ inventory, report }) {
    const lists: [EntityKind, readonly { id: string; loc: Loc }[]][] = [
      ['subject', inventory.subjects],
      ['purpose', inventory.purposes],
      ['recipient', inventory.recipients],
      ['system', inventory.systems],
    ];
    for (const [kind, entities] of lists) {
      for (const one of entities) {
        if (!inventory.referenced[kind].has(one.id))
          report(one.loc, 'unused', { entity: entity(kind, one.id) }, { path: ['id'] });
      }
    }
  },
};
