import { purposesOf, quotedList } from '../relations.js';
import type { Rule } from '../rule.js';
import { EPRIVACY } from '../sources.js';

export const trackerWithoutConsent: Rule = {
  id: 'tracker-without-consent',
  severity: 'error',
  group: 'lawfulness',
  source: 'ePrivacy Directive Art 5(3)',
  helpUri: EPRIVACY,
  description: 'a non-essential tracker whose category serves a purpose not based on consent',
  docs: `A cookie or similar tracker is not marked \`essential: true\`, and its category serves a purpose whose lawful basis is not consent.

**Why**: storing or reading information on a user's device needs the user's prior consent unless it is strictly necessary for the service the user asked for (ePrivacy Directive Art 5(3)). A tracker that is not stated to be essential needs consent.

**Fix**: base the purposes on consent (with a consent banner), or mark the tracker \`essential: true\` if it is strictly necessary.

\`\`\`yaml
purposes:
  - id: audience-measurement
    name: Audience measurement
    lawful_basis: consent
    consent: { record: Consent management platform log, withdrawal: Cookie settings link in the footer }
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      const notConsent = purposesOf(inventory, category).filter((p) => p.lawful_basis !== 'consent');
      if (notConsent.length === 0) continue;
      (category.trackers ?? []).forEach((tracker, i) => {
        if (tracker.essential === true) return;
        report(
          category.loc,
          `tracker "${tracker.name}" is not essential but serves purpose ${quotedList(notConsent.map((p) => p.id))}, not based on consent (ePrivacy Art 5(3))`,
          ['trackers', i],
        );
      });
    }
  },
};
