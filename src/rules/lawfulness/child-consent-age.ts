import { consentAge } from '../../reference/lawfulness.js';
import { categoriesByPurpose, quotedList, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

/** The words by which a purpose's notes or consent record say how a parent's consent is obtained. */
const PARENTAL = /\b(parent|parents|parental|guardian|guardians)\b/i;

export const childConsentAge: Rule = {
  id: 'child-consent-age',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 8(1)',
  helpUri: GDPR,
  description:
    "consent to an information society service (`information_society_service: true`) over data of `minors` with no parental-consent note; names the age for the organization's country (FR 15, default 16)",
  docs: `A purpose relies on consent to an information society service (\`information_society_service: true\`: a service normally provided for remuneration, at a distance, by electronic means, at the individual request of its user, such as an app, a game, a social network or an online shop), uses data of subjects that may include children (\`minors: true\`), and neither its \`consent.record\` nor its \`notes\` say how a parent's consent is obtained (a mention of a parent, parental consent or a guardian).

**Why**: for an information society service offered directly to a child, consent below the age of digital consent must be given or authorised by the holder of parental responsibility, and the controller must make reasonable efforts to verify it (Art 8(1), (2)). The age is 16 unless the Member State sets 13 to 16 (France: 15); the message names the age for the configured \`country\` or the organization's.

Art 8 governs only that case: the inventory says a purpose is such a service with \`information_society_service: true\`, and together with subjects marked \`minors\` that is a service offered to children. Other consent that a child's data may rest on (a person's signed consent to release a document about them, consent to a photograph at a school event) is not Art 8 consent and is not flagged: whether a minor can consent there is a question of national civil law.

**Fix**: describe how parental consent is collected and checked, in \`consent.record\` or \`notes\`.

\`\`\`yaml
purposes:
  - id: game-accounts
    name: Player accounts
    lawful_basis: consent
    information_society_service: true
    consent:
      record: Consent log; under 15, the parent confirms by e-mail before the account opens
      withdrawal: Account settings
\`\`\``,
  check({ inventory, country, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    const { age, national } = consentAge(country);
    const where = national
      ? `in ${country}`
      : `(the default of Art 8(1); no national age known${country ? ` for ${country}` : ''})`;
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis !== 'consent' || purpose.information_society_service !== true) continue;
      const minors = subjectsOfPurpose(inventory, byPurpose.get(purpose.id) ?? []).filter((s) => s.minors);
      if (minors.length === 0) continue;
      if (PARENTAL.test(purpose.consent?.record ?? '') || PARENTAL.test(purpose.notes ?? '')) continue;
      report(
        purpose.loc,
        `purpose "${purpose.id}" is an information society service relying on consent of ${quotedList(minors.map((s) => s.id))}, who may be children: below ${age} ${where} a parent must give or authorise consent; say how (Art 8(1))`,
        ['lawful_basis'],
      );
    }
  },
};
