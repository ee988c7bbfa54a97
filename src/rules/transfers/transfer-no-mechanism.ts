import { toolFor } from '../../inventory/transfer-tools.js';
import { adequacyGap, countryLabel, inEea } from '../../reference/transfers.js';
import { countryPlaces } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const transferNoMechanism: Rule = {
  id: 'transfer-no-mechanism',
  severity: 'error',
  group: 'transfers',
  source: 'Art 44, 46',
  helpUri: GDPR,
  description: 'recipient in a country outside the EEA, without adequacy, and without `transfer.mechanism`',
  docs: `A recipient processes data in a country outside the European Economic Area that has no adequacy decision covering it, and no \`transfer.mechanism\` is stated for it (in the list form of \`transfer\`, no entry for the country). The EEA and the adequacy decisions (with their end dates) come from \`eea.json\` and \`adequacy.json\`. The United States' decision covers only organisations certified under the EU-US Data Privacy Framework, so a US recipient needs \`mechanism: dpf\` (or another tool). Internal teams and publication to the public are not checked.

**Why**: a transfer to a third country may take place only under an adequacy decision (Art 45), appropriate safeguards such as standard contractual clauses (Art 46), or, exceptionally, a derogation (Art 49) (Art 44).

**Fix**: state the mechanism the transfer relies on.

\`\`\`yaml
recipients:
  - id: support-desk
    name: Support desk provider
    role: processor
    country: AU
    contract: DPA of 2025-02-01
    transfer:
      mechanism: scc
      reference: SCC module 2 annexed to the DPA
      tia: TIA of 2025-02-01
\`\`\`

A recipient that relies on different tools in different countries lists one per country:

\`\`\`yaml
    countries: [IE, US, GB, IN]
    transfer:
      - { country: US, mechanism: dpf }
      - { country: GB, mechanism: adequacy }
      - { country: IN, mechanism: scc, reference: SCC module 3, tia: TIA-2025-07 }
\`\`\``,
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
          `recipient "${recipient.id}" receives data outside the EEA with no transfer mechanism (transfer.mechanism): ${gaps.map((g) => g.why).join('; ')} (Art 44, 46)`,
          gaps[0]!.at,
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
