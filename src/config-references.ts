// The `references` of ropa.config.yaml: retention references of the user's own, in the shape of
// retention-references.json, checked field by field so that a typo is a one-line usage error.
import { parseDuration } from './inventory/duration.js';
import { didYouMean } from './inventory/did-you-mean.js';
import { quote } from './inventory/quote.js';
import { InputError } from './errors.js';
import type { RetentionReference } from './reference/retention.js';

const FIELDS = [
  'id',
  'country',
  'kind',
  'data',
  'matches',
  'applies_to',
  'max',
  'from',
  'source',
  'url',
  'note',
];
const REQUIRED = ['id', 'country', 'data', 'matches', 'applies_to', 'max', 'source'];
const TEXT = ['data', 'from', 'source', 'url', 'note'];
const MATCH_KEYS = ['categories', 'subjects', 'purposes'];

/** The configured references, or an InputError naming the entry and the field. */
export function parseReferences(value: unknown, file: string): RetentionReference[] {
  if (!Array.isArray(value))
    throw new InputError(`${file}: references must be a list of retention references`);
  return value.map((entry, i) => parseReference(entry, `${file}: references[${i}]`));
}

function parseReference(entry: unknown, at: string): RetentionReference {
  if (!isMapping(entry)) throw new InputError(`${at} must be a mapping`);
  for (const key of Object.keys(entry))
    if (!FIELDS.includes(key))
      throw new InputError(`${at}: unknown key ${quote(key)}${didYouMean(key, FIELDS)}`);
  for (const key of REQUIRED) if (entry[key] === undefined) throw new InputError(`${at}: ${key} is required`);
  const { id, country, kind, applies_to, max, matches } = entry;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new InputError(`${at}: id must be kebab-case, e.g. accounting-records`);
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))
    throw new InputError(`${at}: country must be an ISO 3166-1 alpha-2 code such as DE`);
  if (kind !== undefined && kind !== 'law' && kind !== 'guidance')
    throw new InputError(`${at}: kind must be law or guidance`);
  if (applies_to !== 'retention' && applies_to !== 'tracker-lifetime')
    throw new InputError(`${at}: applies_to must be retention or tracker-lifetime`);
  if (typeof max !== 'string' || parseDuration(max) === undefined)
    throw new InputError(`${at}: max must be an ISO 8601 duration such as P6Y`);
  for (const key of TEXT) {
    const text = entry[key];
    if (text !== undefined && (typeof text !== 'string' || text.trim() === ''))
      throw new InputError(`${at}: ${key} must be a non-empty string`);
  }
  if (!isMapping(matches))
    throw new InputError(`${at}: matches must be a mapping of categories, subjects, purposes`);
  for (const [key, words] of Object.entries(matches)) {
    if (!MATCH_KEYS.includes(key))
      throw new InputError(`${at}: matches: unknown key ${quote(key)}${didYouMean(key, MATCH_KEYS)}`);
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w !== ''))
      throw new InputError(`${at}: matches.${key} must be a list of keywords`);
  }
  // keywords are compared with lower-cased names, as in the built-in data
  const lowered = Object.fromEntries(
    Object.entries(matches).map(([key, words]) => [key, (words as string[]).map((w) => w.toLowerCase())]),
  );
  return { ...(entry as unknown as RetentionReference), matches: lowered };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
