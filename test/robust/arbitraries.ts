// Generators of valid inventories and of the ways people break them, for the property-based tests.
import fc from 'fast-check';
import { stringify } from 'yaml';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Doc = { [key: string]: Json };

export interface GeneratedInventory {
  /** Relative file name -> parsed content, before it is written. */
  readonly docs: Record<string, Doc>;
  readonly crlf: boolean;
  readonly bom: boolean;
}

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const id = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a}-${b}` : a));
/** Free text as people write it: any Unicode, quotes, colons, leading dashes, `<script>`, emoji. */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '=HYPERLINK("x")',
      '| pipe |',
      '- dash',
      'key: value',
      '# hash',
      '"',
      "'",
      '@at',
      '  padded  ',
      'Ünïcödé 😀',
      '*star*',
    ),
  )
  .filter((s) => s.length > 0);
const country = fc.constantFrom('FR', 'DE', 'US', 'GB', 'IN', 'CH');

export const inventoryArb: fc.Arbitrary<GeneratedInventory> = fc
  .record({
    ids: fc.uniqueArray(id, { minLength: 4, maxLength: 12 }),
    orgName: text,
    orgCountry: fc.option(country, { nil: undefined }),
    names: fc.array(text, { minLength: 12, maxLength: 12 }),
    bases: fc.array(fc.constantFrom('consent', 'contract', 'legal-obligation', 'legitimate-interests'), {
      minLength: 12,
      maxLength: 12,
    }),
    roles: fc.array(fc.constantFrom('internal', 'processor', 'controller', 'authority'), {
      minLength: 12,
      maxLength: 12,
    }),
    countries: fc.array(country, { minLength: 12, maxLength: 12 }),
    data: fc.array(fc.uniqueArray(text, { minLength: 1, maxLength: 4 }), { minLength: 12, maxLength: 12 }),
    picks: fc.array(fc.nat(), { minLength: 48, maxLength: 48 }),
    years: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 12, maxLength: 12 }),
    split: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map((g) => {
    // share the ids out: at least one of each kind
    const n = g.ids.length;
    const subjects = g.ids.slice(0, 1 + (n % 2));
    const purposes = g.ids.slice(subjects.length, subjects.length + 1 + (n % 3 === 0 ? 1 : 0));
    const recipients = g.ids.slice(subjects.length + purposes.length, subjects.length + purposes.length + 1);
    const categories = g.ids.slice(subjects.length + purposes.length + recipients.length);
    const pick = <T>(list: readonly T[], i: number): T[] => {
      const chosen = list.filter((_, k) => ((g.picks[i % g.picks.length]! >> k) & 1) === 1);
      return chosen.length > 0 ? chosen : [list[0]!];
    };
    const organization: Doc = { name: g.orgName, ...(g.orgCountry ? { country: g.orgCountry } : {}) };
    const subjectList: Json[] = subjects.map((s, i) => ({ id: s, name: g.names[i]! }));
    const purposeList: Json[] = purposes.map((p, i) => ({
      id: p,
      name: g.names[i + 3]!,
      lawful_basis: g.bases[i]!,
    }));
    const recipientList: Json[] = recipients.map((r, i) => ({
      id: r,
      name: g.names[i + 6]!,
      role: g.roles[i]!,
      country: g.countries[i]!,
    }));
    const categoryDocs: Doc[] = categories.map((c, i) => {
      const data = g.data[i]!;
      return {
        id: c,
        name: g.names[(i + 9) % 12]!,
        data,
        subjects: pick(subjects, i),
        purposes: pick(purposes, i + 12),
        recipients: pick(recipients, i + 24).map((r, k) => (k % 2 === 0 ? r : { to: r, data: [data[0]!] })),
        retention: [{ duration: `P${g.years[i]!}Y`, from: 'end-of-contract', then: 'delete' }],
      };
    });
    const docs: Record<string, Doc> = g.split
      ? {
          'organization.yaml': { organization },
          'subjects.yaml': { subjects: subjectList },
          'purposes.yaml': { purposes: purposeList },
          'recipients.yaml': { recipients: recipientList },
          ...Object.fromEntries(
            categoryDocs.map((c) => [`categories/${String(c.id)}.yaml`, { category: c }]),
          ),
        }
      : {
          'inventory.yaml': {
            organization,
            subjects: subjectList,
            purposes: purposeList,
            recipients: recipientList,
            categories: categoryDocs,
          },
        };
    return { docs, crlf: g.crlf, bom: g.bom };
  });

/** The text of one file as an editor would save it. */
export function render(doc: Doc, inventory: Pick<GeneratedInventory, 'crlf' | 'bom'>): string {
  const body = stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${inventory.bom ? '\ufeff' : ''}${inventory.crlf ? body.replace(/\n/g, '\r\n') : body}`;
}

/** Every path to a value inside a document (not the document itself). */
export function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

export type Mutation =
  | { kind: 'delete'; file: number; at: number }
  | { kind: 'wrong-type'; file: number; at: number; value: Json }
  | { kind: 'broken-reference'; file: number; at: number }
  | { kind: 'bytes'; file: number; offset: number; bytes: Uint8Array }
  | { kind: 'truncate'; file: number; offset: number };

const wrongValue: fc.Arbitrary<Json> = fc.oneof<fc.Arbitrary<Json>[]>(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constant<Json>({ nested: { deeper: [1, 2] } }),
  fc.constant<Json>(['a', 'b']),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrong-type' as const), file: fc.nat(), at: fc.nat(), value: wrongValue }),
  fc.record({ kind: fc.constant('broken-reference' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant('bytes' as const),
    file: fc.nat(),
    offset: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), offset: fc.nat() }),
);

export type { Doc, Json };
