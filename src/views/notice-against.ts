// A published privacy notice checked against the notice the inventory gives: what the inventory says
// that the published text does not. Matching is by names and words, after the text is reduced to lower-
// case words (tags, entities, accents and punctuation gone), so it is simple and predictable:
// - a recipient is named when its name appears, or its legal name, or the part of its name outside or
//   inside brackets ("Google" or "Google Analytics" for "Google (Google Analytics)"), with a leading "the",
//   "a", "an", "our", "your", "their", "user's" dropped ("your employer" names "The user's employer");
// - a country when its name appears (a few usual short names too: "United States", "UK");
// - transfers outside the EEA when one of a few phrases appears ("outside the EEA", "third countries",
//   "standard contractual clauses"...);
// - a retention period when each part of it appears as a number and a unit ("10 years", "ten years",
//   "one hour"); a period the inventory does not give is reported with the inventory's gap;
// - a right when one of its words appears ("access", "rectif", "erasure" or "delet"...);
// - the supervisory authority when its name (or the part before a bracket) or "supervisory authority"
//   appears.
import { durationParts, durationText } from './duration.js';
import { countryName } from './legal-terms.js';
import type { Notice } from './notice.js';
import { isNotStated } from './stated.js';

export type AgainstCheck =
  | 'recipient-not-named'
  | 'country-not-mentioned'
  | 'transfers-not-mentioned'
  | 'retention-not-stated'
  | 'right-not-mentioned'
  | 'authority-not-mentioned';

export interface AgainstFinding {
  readonly check: AgainstCheck;
  readonly article: string;
  readonly message: string;
}

/** The published text as the matching reads it: lower-case words separated by single spaces. */
export function words(text: string, html: boolean): string {
  const visible = html ? decodeEntities(stripTags(text)) : text;
  const flat = visible
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${flat} `;
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** Whether the words of `phrase` appear, in order and whole, in `text` (already reduced by `words`). */
function mentions(text: string, phrase: string): boolean {
  const wanted = words(phrase, false);
  return wanted.trim() !== '' && text.includes(wanted);
}

const LEADING = /^ (?:(?:the|a|an|our|your|their) )?(?:users? s |users )?/;

function nameForms(name: string): string[] {
  const outside = name.replace(/\([^)]*\)/g, ' ');
  const inside = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  return [name, outside, ...inside]
    .map((form) => words(form, false).replace(LEADING, ' '))
    .filter((form) => form.trim() !== '');
}

const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['United States', 'USA'],
  GB: ['UK', 'Great Britain', 'Britain'],
  KR: ['South Korea'],
};

const TRANSFER_PHRASES = [
  'outside the EEA',
  'outside the European Economic Area',
  'outside the European Union',
  'outside the EU',
  'third country',
  'third countries',
  'international transfer',
  'international transfers',
  'standard contractual clauses',
  'adequacy decision',
  'Data Privacy Framework',
  'binding corporate rules',
];

/** Words that name each right (stems, matched at the start of a word). */
const RIGHT_WORDS: Readonly<Record<string, readonly string[]>> = {
  access: ['access'],
  rectification: ['rectif', 'correct'],
  erasure: ['erasure', 'delet', 'forgotten'],
  restriction: ['restrict', 'limitation'],
  portability: ['portab'],
  objection: ['object', 'oppos'],
  'withdraw-consent': ['withdraw'],
  complaint: ['complaint'],
};

const NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Whether every part of a duration appears as a number (digits or a word) followed by its unit. */
function statesDuration(text: string, duration: string): boolean {
  const parts = durationParts(duration);
  if (parts === undefined || parts.length === 0) return false;
  return parts.every(({ value, unit }) => {
    const numbers = [String(value), ...(NUMBERS[value] ? [NUMBERS[value]] : [])].join('|');
    return new RegExp(` (?:${numbers}) ${unit}s? `).test(text);
  });
}

export function checkAgainst(notice: Notice, text: string): AgainstFinding[] {
  const findings: AgainstFinding[] = [];
  const add = (check: AgainstCheck, article: string, message: string) =>
    findings.push({ check, article, message });
  // a notice of thousands of categories repeats a few durations and countries: each is looked for once
  const stated = new Map<string, boolean>();
  const states = (duration: string) => {
    let found = stated.get(duration);
    if (found === undefined) stated.set(duration, (found = statesDuration(text, duration)));
    return found;
  };
  const mentioned = new Map<string, boolean>();
  const mentionsCountry = (code: string) => {
    let found = mentioned.get(code);
    if (found === undefined) {
      const names = [countryName(code), ...(COUNTRY_ALIASES[code] ?? [])];
      mentioned.set(code, (found = names.some((name) => mentions(text, name))));
    }
    return found;
  };

  for (const recipient of notice.recipients) {
    if (recipient.role === 'public') continue;
    if (!nameForms(recipient.name).some((form) => text.includes(form)))
      add('recipient-not-named', '13(1)(e)', `recipient "${recipient.name}" is not named`);
  }

  for (const transfer of notice.transfers) {
    if (!mentionsCountry(transfer.country.code))
      add(
        'country-not-mentioned',
        '13(1)(f)',
        `"${transfer.recipient.name}" processes the data in ${transfer.country.name}, outside the EEA, and the notice does not mention ${transfer.country.name}`,
      );
  }
  if (notice.transfers.length > 0 && !TRANSFER_PHRASES.some((phrase) => mentions(text, phrase)))
    add(
      'transfers-not-mentioned',
      '13(1)(f)',
      `the inventory has ${notice.transfers.length} transfer${notice.transfers.length === 1 ? '' : 's'} outside the EEA and the notice says nothing of transfers outside the EEA`,
    );

  // one finding per category and retention rule, naming the kinds of person it concerns
  const retention = new Map<string, { message: (who: string) => string; who: string[] }>();
  const note = (key: string, who: string, message: (who: string) => string) => {
    const known = retention.get(key);
    if (known) known.who.push(who);
    else retention.set(key, { message, who: [who] });
  };
  for (const audience of notice.audiences) {
    const who = audience.subject.name;
    for (const category of audience.categories) {
      const name = `"${category.name}"`;
      const gap = category.retention;
      if (isNotStated(gap)) {
        note(
          category.id,
          who,
          (w) =>
            `no retention period for ${name} (${w}): the inventory states none [${gap.rule ?? 'not stated'}], and a notice cannot`,
        );
        continue;
      }
      for (const rule of gap) {
        const key = `${category.id}\0${JSON.stringify(rule)}`;
        const unbounded = rule.unbounded ?? rule.vague;
        if (unbounded)
          note(
            key,
            who,
            (w) =>
              `no retention period for ${name} (${w}): the inventory gives no upper limit [${unbounded.rule ?? 'not stated'}]`,
          );
        else if (rule.duration !== undefined && !states(rule.duration))
          note(
            key,
            who,
            (w) => `the retention period of ${name} (${w}: ${durationText(rule.duration!)}) is not stated`,
          );
      }
    }
  }
  for (const { message, who } of retention.values())
    add('retention-not-stated', '13(2)(a)', message(who.join(', ')));

  for (const right of [...notice.rights.rights, notice.rights.complaint.right]) {
    const stems = RIGHT_WORDS[right.key] ?? [right.label];
    if (!stems.some((stem) => text.includes(` ${words(stem, false).trim()}`)))
      add(
        'right-not-mentioned',
        right.key === 'complaint' ? '13(2)(d)' : '13(2)(b)',
        `the ${right.label.split(',')[0]!.toLowerCase()} is not mentioned`,
      );
  }

  const authority = notice.rights.complaint.authority;
  const authorityNames = [
    'supervisory authority',
    ...(isNotStated(authority) || !authority.name
      ? []
      : [authority.name, authority.name.replace(/\(.*$/, '')]),
  ];
  if (!authorityNames.some((name) => mentions(text, name)))
    add('authority-not-mentioned', '13(2)(d)', 'the notice names no supervisory authority to complain to');
  return findings;
}
