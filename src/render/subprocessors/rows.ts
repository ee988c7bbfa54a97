// The sub-processor list and its changes as rows of plain text, shared by every format: the columns of
// the lists SaaS companies publish (name, entity, purpose, data, location, transfer mechanism).
import { rightText } from '../../views/legal-terms.js';
import type { SubprocessorChange, SubprocessorList } from '../../views/subprocessors.js';
import { countryText, plain, statedText } from '../report/describe.js';

export const LIST_COLUMNS = [
  'Name',
  'Legal entity',
  'Role',
  'Purpose',
  'Data',
  'Location',
  'Transfer mechanism',
  'Contract',
];

export function listRows(list: SubprocessorList): string[][] {
  return list.subprocessors.map((s) => [
    s.name,
    s.legal_name ?? '',
    statedText(s.role, (role) => role),
    s.purposes.join('; '),
    s.data.join('; '),
    statedText(s.countries, (countries) => countries.map(countryText).join(', ')),
    s.transfers.length === 0
      ? 'none needed (EEA)'
      : s.transfers
          .map((t) => `${t.country.code}: ${statedText(t.tool, (tool) => rightText(tool.mechanism))}`)
          .join('; '),
    plain(s.contract),
  ]);
}

export const CHANGE_COLUMNS = ['Date', 'Change', 'Sub-processor', 'Details', 'Commit'];

const NOT_COMMITTED = 'not committed';

export function changeRows(changes: readonly SubprocessorChange[]): string[][] {
  return changes.map((c) => [
    c.date ?? NOT_COMMITTED,
    c.type,
    c.name,
    c.type === 'moved'
      ? `${(c.countries_before ?? []).join(', ') || 'no country'} → ${(c.countries_after ?? []).join(', ') || 'no country'}`
      : '',
    c.commit === null ? NOT_COMMITTED : c.commit.slice(0, 12),
  ]);
}

export function listTitle(list: SubprocessorList): string {
  return `Sub-processors${list.controller ? ` of ${list.controller}` : ''}`;
}

export const asOfText = (list: SubprocessorList): string => `List as of ${list.as_of}.`;

export const changesHeading = (since: string): string => `Changes since ${since}`;
export const NO_CHANGES = 'No change to the list.';
export const NONE_LISTED = 'The inventory names no processor or sub-processor.';
