import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { dataItems, type DataItem } from '../../inventory/model.js';
import { nameKey } from '../../reference/vendors.js';
import { compare, dataTypeValue, itemIs, recordAnchor, Shown } from './match.js';
import docs from './drift-undeclared-data.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

export const driftUndeclaredData: Rule<'undeclared' | 'undeclaredTaxonomy' | 'here'> = {
  id: 'drift-undeclared-data',
  severity: 'warning',
  group: 'drift',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'a kind of personal data the code handles (Bearer, Privado) that no category declares',
  docs: ruleDocs(docs),
  messages: {
    undeclared: uncited(
      'the code handles {what} ({shown}) and no category declares it: add it to the data of the category it belongs to',
    ),
    undeclaredTaxonomy: uncited(
      'the code handles {what} ({shown}) and no category declares it: add it to the data of the category it belongs to (taxonomy: {taxonomy})',
    ),
    here: uncited('the code handles {what} here'),
  },
  check({ inventory, evidence, report, format }) {
    if (!evidence || evidence.dataTypes.length === 0) return;
    const declared: DataItem[] = [];
    const seenItems = new Set<string>();
    for (const category of inventory.categories) {
      for (const item of dataItems(category)) {
        const key = `${nameKey(item.name)}\u0000${item.taxonomy ?? ''}`;
        if (!seenItems.has(key)) {
          seenItems.add(key);
          declared.push(item);
        }
      }
    }
    const byType = new Map<string, { name: string; taxonomy?: string; shown: Shown }>();
    for (const type of evidence.dataTypes) {
      const key = type.taxonomy ?? nameKey(type.name);
      const entry = byType.get(key) ?? {
        name: type.name,
        ...(type.taxonomy ? { taxonomy: type.taxonomy } : {}),
        shown: new Shown(),
      };
      entry.shown.add(`${type.name} in ${type.from.path}`, type.locations, type.from);
      byType.set(key, entry);
    }
    for (const type of [...byType.values()].sort((a, b) => compare(a.name, b.name))) {
      if (declared.some((item) => itemIs(item, type))) continue;
      const what = dataTypeValue(type);
      report(
        recordAnchor(inventory),
        type.taxonomy ? 'undeclaredTaxonomy' : 'undeclared',
        {
          what,
          shown: words(type.shown.text()),
          ...(type.taxonomy ? { taxonomy: words(type.taxonomy) } : {}),
        },
        { related: type.shown.related(format('here', { what })) },
      );
    }
  },
};
