import { consentAge } from '../../reference/lawfulness.js';
import { categoriesByPurpose, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './child-consent-age.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

/** The words by which a purpose's notes or consent record say how a parent's consent is obtained. */
const PARENTAL = /\b(parent|parents|parental|guardian|guardians)\b/i;

export const childConsentAge: Rule<'parental'> = {
  id: 'child-consent-age',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 8(1)',
  helpUri: GDPR,
  description:
    "consent to an information society service (`information_society_service: true`) over data of `minors` with no parental-consent note; names the age for the organization's country (FR 15, default 16)",
  docs: ruleDocs(docs),
  messages: {
    parental:
      'purpose {purpose} is an information society service relying on consent of {minors}, who may be children: below {age} {where} a parent must give or authorise consent; say how',
  },
  check({ inventory, country, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    const { age, national } = consentAge(country);
    const where = national
      ? words(`in ${country}`)
      : words(`(the default of Art 8(1); no national age known${country ? ` for ${country}` : ''})`);
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis !== 'consent' || purpose.information_society_service !== true) continue;
      const minors = subjectsOfPurpose(inventory, byPurpose.get(purpose.id) ?? []).filter((s) => s.minors);
      if (minors.length === 0) continue;
      if (PARENTAL.test(purpose.consent?.record ?? '') || PARENTAL.test(purpose.notes ?? '')) continue;
      report(
        purpose.loc,
        'parental',
        { purpose: purpose.id, minors: minors.map((s) => s.id), age, where },
        { path: ['lawful_basis'] },
      );
    }
  },
};
