// Free text from another tool's record read as structure, only where it can be read without guessing:
// a lawful basis named in words (English or French), an ISO country code or English name, a period such
// as "10 years" or "6 months after the end of the contract". Anything else returns undefined, and the
// caller keeps the text as notes.
import countries from '../reference/countries.json' with { type: 'json' };
import type { LawfulBasis, RecipientRole, RetentionRule } from '../inventory/model.js';

/** Lowercase, accents removed, punctuation as single spaces: how headings and words are compared. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A kebab-case id from a name, unique among `taken` (which it joins): "Order management" -> order-management. */
export function idFrom(name: string, taken: Set<string>, fallback = 'item'): string {
  const base = normalise(name).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export const isId = (text: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text);

/** "a, b (x, y), c" -> ["a", "b (x, y)", "c"]: splits on the separator outside brackets. */
export function splitList(text: string, separator = ','): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0 && (c === separator || (separator === ',' && c === '\n'))) {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((i) => i.trim()).filter((i) => i !== '');
}

/** A gap marker ropa's own reports write ("not stated [rule]"), or an empty cell: nothing was stated. */
export const isUnstated = (text: string): boolean =>
  text === '' || /^(not stated|none stated|none declared|no period stated)( \[[a-z0-9-]+\])?$/i.test(text);

/** The names of each basis, in English (GDPR, ICO, CISO Assistant) and French (CNIL), normalised. */
const BASES: Record<string, LawfulBasis> = Object.fromEntries(
  (
    [
      ['consent', ['consent', 'consentement', 'consentement de la personne']],
      [
        'contract',
        [
          'contract',
          'performance of a contract',
          'performance of contract',
          'contrat',
          'execution d un contrat',
          'execution du contrat',
        ],
      ],
      [
        'legal-obligation',
        [
          'legal obligation',
          'compliance with a legal obligation',
          'obligation legale',
          'respect d une obligation legale',
        ],
      ],
      [
        'vital-interests',
        [
          'vital interests',
          'protection of vital interests',
          'interets vitaux',
          'sauvegarde des interets vitaux',
        ],
      ],
      [
        'public-task',
        [
          'public task',
          'public interest',
          'performance of a task in the public interest',
          'mission d interet public',
          'execution d une mission d interet public',
        ],
      ],
      [
        'legitimate-interests',
        ['legitimate interests', 'legitimate interest', 'interet legitime', 'interets legitimes'],
      ],
    ] as const
  ).flatMap(([basis, names]) => names.map((name) => [name, basis])),
);

const ART6: Record<string, LawfulBasis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal-obligation',
  d: 'vital-interests',
  e: 'public-task',
  f: 'legitimate-interests',
};

/**
 * An Art 6(1) basis: a key, "Art 6(1)(b)", or the whole text naming one basis ("Performance of a
 * contract", "Obligation légale"), with ropa's own "(Art 6(1)(b))" after it; undefined for anything else.
 */
export function lawfulBasisFrom(text: string): LawfulBasis | undefined {
  const article = /^(?:art(?:icle)?\.?\s*)?6\s*\(1\)\s*\(([a-f])\)$/i.exec(text.trim());
  if (article) return ART6[article[1]!.toLowerCase()];
  const name = text.trim().replace(/\s*\(Art 6\(1\)\([a-f]\)\)$/, '');
  if ((Object.values(ART6) as string[]).includes(name)) return name as LawfulBasis;
  return BASES[normalise(name)];
}

const COUNTRY_NAMES = new Map<string, string>(
  Object.entries(countries.countries).map(([code, name]) => [normalise(name), code]),
);
for (const [alias, code] of [
  ['usa', 'US'],
  ['united states', 'US'],
  ['united states of america', 'US'],
  ['uk', 'GB'],
  ['united kingdom', 'GB'],
  ['great britain', 'GB'],
] as const)
  COUNTRY_NAMES.set(alias, code);

const ALPHA3: Record<string, string> = {
  USA: 'US',
  GBR: 'GB',
  CAN: 'CA',
  FRA: 'FR',
  DEU: 'DE',
  AUS: 'AU',
  IND: 'IN',
  JPN: 'JP',
  CHE: 'CH',
  IRL: 'IE',
  NLD: 'NL',
  BEL: 'BE',
  ESP: 'ES',
  ITA: 'IT',
};

/** An ISO 3166-1 alpha-2 code from a code, a few alpha-3 codes, an English name, or "Name (CC)". */
export function countryFrom(text: string): string | undefined {
  const trimmed = text.trim();
  const inBrackets = /\(([A-Z]{2})\)$/.exec(trimmed);
  const code = inBrackets ? inBrackets[1]! : trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && code in countries.countries) return code;
  if (/^[A-Z]{3}$/.test(trimmed) && ALPHA3[trimmed]) return ALPHA3[trimmed];
  return COUNTRY_NAMES.get(normalise(trimmed));
}

const UNITS: Record<string, string> = {
  year: 'Y',
  years: 'Y',
  yr: 'Y',
  yrs: 'Y',
  an: 'Y',
  ans: 'Y',
  annee: 'Y',
  annees: 'Y',
  month: 'M',
  months: 'M',
  mois: 'M',
  week: 'W',
  weeks: 'W',
  semaine: 'W',
  semaines: 'W',
  day: 'D',
  days: 'D',
  jour: 'D',
  jours: 'D',
  hour: 'H',
  hours: 'H',
  heure: 'H',
  heures: 'H',
};

/** "10 years" -> P10Y, "1 year 6 months" -> P1Y6M, "13 mois" -> P13M, "P3Y" as it is. */
export function durationFrom(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T\d+H)?$/.test(trimmed)) return trimmed;
  const words = normalise(trimmed).split(' ');
  if (words.length === 0 || words.length % 2 !== 0) return undefined;
  const amounts: Record<string, number> = {};
  for (let i = 0; i < words.length; i += 2) {
    const unit = UNITS[words[i + 1]!];
    if (!/^\d{1,4}$/.test(words[i]!) || unit === undefined || unit in amounts) return undefined;
    amounts[unit] = Number(words[i]);
  }
  const date = ['Y', 'M', 'W', 'D'].filter((u) => u in amounts).map((u) => `${amounts[u]}${u}`);
  return `P${date.join('')}${'H' in amounts ? `T${amounts.H}H` : ''}`;
}

/** Known starting events by their words (articles removed), English and French. */
const EVENTS = new Map<string, string>([
  ['end of contract', 'end-of-contract'],
  ['end of the contract', 'end-of-contract'],
  ['fin du contrat', 'end-of-contract'],
  ['end of financial year', 'end-of-financial-year'],
  ['end of the financial year', 'end-of-financial-year'],
  ['cloture de l exercice', 'end-of-financial-year'],
  ['collection', 'collection'],
  ['collecte', 'collection'],
  ['last contact', 'last-contact'],
  ['dernier contact', 'last-contact'],
  ['account closure', 'account-closure'],
  ['closure of the account', 'account-closure'],
  ['fermeture du compte', 'account-closure'],
  ['last access', 'last-access'],
]);

/**
 * The starting event: a known phrase, or words as ropa's own record writes an event id ("from end of
 * employment": a few words and no article); other phrases ("the time it seems right") are not read.
 */
function eventFrom(text: string): string | undefined {
  const words = normalise(text);
  const bare = words.replace(/^(the|du|de la|de l|des|de|la|le|l) /, '');
  const known = EVENTS.get(bare);
  if (known) return known;
  return bare === words && /^[a-z]+( [a-z]+){0,4}$/.test(words) ? words.replace(/ /g, '-') : undefined;
}

/**
 * One retention rule in words: "10 years", "6 months after the end of the contract", "5 ans", and the
 * whole of what ropa's own record writes ("10 years from end of financial year, at least 10 years,
 * criteria: ..., then delete (Code de commerce, art. L123-22)"). Undefined when any part is not read.
 */
export function retentionFrom(text: string): Omit<RetentionRule, 'subjects' | 'purposes'> | undefined {
  let rest = text.trim();
  const rule: Omit<RetentionRule, 'subjects' | 'purposes'> = {};
  const reference = /\s\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(rest);
  if (reference) {
    rule.legal_reference = reference[1]!;
    rest = rest.slice(0, reference.index);
  }
  const then = /(?:^|,\s*)then (delete|anonymise|archive)$/.exec(rest);
  if (then) {
    rule.then = then[1] as RetentionRule['then'];
    rest = rest.slice(0, then.index);
  }
  rest = rest.replace(/(?:^|,\s*)no upper limit(?: \[[a-z0-9-]+\])?$/, '');
  const criteria = /(?:^|,\s*)criteria: /.exec(rest);
  if (criteria) {
    rule.criteria = rest.slice(criteria.index + criteria[0].length);
    rest = rest.slice(0, criteria.index);
  }
  for (const part of rest === '' ? [] : rest.split(/,\s*/)) {
    // ropa's own gap marker for a period without its starting event: nothing to read
    if (/^starting event not stated( \[[a-z0-9-]+\])?$/.test(part)) continue;
    const minimum = /^at least (.+)$/i.exec(part);
    if (minimum) {
      const duration = durationFrom(minimum[1]!);
      if (duration === undefined) return undefined;
      rule.minimum = duration;
      continue;
    }
    // accents removed for the French words ("à compter de"); the event is read from its words alone
    const unaccented = part.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const limit = /^(.*?)(?:\s*(?:\bfrom|\bafter|\bapres|\ba compter (?:de|du|des)|\bdepuis)\s+(.+))?$/i.exec(
      unaccented,
    )!;
    const [, amount, event] = limit;
    if (amount !== '') {
      if (/^(indefinite|indefinitely|unlimited)$/i.test(amount!)) rule.duration = 'indefinite';
      else if (/^by criteria$/i.test(amount!)) {
        // the limit word of a rule whose criteria follow
      } else {
        const duration = durationFrom(amount!);
        if (duration === undefined || rule.duration !== undefined) return undefined;
        rule.duration = duration;
      }
    }
    if (event !== undefined && !isUnstated(event)) {
      const from = eventFrom(event);
      if (from === undefined) return undefined;
      rule.from = from;
    }
  }
  return Object.keys(rule).length > 0 ? rule : undefined;
}

const ROLES: readonly [RegExp, RecipientRole][] = [
  [/^(internal|interne|internal team|employee|staff)/, 'internal'],
  [/^sub ?processor|sous traitant ulterieur/, 'sub-processor'],
  [/^(processor|data processor|sous traitant|service provider|prestataire)/, 'processor'],
  [/^joint controller|responsable conjoint/, 'joint-controller'],
  [/^(controller|independent controller|responsable de traitement)/, 'controller'],
  [
    /^(authority|authorities|autorite|regulatory authority|tax authority|law enforcement|court|government)/,
    'authority',
  ],
  [/^(public|the public|public disclosure)/, 'public'],
];

/** A recipient role from its key or a word for it; undefined when not read. */
export function roleFrom(text: string): RecipientRole | undefined {
  const words = normalise(text);
  return ROLES.find(([pattern]) => pattern.test(words))?.[1];
}

const MECHANISMS: readonly [RegExp, string][] = [
  [/^(scc|standard contractual clauses|clauses contractuelles types|ccT)\b/i, 'scc'],
  [/^(bcr|binding corporate rules|regles d entreprise contraignantes)\b/i, 'bcr'],
  [/^(dpf|data privacy framework)\b/i, 'dpf'],
  [/^(adequacy|adequacy decision|decision d adequation)\b/i, 'adequacy'],
];

/** A Chapter V mechanism key from a key or its name; undefined when not read. */
export function mechanismFrom(text: string, keys: readonly string[]): string | undefined {
  const first = text.trim().split(/[\s,(]/)[0]!;
  if (keys.includes(first)) return first;
  const words = normalise(text);
  return MECHANISMS.find(([pattern]) => pattern.test(words))?.[1];
}
