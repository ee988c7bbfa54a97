// The words for a retention rule, shared by the record, the retention schedule and the queries, so that
// one rule reads the same in every command: "10 years from end of contract, then delete".
import { durationText } from './duration.js';
import { joinPhrases } from './phrases.js';
import type { RetentionTerms } from './retention.js';
import { gapText, isNotStated, ruleMark } from './stated.js';

/** The upper limit: "10 years", "indefinite", "by criteria" or "no upper limit". */
export function limitText(terms: RetentionTerms): string {
  if (terms.duration === 'indefinite') return 'indefinite';
  if (terms.duration !== undefined) return durationText(terms.duration);
  return terms.criteria !== undefined ? 'by criteria' : 'no upper limit';
}

/** "at least 10 years". */
export const minimumText = (minimum: string): string => `at least ${durationText(minimum)}`;

/** The event a period runs from, in words: `end-of-financial-year` reads "end of financial year". */
export const triggerText = (from: string): string => from.replace(/-/g, ' ');

/** What happens at the end: "then delete". */
const endText = (then: string): string => `then ${then}`;

/**
 * The whole rule in one line: "10 years from end of contract, then delete (Code de commerce, art. L123-22)";
 * "at least 10 years, no upper limit [retention-unbounded]" for a rule with a minimum only.
 */
export function retentionText(terms: RetentionTerms): string {
  const parts: string[] = [];
  let limit = terms.duration !== undefined ? limitText(terms) : undefined;
  if (terms.from !== undefined) {
    // "10 days, starting event not stated", rather than "10 days from not stated"
    const from = isNotStated(terms.from)
      ? `starting event ${gapText(terms.from)}`
      : `from ${triggerText(terms.from)}`;
    limit = limit === undefined ? from : `${limit}${isNotStated(terms.from) ? ',' : ''} ${from}`;
  }
  if (limit !== undefined) parts.push(limit);
  if (terms.minimum !== undefined) parts.push(minimumText(terms.minimum));
  if (terms.criteria !== undefined) parts.push(`criteria: ${terms.criteria}`);
  if (terms.unbounded) parts.push(`no upper limit${ruleMark(terms.unbounded)}`);
  if (terms.then !== undefined) parts.push(endText(terms.then));
  const text = parts.length === 0 ? 'no period stated' : joinPhrases(parts, ', ');
  return terms.legal_reference === undefined ? text : `${text} (${terms.legal_reference})`;
}
