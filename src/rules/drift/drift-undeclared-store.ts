import { CNIL_RECORD } from '../sources.js';
import type { Rule } from '../rule.js';
import { nameKey } from '../../reference/vendors.js';
import { compare, recordAnchor, Shown, systemIs } from './match.js';
import docs from './drift-undeclared-store.md';
import { ruleDocs } from '../docs.js';

export const driftUndeclaredStore: Rule = {
  id: 'drift-undeclared-store',
  severity: 'warning',
  group: 'drift',
  source: 'Art 30(1)(g), CNIL record model',
  helpUri: CNIL_RECORD,
  description: 'a data store in the code (Bearer, Privado) with no system in the inventory',
  docs: ruleDocs(docs),
  check({ inventory, evidence, report }) {
    if (!evidence) return;
    const stores = new Map<string, { name: string; shown: Shown }>();
    for (const service of evidence.services) {
      if (service.kind !== 'data-store') continue;
      const entry = stores.get(nameKey(service.name)) ?? { name: service.name, shown: new Shown() };
      entry.shown.add(`${service.name} in ${service.from.path}`, service.locations, service.from);
      stores.set(nameKey(service.name), entry);
    }
    const complete = inventory.systems.length > 0;
    for (const { name, shown } of [...stores.values()].sort((a, b) => compare(a.name, b.name))) {
      if (inventory.systems.some((system) => systemIs(system, name))) continue;
      report(
        recordAnchor(inventory),
        complete
          ? `the code stores data in ${name} (${shown.text()}) and no system is ${name}: declare it in systems`
          : `the code stores data in ${name} (${shown.text()}); the inventory declares no systems: declare ${name} in systems to record where the data is kept`,
        [],
        complete ? undefined : 'note',
        shown.related(`the code stores data in ${name} here`),
      );
    }
  },
};
