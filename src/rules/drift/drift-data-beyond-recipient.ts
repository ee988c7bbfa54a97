import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import type { DataType } from '../../evidence/model.js';
import { nameKey } from '../../reference/vendors.js';
import docs from './drift-data-beyond-recipient.md';
import { ruleDocs } from '../docs.js';
import {
  compare,
  dataTypeValue,
  itemIs,
  itemsReceived,
  recipientsFor,
  seenVendors,
  Shown,
  vendorOfService,
} from './match.js';
import { uncited, words } from '../message.js';

export const driftDataBeyondRecipient: Rule<'beyond' | 'here'> = {
  id: 'drift-data-beyond-recipient',
  severity: 'warning',
  group: 'drift',
  source: 'Art 30(1)(d), Art 5(1)(c)',
  helpUri: GDPR,
  description: 'data the code sends to a declared recipient beyond what any category discloses to it',
  docs: ruleDocs(docs),
  messages: {
    beyond: uncited(
      'the code sends {what} to recipient {recipient} ({shown}), and no category discloses it to {recipient}: declare the disclosure, or stop sending it',
    ),
    here: uncited('{what} is sent to {recipient} here'),
  },
  check({ inventory, evidence, report, format }) {
    if (!evidence || evidence.flows.length === 0) return;
    const vendors = seenVendors(evidence);
    const received = itemsReceived(inventory);
    // recipient id -> data type key -> what the code sends it
    const beyond = new Map<string, Map<string, { type: DataType; shown: Shown }>>();
    for (const flow of evidence.flows) {
      const vendor = vendorOfService(flow.service);
      const seen = vendors.find((v) =>
        vendor ? v.vendor === vendor : !v.vendor && nameKey(v.name) === nameKey(flow.service.name),
      );
      if (!seen) continue;
      for (const recipient of recipientsFor(inventory, seen)) {
        if ((received.get(recipient.id) ?? []).some((item) => itemIs(item, flow.dataType))) continue;
        const types = beyond.get(recipient.id) ?? new Map<string, { type: DataType; shown: Shown }>();
        const key = flow.dataType.taxonomy ?? nameKey(flow.dataType.name);
        const entry = types.get(key) ?? { type: flow.dataType, shown: new Shown() };
        entry.shown.add(`${flow.service.name} in ${flow.from.path}`, flow.locations, flow.from);
        types.set(key, entry);
        beyond.set(recipient.id, types);
      }
    }
    for (const recipient of inventory.recipients) {
      const types = beyond.get(recipient.id);
      if (!types) continue;
      for (const { type, shown } of [...types.values()].sort((a, b) => compare(a.type.name, b.type.name))) {
        const values = { what: dataTypeValue(type), recipient: recipient.id };
        report(
          recipient.loc,
          'beyond',
          { ...values, shown: words(shown.text()) },
          { related: shown.related(format('here', values)) },
        );
      }
    }
  },
};
