import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { dataItems, type DataItem } from '../../inventory/model.js';
import { nameKey } from '../../reference/vendors.js';
import { compare, itemIs, recordAnchor, Shown } from './match.js';

export const driftUndeclaredData: Rule = {
  id: 'drift-undeclared-data',
  severity: 'warning',
  group: 'drift',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'a kind of personal data the code handles (Bearer, Privado) that no category declares',
  docs: `A scanner (Bearer, Privado) finds a kind of personal data in the code (an e-mail address, a date of birth, an IP address...) and no data item of any category is that kind. An item is the kind when its \`taxonomy\` is the scanner's type mapped to a fideslang key (\`src/reference/data-types.json\`), or a key inside or around it, or when its name is the type's name or the key's last part (\`email\` for \`user.contact.email\`). Reported on the organization.

**Why**: the record describes the categories of personal data processed (Art 30(1)(c)); data the code handles and the record leaves out escapes every other check (retention, recipients, transfers).

**Fix**: add the item, with its fideslang key, to the category it belongs to; if the scanner is wrong (a field named \`email\` that holds no one's address), waive the finding on the organization with the reason.

\`\`\`yaml
category:
  id: customer-contact
  name: Customer contact details
  data:
    - { name: e-mail address, taxonomy: user.contact.email }
\`\`\``,
  check({ inventory, evidence, report }) {
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
      const what = type.taxonomy ? `"${type.name}" (${type.taxonomy})` : `"${type.name}"`;
      report(
        recordAnchor(inventory),
        `the code handles ${what} (${type.shown.text()}) and no category declares it: add it to the data of the category it belongs to${type.taxonomy ? ` (taxonomy: ${type.taxonomy})` : ''}`,
        [],
        undefined,
        type.shown.related(`the code handles ${what} here`),
      );
    }
  },
};
