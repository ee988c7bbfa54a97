// What the home page's search looks through: every entity by name and id, each data item (leading to its
// category), each country (leading to the transfers there) and each finding's message. One compact
// array per entry, loaded by the home page alone as a script of the site's own.
import { displayPath, type RenderContext } from '../context.js';
import { isNotStated } from '../../views/stated.js';
import { visibleText } from '../report/html-escape.js';
import type { Entities } from './entities.js';
import { entityPath } from './layout.js';
import type { SearchKind } from './words/index.js';

/** kind, name, what else it is found by (shown under the name), the page from the site's root. */
export type SearchEntry = readonly [kind: SearchKind, name: string, detail: string, url: string];

/**
 * The entries, their name and detail with the characters the pages show as escapes (controls,
 * bidirectional overrides, noncharacters) escaped the same way: the script writes them as text, and a raw
 * override would reorder a result. The urls are made of ids the site names its files by.
 */
export function* searchEntries(e: Entities, context: RenderContext): Generator<SearchEntry> {
  for (const [kind, name, detail, url] of rawEntries(e, context))
    yield [kind, visibleText(name), visibleText(detail), url];
}

/** The entries as they are asked for: a large inventory has hundreds of thousands. */
function* rawEntries(e: Entities, context: RenderContext): Generator<SearchEntry> {
  for (const a of e.activities) yield ['activity', a.name, a.id, entityPath('activity', a.id)];
  for (const c of e.categories) yield ['category', c.name, c.id, entityPath('category', c.id)];
  for (const r of e.recipients) yield ['recipient', r.name, r.id, entityPath('recipient', r.id)];
  for (const s of e.subjects) yield ['subject', s.name, s.id, entityPath('subject', s.id)];
  for (const s of e.systems) yield ['system', s.name, s.id, entityPath('system', s.id)];
  for (const c of e.categories) {
    const items = new Set(
      c.uses.flatMap((u) => (isNotStated(u.entry.data) ? [] : u.entry.data.map((item) => item.name))),
    );
    for (const item of items) yield ['data', item, c.name, entityPath('category', c.id)];
  }
  const countries = new Map<string, { name: string; recipients: Set<string> }>();
  for (const t of e.transfers) {
    if (!t.country) continue;
    const found = countries.get(t.country.code) ?? { name: t.country.name, recipients: new Set() };
    found.recipients.add(t.recipient.name);
    countries.set(t.country.code, found);
  }
  for (const [code, { name, recipients }] of [...countries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    yield [
      'country',
      `${name} (${code})`,
      [...recipients].join(', '),
      `transfers.html#country=${encodeURIComponent(code)}`,
    ];
  for (const f of e.findings)
    yield [
      'finding',
      f.message,
      `${f.rule}, ${displayPath(context, f.file)}:${f.line}:${f.column}`,
      `findings.html#finding-${f.index}`,
    ];
}

/**
 * The entries as a classic script (a module or a fetch would be refused from `file://`), an entry at a
 * time. JSON is valid JavaScript; `<` is escaped so that no value can end a script element, U+2028/9 for
 * older parsers.
 */
export function* searchScript(entries: Iterable<SearchEntry>): Generator<string> {
  yield 'window.ROPA_SEARCH=[';
  let first = true;
  for (const entry of entries) {
    yield (first ? '' : ',') + scriptSafe(JSON.stringify(entry));
    first = false;
  }
  yield '];\n';
}

const scriptSafe = (json: string): string =>
  json.replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
