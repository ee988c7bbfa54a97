import type { Path, Recipient } from '../../inventory/model.js';
import { toolFor } from '../../inventory/transfer-tools.js';
import { adequacyGap, countryLabel, inEea, mechanismOf } from '../../reference/transfers.js';
import { countryPlaces } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const transferMechanismInvalid: Rule = {
  id: 'transfer-mechanism-invalid',
  severity: 'error',
  group: 'transfers',
  source: 'Art 45',
  helpUri: GDPR,
  description:
    '`adequacy` for a country without a decision (or outside its scope), `dpf` for a non-US recipient',
  docs: `The stated \`transfer.mechanism\` cannot cover the recipient's countries: \`adequacy\` for a country with no adequacy decision, whose decision has ended, or whose decision covers only DPF-certified organisations (the United States: use \`dpf\`); or \`dpf\` for a recipient that processes data outside the United States. A recipient that uses different tools in different countries states one per country with the list form of \`transfer\`; an entry for a country the recipient does not name in \`country\`/\`countries\`, or a second entry for one country, covers nothing and is flagged too.

**Why**: an adequacy decision covers only the country, territory or sector it names (Art 45(1)); the EU-US Data Privacy Framework covers only certified US organisations (Decision (EU) 2023/1795).

**Fix**: use the mechanism that really covers each country, e.g. standard contractual clauses.

\`\`\`yaml
recipients:
  - id: analytics
    name: Analytics Inc.
    role: processor
    country: US
    contract: DPA of 2025-01-10
    transfer: { mechanism: dpf, reference: https://www.dataprivacyframework.gov/list }
    dpf: { certified: true, checked: 2025-11-02 }
\`\`\``,
  check({ inventory, today, report }) {
    for (const recipient of inventory.recipients) {
      for (const { country } of countryPlaces(recipient)) {
        const stated = inEea(country) ? undefined : toolFor(recipient, country);
        const key = stated?.tool.mechanism;
        const mechanism = key ? mechanismOf(key) : undefined;
        if (!stated || !key || !mechanism) continue;
        const problem = invalidFor(key, mechanism.countries, country, today);
        if (problem)
          report(
            recipient.loc,
            `recipient "${recipient.id}": ${key} cannot cover ${countryLabel(country)}: ${problem} (Art 45)`,
            [...stated.at, 'mechanism'],
          );
      }
      for (const { country, at, why } of strayEntries(recipient))
        report(
          recipient.loc,
          `recipient "${recipient.id}": the transfer entry for ${countryLabel(country)} ${why}, so it covers nothing (Art 44)`,
          [...at, 'country'],
        );
    }
  },
};

/** List-form entries that no country of the recipient uses: a country it does not name, or a repeat. */
function strayEntries(recipient: Recipient): { country: string; at: Path; why: string }[] {
  if (!Array.isArray(recipient.transfer)) return [];
  const named = new Set(countryPlaces(recipient).map((place) => place.country));
  const seen = new Set<string>();
  const stray: { country: string; at: Path; why: string }[] = [];
  recipient.transfer.forEach(({ country }, i) => {
    const at: Path = ['transfer', i];
    if (seen.has(country)) stray.push({ country, at, why: 'repeats an earlier entry, which applies' });
    else if (!named.has(country))
      stray.push({ country, at, why: 'names a country that is not in country or countries' });
    seen.add(country);
  });
  return stray;
}

function invalidFor(
  key: string,
  only: readonly string[] | undefined,
  country: string,
  today: string,
): string | undefined {
  if (only && !only.includes(country)) return `it applies only to ${only.join(', ')}`;
  if (key !== 'adequacy') return undefined;
  const gap = adequacyGap(country, today);
  if (gap?.kind === 'no-decision') return 'there is no adequacy decision for it';
  if (gap?.kind === 'dpf-only') return `the decision covers only ${gap.scope}; use dpf`;
  if (gap?.kind === 'ended') return `the decision ended on ${gap.on}`;
  return undefined;
}
