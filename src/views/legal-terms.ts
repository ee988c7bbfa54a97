// The versioned reference data the record quotes: articles and labels for lawful bases, Art 9 conditions,
// special categories and transfer tools, in English and in the wording of the French and German versions
// of the GDPR (each entry's `fr` and `de`). EEA membership, adequacy decisions and country names are the
// Chapter V facts the transfer rules read too: they come from one place, src/reference/transfers.ts.
import art9 from '../reference/art9-conditions.json' with { type: 'json' };
import lawfulBases from '../reference/lawful-bases.json' with { type: 'json' };
import specialCategories from '../reference/special-categories.json' with { type: 'json' };
import { rightKeys } from '../reference/lawfulness.js';
import mechanisms from '../reference/transfer-mechanisms.json' with { type: 'json' };
import wp248 from '../reference/wp248-criteria.json' with { type: 'json' };
import { ENGLISH, type Language, type MessageId, type Words } from './words/index.js';

/** A legal term as the record shows it: the inventory's key, the article and the law's wording. */
export interface Term {
  readonly key: string;
  readonly article?: string;
  /** A few words a reader recognises ("Contract", "Standard contractual clauses"). */
  readonly short?: string;
  readonly label: string;
}

interface Wording {
  readonly short?: string;
  readonly label: string;
}

interface Entry extends Wording {
  readonly article?: string;
  readonly fr?: Wording;
  readonly de?: Wording;
}

function lookup(table: Readonly<Record<string, Entry>>, key: string, language: Language = 'en'): Term {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  if (!entry) return { key, label: key };
  const words: Wording = (language === 'en' ? undefined : entry[language]) ?? entry;
  return words.short === undefined
    ? { key, article: entry.article, label: words.label }
    : { key, article: entry.article, short: words.short, label: words.label };
}

/**
 * A legal term as people read it in the record: its short wording and its article, "Contract (Art
 * 6(1)(b))", "Explicit consent (Art 9(2)(a))"; the inventory's key only for a term the reference data
 * does not know.
 */
export function termText(term: Term, w: Words = ENGLISH): string {
  const words = term.short ?? term.label;
  return term.article ? `${words} (${w.article(term.article)})` : words;
}

const bases: Readonly<Record<string, Entry>> = lawfulBases.bases;
const rights: Readonly<Record<string, Entry>> = lawfulBases.rights;

export const lawfulBasisTerm = (key: string, language?: Language): Term => lookup(bases, key, language);
export const conditionTerm = (key: string, language?: Language): Term =>
  lookup(art9.conditions, key, language);
export const specialCategoryTerm = (key: string, language?: Language): Term =>
  lookup(specialCategories.categories, key, language);
export const mechanismTerm = (key: string, language?: Language): Term =>
  lookup(mechanisms.mechanisms, key, language);

/**
 * The rights (Art 15-22, 7(3)) a data subject has under a lawful basis, with the withdrawal of consent
 * when the Art 9 condition is explicit consent.
 */
export function rightsUnder(basis: string | undefined, condition?: string, language?: Language): Term[] {
  return rightKeys(basis, condition).map((key) => lookup(rights, key, language));
}

export const rightTerm = (key: string, language?: Language): Term => lookup(rights, key, language);

/** The keys of the rights, in the order of the law's articles (the reference data's order). */
export const RIGHT_KEYS: readonly string[] = Object.keys(rights);

/** A right as people read it: "Right of access (Art 15)"; the inventory's key only when it is unknown. */
export function rightText(term: Term, w: Words = ENGLISH): string {
  return term.article ? `${term.label} (${w.article(term.article)})` : term.label;
}

/**
 * An adequacy decision as the reference data names it ("Implementing Decision (EU) 2023/1795", "Decision
 * 2000/518/EC, renewed December 2025"), in the words of the language's version of EUR-Lex: "Décision
 * d’exécution (UE) 2023/1795", "Entscheidung 2000/518/EG". A name of another shape is kept as written.
 */
export function decisionText(decision: string, w: Words = ENGLISH): string {
  if (w.language === 'en') return decision;
  const [name, ...rest] = decision.split(', ');
  const words = DECISIONS.flatMap(([pattern, id]) => {
    const match = pattern.exec(name!);
    return match ? [w.t[id](match[1]!)] : [];
  })[0];
  if (words === undefined) return decision;
  const month = new Intl.DateTimeFormat(w.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const renewed = rest.map((part) => {
    const when = /^renewed (\w+ \d{4})$/.exec(part);
    const date = when && new Date(`1 ${when[1]} UTC`);
    return date && !Number.isNaN(date.getTime()) ? w.t['decision.renewed'](month.format(date)) : part;
  });
  return [words, ...renewed].join(', ');
}

/** The shapes of the decisions' English names, with the message that names each in another language. */
const DECISIONS: readonly (readonly [RegExp, MessageId & `decision.${string}`])[] = [
  [/^Implementing Decision \(EU\) (\d{4}\/\d+)$/, 'decision.implementing'],
  [/^Decision \(EU\) (\d{4}\/\d+)$/, 'decision.eu'],
  [/^Decision (\d{4}\/\d+)\/EU$/, 'decision.euOld'],
  [/^Decision (\d{4}\/\d+)\/EC$/, 'decision.ec'],
];

/**
 * A WP248 criterion as the record shows it: its key in English (as the inventory writes it), its name in
 * the French or German version of WP248 otherwise ("Surveillance systématique", "Systematische Überwachung").
 */
export function criterionText(key: string, w: Words = ENGLISH): string {
  const criteria: Readonly<Record<string, { fr: string; de: string }>> = wp248.criteria;
  if (w.language === 'en' || !Object.hasOwn(criteria, key)) return key;
  return criteria[key]![w.language];
}

export { adequacyOf, countryName, inEea } from '../reference/transfers.js';
