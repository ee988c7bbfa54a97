// The words for a retention rule, shared by the record, the retention schedule and the queries, so that
// one rule reads the same in every command: "10 years from end of contract, then delete"; in French "10 ans
// à compter de la fin du contrat, puis suppression".
import { cachedInLanguage } from './cached.js';
import { durationText } from './duration.js';
import { joinPhrases } from './phrases.js';
import type { RetentionTerms } from './retention.js';
import { gapText, isNotStated, ruleMark } from './stated.js';
import { ENGLISH, type Words } from './words/index.js';

/** The upper limit: "10 years", "indefinite", "by criteria" or "no upper limit". */
export function limitText(terms: RetentionTerms, w: Words = ENGLISH): string {
  if (terms.duration === 'indefinite') return w.t['retention.indefinite'];
  if (terms.duration !== undefined) return durationText(terms.duration, w);
  return terms.criteria !== undefined ? w.t['retention.byCriteria'] : w.t['retention.noUpperLimit'];
}

/** "at least 10 years". */
export const minimumText = (minimum: string, w: Words = ENGLISH): string =>
  w.t['retention.atLeast'](durationText(minimum, w));

/**
 * The event a period runs from, in words: `end-of-financial-year` reads "end of financial year"; an event
 * the catalogue does not know is shown as the inventory writes it.
 */
export const triggerText = (from: string, w: Words = ENGLISH): string =>
  w.keyed('retention.event.', from) ?? w.t['retention.event'](from.replace(/-/g, ' '));

/** "from end of financial year", "à compter de la fin de l'exercice", "ab Ende des Geschäftsjahres". */
const fromText = (from: string, w: Words): string =>
  w.keyed('retention.from.', from) ?? w.t['retention.from'](from.replace(/-/g, ' '));

/** What happens at the end, alone ("delete") or after the period ("then delete"). */
export const endText = (then: string, w: Words = ENGLISH): string => w.keyed('retention.end.', then) ?? then;
const thenText = (then: string, w: Words): string => w.keyed('retention.then.', then) ?? then;

/**
 * The whole rule in one line: "10 years from end of contract, then delete (Code de commerce, art. L123-22)";
 * "at least 10 years, no upper limit [retention-unbounded]" for a rule with a minimum only.
 */
export function retentionText(terms: RetentionTerms, w: Words = ENGLISH): string {
  return written(terms, w);
}

// a category's rules are shared by the activities it serves: each is written once per language
const written = cachedInLanguage(ruleText);

function ruleText(terms: RetentionTerms, w: Words): string {
  const parts: string[] = [];
  let limit = terms.duration !== undefined ? limitText(terms, w) : undefined;
  if (terms.from !== undefined) {
    // "10 days, starting event not stated", rather than "10 days from not stated"
    const from = isNotStated(terms.from)
      ? w.t['retention.startNotStated'](gapText(terms.from, w))
      : fromText(terms.from, w);
    limit = limit === undefined ? from : `${limit}${isNotStated(terms.from) ? ',' : ''} ${from}`;
  }
  if (limit !== undefined) parts.push(limit);
  if (terms.minimum !== undefined) parts.push(minimumText(terms.minimum, w));
  if (terms.criteria !== undefined) parts.push(w.t['retention.criteria'](terms.criteria));
  if (terms.unbounded) parts.push(`${w.t['retention.noUpperLimit']}${ruleMark(terms.unbounded, w)}`);
  if (terms.then !== undefined) parts.push(thenText(terms.then, w));
  const text = parts.length === 0 ? w.t['retention.noPeriod'] : joinPhrases(parts, ', ');
  return terms.legal_reference === undefined ? text : `${text} (${terms.legal_reference})`;
}
