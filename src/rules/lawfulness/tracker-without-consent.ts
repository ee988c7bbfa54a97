import { purposesOf } from '../relations.js';
import type { Rule } from '../rule.js';
import { EPRIVACY } from '../sources.js';
import docs from './tracker-without-consent.md';
import { ruleDocs } from '../docs.js';

export const trackerWithoutConsent: Rule<'notConsent'> = {
  id: 'tracker-without-consent',
  severity: 'error',
  group: 'lawfulness',
  source: 'ePrivacy Directive Art 5(3)',
  helpUri: EPRIVACY,
  description: 'a non-essential tracker whose category serves a purpose not based on consent',
  docs: ruleDocs(docs),
  messages: {
    notConsent: {
      text: 'tracker {tracker} is not essential but serves purpose {purposes}, not based on consent',
      cite: 'ePrivacy Art 5(3)',
    },
  },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      const notConsent = purposesOf(inventory, category).filter((p) => p.lawful_basis !== 'consent');
      if (notConsent.length === 0) continue;
      (category.trackers ?? []).forEach((tracker, i) => {
        if (tracker.essential === true) return;
        report(
          category.loc,
          'notConsent',
          { tracker: tracker.name, purposes: notConsent.map((p) => p.id) },
          { path: ['trackers', i] },
        );
      });
    }
  },
};
