import { toolFor } from '../../inventory/transfer-tools.js';
import { adequacyGap, countryLabel, inEea } from '../../reference/transfers.js';
import { countryPlaces } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './transfer-no-mechanism.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const transferNoMechanism: Rule<'uncovered'> = {
  id: 'transfer-no-mechanism',
  severity: 'error',
  group: 'transfers',
  source: 'Art 44, 46',
  helpUri: GDPR,
  description: 'recipient in a country outside the EEA, without adequacy, and without `transfer.mechanism`',
  docs: ruleDocs(docs),
  messages: {
    uncovered:
      'recipient {recipient} receives data outside the EEA with no transfer mechanism (transfer.mechanism): {gaps}',
  },
  check({ inventory, today, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role === 'internal' || recipient.role === 'public') continue;
      const gaps = countryPlaces(recipient).flatMap(({ country, at }) => {
        const why =
          inEea(country) || toolFor(recipient, country)?.tool.mechanism
            ? undefined
            : uncovered(country, today);
        return why ? [{ at, why: `${countryLabel(country)} ${why}` }] : [];
      });
      if (gaps.length)
        report(
          recipient.loc,
          'uncovered',
          { recipient: recipient.id, gaps: words(gaps.map((g) => g.why).join('; ')) },
          { path: gaps[0]!.at },
        );
    }
  },
};

/** Why no adequacy decision covers any recipient in the country on `today`, or undefined when one does. */
function uncovered(country: string, today: string): string | undefined {
  const gap = adequacyGap(country, today);
  if (gap?.kind === 'no-decision') return 'has no adequacy decision';
  if (gap?.kind === 'dpf-only') return `is adequate only for ${gap.scope} (state dpf, or another tool)`;
  if (gap?.kind === 'ended') return `had an adequacy decision that ended on ${gap.on}`;
  return undefined;
}
