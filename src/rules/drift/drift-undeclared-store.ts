import { CNIL_RECORD } from '../sources.js';
import type { Rule } from '../rule.js';
import { nameKey } from '../../reference/vendors.js';
import { compare, recordAnchor, Shown, systemIs } from './match.js';
import docs from './drift-undeclared-store.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

export const driftUndeclaredStore: Rule<'declared' | 'noSystems' | 'here'> = {
  id: 'drift-undeclared-store',
  severity: 'warning',
  group: 'drift',
  source: 'Art 30(1)(g), CNIL record model',
  helpUri: CNIL_RECORD,
  description: 'a data store in the code (Bearer, Privado) with no system in the inventory',
  docs: ruleDocs(docs),
  messages: {
    declared: uncited(
      'the code stores data in {store} ({shown}) and no system is {store}: declare it in systems',
    ),
    noSystems: uncited(
      'the code stores data in {store} ({shown}); the inventory declares no systems: declare {store} in systems to record where the data is kept',
    ),
    here: uncited('the code stores data in {store} here'),
  },
  check({ inventory, evidence, report, format }) {
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
        complete ? 'declared' : 'noSystems',
        { store: name, shown: words(shown.text()) },
        {
          ...(complete ? {} : { severity: 'note' as const }),
          related: shown.related(format('here', { store: name })),
        },
      );
    }
  },
};
