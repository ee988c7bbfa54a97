// The words of one language for the human formats: its catalogue, and numbers, dates, durations, country
// names and article references through Intl. Chosen once at the edge (`--lang`, `language:` in the
// configuration) and passed down as a value: no renderer keeps a language of its own.
import { countryName } from '../../reference/transfers.js';
import { type Catalogue, type Language, type MessageId } from './catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';

export { LANGUAGES, isLanguage, type Catalogue, type Language, type MessageId } from './catalogue.js';

export interface Words {
  readonly language: Language;
  readonly t: Catalogue;
  /** A count: "1 234" in French, "1.234" in German; English keeps the plain digits. */
  number(value: number): string;
  /** A date written YYYY-MM-DD: "27 novembre 2026", "27. November 2026"; English keeps the ISO date. */
  date(iso: string): string;
  /** An amount of a unit of time, "10 ans", "10 Jahre", "10 years". */
  unit(value: number, unit: TimeUnit): string;
  /** An article of the GDPR as its readers cite it: "Art 6(1)(b)", "art. 6.1.b RGPD", "Art. 6 Abs. 1 lit. b DSGVO". */
  article(article: string): string;
  /** A country by its ISO code: the reference data's English name, Intl's name in other languages. */
  country(code: string): string;
  /** The message `${prefix}${key}` when the catalogue has one (an inventory key with its own words). */
  keyed(prefix: string, key: string): string | undefined;
}

export type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, de };

/** The law's short name after an article, in each language ("RGPD", "DSGVO"); none in English. */
const LAW: Readonly<Record<Language, string>> = { en: '', fr: ' RGPD', de: ' DSGVO' };

const cache = new Map<Language, Words>();

export function wordsFor(language: Language = 'en'): Words {
  let words = cache.get(language);
  if (!words) {
    words = makeWords(language);
    cache.set(language, words);
  }
  return words;
}

export const ENGLISH: Words = wordsFor('en');

function makeWords(language: Language): Words {
  const t = CATALOGUES[language];
  // made when first used: English needs neither, and the first Intl formatter of a run costs some 15 ms
  // (about a tenth of a lint of the example)
  let numbers: Intl.NumberFormat | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  const units = new Map<TimeUnit, Intl.NumberFormat>();
  const regions = language === 'en' ? undefined : new Intl.DisplayNames(language, { type: 'region' });
  const english = language === 'en';
  return {
    language,
    t,
    number: (value) =>
      english ? String(value) : (numbers ??= new Intl.NumberFormat(language)).format(value),
    date: (iso) => {
      if (english || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
      const date = new Date(`${iso}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return iso;
      return (dates ??= new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })).format(
        date,
      );
    },
    unit: (value, unit) => {
      let format = units.get(unit);
      if (!format) {
        format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' });
        units.set(unit, format);
      }
      return format.format(value);
    },
    article: (article) => articleText(article, language),
    country: (code) => (regions ? (safeRegion(regions, code) ?? countryName(code)) : countryName(code)),
    keyed: (prefix, key) => {
      const id = `${prefix}${key}`;
      return Object.hasOwn(t, id) ? (t[id as MessageId] as string) : undefined;
    },
  };
}

function safeRegion(regions: Intl.DisplayNames, code: string): string | undefined {
  try {
    const name = regions.of(code);
    return name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/** One reference, "6(1)(b)", "46(2)(b), 47", "49(1) second subparagraph", in the language's style. */
function articleText(article: string, language: Language): string {
  if (language === 'en') return `Art ${article}`;
  const parts = article.split(/,\s*/).map((part) => {
    const match = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?( second subparagraph)?$/.exec(part);
    if (!match) return part;
    const [, number, paragraph, point, second] = match;
    if (language === 'fr') {
      return [number, paragraph, point].filter(Boolean).join('.') + (second ? ', deuxième alinéa' : '');
    }
    return [
      number,
      paragraph ? `Abs. ${paragraph}` : '',
      second ? 'Unterabs. 2' : '',
      point ? `lit. ${point}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  });
  const prefix = language === 'fr' ? 'art.' : 'Art.';
  return `${prefix} ${parts.join(language === 'fr' ? ' et ' : ', ')}${LAW[language]}`;
}
