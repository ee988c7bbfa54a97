// A list page: a table whose rows carry, as data attributes, the values each filter matches, and a form of
// filters that the script applies and keeps in the URL's fragment (`transfers.html#eea=outside`), which
// works from disk as from a server. Without the script the whole list shows.
import { escapeHtml } from '../report/html-escape.js';
import { joinedLines } from '../rendered.js';
import { fill, type FacetKey, type SiteWords } from './words/index.js';

/** A value a row matches for a filter, with the words the filter shows for it. */
export type Token = readonly [value: string, label: string];

export interface ListSpec<T> {
  readonly title: string;
  readonly intro?: string;
  readonly rows: readonly T[];
  readonly columns: readonly { header: string; cell: (row: T) => string }[];
  readonly facets: readonly FacetKey[];
  readonly tokens: (row: T) => Partial<Record<FacetKey, readonly Token[]>>;
  /** An anchor for a row, for links to it (`finding-3`). */
  readonly rowId?: (row: T) => string;
}

/** A select offers at most this many values; a value named in the URL beyond them is added by the script. */
const MOST_OPTIONS = 500;

export const yesNo = (words: SiteWords, value: boolean): Token =>
  value ? ['yes', words.yes] : ['no', words.no];

/**
 * The list's main part in pieces, a row at a time: the filters offer the values of every row, found in a
 * first pass; each row's own values are found again as the row is written rather than held for all rows.
 */
export function listMain<T>(spec: ListSpec<T>, words: SiteWords): Iterable<string> {
  return joinedLines(listLines(spec, words));
}

function* listLines<T>(spec: ListSpec<T>, words: SiteWords): Generator<string> {
  const offered = new Map(spec.facets.map((key) => [key, new Map<string, string>()]));
  for (const row of spec.rows) {
    const tokens = spec.tokens(row);
    for (const [key, values] of offered)
      for (const [value, label] of tokens[key] ?? []) values.set(value, label);
  }
  const facets = spec.facets.map((key) => {
    const options = [...offered.get(key)!]
      .sort(([a, la], [b, lb]) => (a === 'yes' ? -1 : b === 'yes' ? 1 : la.localeCompare(lb, words.lang)))
      .slice(0, MOST_OPTIONS)
      .map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`);
    return (
      `<div class="facet"><label for="f-${key}">${escapeHtml(words.facet[key])}</label>` +
      `<select id="f-${key}" name="${key}"><option value="">${escapeHtml(words.any)}</option>${options.join('')}</select></div>`
    );
  });
  const head = spec.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('');
  const total = spec.rows.length;
  yield `<h1>${escapeHtml(spec.title)}</h1>`;
  if (spec.intro) yield `<p class="meta">${escapeHtml(spec.intro)}</p>`;
  yield `<form class="filters" aria-labelledby="filters-title">`;
  yield `<h2 id="filters-title">${escapeHtml(words.filters)}</h2>`;
  yield* facets;
  yield `<div class="facet"><button type="submit">${escapeHtml(words.applyFilters)}</button> <button type="reset">${escapeHtml(words.clearFilters)}</button></div>`;
  yield '</form>';
  yield `<p class="count" id="count" aria-live="polite" data-template="${escapeHtml(words.showing)}">${escapeHtml(fill(words.showing, { shown: total, total }))}</p>`;
  yield `<table class="list" id="list"><thead><tr>${head}</tr></thead><tbody>`;
  for (const row of spec.rows) {
    const tokens = spec.tokens(row);
    const data = spec.facets
      .map((key) => {
        const values = new Set((tokens[key] ?? []).map(([value]) => value));
        return values.size > 0 ? ` data-f-${key}="${escapeHtml([...values].join(' '))}"` : '';
      })
      .join('');
    const id = spec.rowId ? ` id="${escapeHtml(spec.rowId(row))}"` : '';
    yield `<tr${id}${data}>${spec.columns.map((c) => `<td>${c.cell(row)}</td>`).join('')}</tr>`;
  }
  yield '</tbody></table>';
}
