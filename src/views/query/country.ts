import { recipientCountries, type Inventory } from '../../inventory/model.js';
import { InputError } from '../../errors.js';
import { editDistance } from '../../inventory/did-you-mean.js';
import { allFlows } from '../flows.js';
import { sortById, sortedUnique } from '../order.js';
import { countryCodes, countryName, inEea, isCountryCode } from '../../reference/transfers.js';
import { assessTransfer, type TransferStatus } from '../transfer-status.js';
import type { Gaps } from '../gaps.js';
import { list, type QueryResult } from './tabular.js';
import { roleText } from './wording.js';
import { quote } from '../../inventory/quote.js';

export interface CountryQuery {
  readonly view: 'country';
  readonly country: { code: string; name: string; eea: boolean };
  /** What goes there: one entry per disclosure to a recipient in that country, by category then recipient. */
  readonly flows: {
    category: string;
    category_name: string;
    data: string[];
    purposes: string[];
    recipient: string;
    recipient_name: string;
    role: string | null;
    status: TransferStatus;
    mechanism: string | null;
    article: string | null;
  }[];
  /** Systems located in that country. */
  readonly systems: { id: string; name: string }[];
}

export function countryQuery(
  inventory: Inventory,
  code: string,
  today: string,
  gaps: Gaps,
): QueryResult<CountryQuery> {
  const cc = code.toUpperCase();
  if (!isCountryCode(cc)) {
    const used = sortedUnique([
      ...inventory.recipients.flatMap(recipientCountries),
      ...inventory.systems.flatMap((s) => (s.country ? [s.country] : [])),
    ]);
    const match = meantCountry(code, used);
    throw new InputError(
      `unknown country ${quote(code)}: expected an ISO 3166-1 alpha-2 code${match === undefined ? '' : ` (did you mean "${match}"?)`}`,
    );
  }
  const flows = allFlows(inventory)
    .filter((flow) => recipientCountries(flow.recipient).includes(cc))
    .map((flow) => {
      const transfer = assessTransfer(flow.recipient, cc, today);
      return {
        category: flow.category.id,
        category_name: flow.category.name,
        data: flow.data,
        purposes: flow.purposes,
        recipient: flow.recipient.id,
        recipient_name: flow.recipient.name,
        role: flow.recipient.role ?? null,
        status: transfer.status,
        mechanism: transfer.mechanism,
        article: transfer.article,
      };
    });
  const data: CountryQuery = {
    view: 'country',
    country: { code: cc, name: countryName(cc), eea: inEea(cc) },
    flows,
    systems: sortById(inventory.systems.filter((s) => s.country === cc)).map((s) => ({
      id: s.id,
      name: s.name,
    })),
  };
  return {
    data,
    table: {
      title: `Country ${data.country.name} (${cc})`,
      facts: [
        ['EEA', data.country.eea ? 'yes (not a transfer)' : 'no'],
        ['Systems', data.systems.length === 0 ? 'none' : list(data.systems.map((s) => s.id))],
      ],
      columns: ['Category', 'Data', 'Purposes', 'Recipient', 'Role', 'Mechanism', 'Status'],
      rows: flows.map((f) => [
        f.category,
        list(f.data),
        list(f.purposes),
        f.recipient,
        roleText(inventory.byId.recipient.get(f.recipient)!, gaps),
        f.mechanism ?? '',
        f.status,
      ]),
    },
  };
}

/**
 * The code a user probably meant by something that is not a code: the country it names ("germany",
 * "Germny" -> DE), or a code the inventory uses one slip away ("UX" -> US, "USA" -> US). Any two letters
 * are within two edits of hundreds of codes, so a guess among all of them would mislead ("ZZ" -> "AU").
 */
function meantCountry(word: string, used: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length > 3) {
    const named = nearest(lower, countryCodes(), (code) => countryName(code).toLowerCase());
    if (named && named.distance <= Math.floor(lower.length / 4)) return named.code;
  }
  const code = nearest(lower, used, (c) => c.toLowerCase());
  return code && code.distance <= 1 ? code.code : undefined;
}

/** The candidate whose key is closest to `word` (the first in code order on a tie). */
function nearest(
  word: string,
  codes: readonly string[],
  key: (code: string) => string,
): { code: string; distance: number } | undefined {
  let best: { code: string; distance: number } | undefined;
  for (const code of [...codes].sort()) {
    const distance = editDistance(word, key(code));
    if (best === undefined || distance < best.distance) best = { code, distance };
  }
  return best;
}
