import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './processor-record-incomplete.md';
import { ruleDocs } from '../docs.js';

export const processorRecordIncomplete: Rule<'noClients' | 'clientIncomplete'> = {
  id: 'processor-record-incomplete',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(2)(a)(b)',
  helpUri: GDPR,
  description: 'role processor/both without clients, or a client without categories of processing',
  docs: ruleDocs(docs),
  messages: {
    noClients: {
      text: 'organization {organization} acts as a processor but lists no clients (the controllers it works for)',
      cite: 'Art 30(2)(a)',
    },
    clientIncomplete: {
      text: 'client {client} has no categories of processing carried out on its behalf',
      cite: 'Art 30(2)(b)',
    },
  },
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org || (org.role !== 'processor' && org.role !== 'both')) return;
    if (!org.clients?.length) {
      report(org.loc, 'noClients', { organization: org.name }, { path: ['clients'] });
      return;
    }
    org.clients.forEach((client, i) => {
      if (!client.categories_of_processing?.length)
        report(org.loc, 'clientIncomplete', { client: client.name }, { path: ['clients', i] });
    });
  },
};
