import type { Path, Recipient } from '../../inventory/model.js';
import { toolFor } from '../../inventory/transfer-tools.js';
import { adequacyGap, countryLabel, inEea, mechanismOf } from '../../reference/transfers.js';
import { countryPlaces } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './transfer-mechanism-invalid.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const transferMechanismInvalid: Rule<'invalid' | 'stray'> = {
  id: 'transfer-mechanism-invalid',
  severity: 'error',
  group: 'transfers',
  source: 'Art 45',
  helpUri: GDPR,
  description:
    '`adequacy` for a country without a decision (or outside its scope), `dpf` for a non-US recipient',
  docs: ruleDocs(docs),
  messages: {
    invalid: 'recipient {recipient}: {mechanism} cannot cover {country}: {problem}',
    stray: {
      text: 'recipient {recipient}: the transfer entry for {country} {why}, so it covers nothing',
      cite: 'Art 44',
    },
  },
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
            'invalid',
            {
              recipient: recipient.id,
              mechanism: words(key),
              country: words(countryLabel(country)),
              problem: words(problem),
            },
            { path: [...stated.at, 'mechanism'] },
          );
      }
      for (const { country, at, why } of strayEntries(recipient))
        report(
          recipient.loc,
          'stray',
          { recipient: recipient.id, country: words(countryLabel(country)), why: words(why) },
          { path: [...at, 'country'] },
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
