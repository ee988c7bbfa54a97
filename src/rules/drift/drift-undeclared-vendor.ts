import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { recipientsFor, recordAnchor, seenVendors } from './match.js';

export const driftUndeclaredVendor: Rule = {
  id: 'drift-undeclared-vendor',
  severity: 'error',
  group: 'drift',
  source: 'Art 30(1)(d), Art 28(1)',
  helpUri: GDPR,
  description:
    'a vendor the code talks to (SDK in the SBOM, third party seen by a scanner) that is no recipient',
  docs: `The evidence shows the code talking to a vendor (its SDK is in the SBOM, or Bearer or Privado saw a call to it) and no recipient is that vendor. A recipient is the vendor when one of its \`aliases\` names the vendor (a package name, a domain, a scanner's name for it) or, when it has no aliases, when the vendor's name is a word of its name ("Stripe Payments Europe, Ltd." is Stripe). Packages are recognised through the vendor catalogue (\`src/reference/vendors.json\`); the message gives the vendor's usual legal entity, countries and DPA. Reported on the organization, since no entity of the inventory holds what is missing.

**Why**: the record lists the recipients of personal data (Art 30(1)(d)), and a processor is used only under a contract that gives sufficient guarantees (Art 28(1), (3)). An SDK added in a pull request is a disclosure the record does not show.

**Fix**: declare the vendor as a recipient (role, country, contract, transfer tool); if it is declared under another name, list the name the code uses in its \`aliases\`. To accept a vendor that receives no personal data, waive the finding on the organization.

\`\`\`yaml
recipients:
  - id: sentry
    name: Functional Software, Inc. (Sentry)
    aliases: ['@sentry/node', sentry.io]
    role: processor
    country: US
    contract: https://sentry.io/legal/dpa/
\`\`\``,
  check({ inventory, evidence, report }) {
    if (!evidence) return;
    for (const seen of seenVendors(evidence)) {
      if (recipientsFor(inventory, seen).length > 0) continue;
      const vendor = seen.vendor;
      const about = vendor
        ? ` (usually ${vendor.legal_entity}, processing in ${vendor.countries.join(', ')}; DPF: ${vendor.dpf}${vendor.dpa ? `; DPA: ${vendor.dpa}` : ''})`
        : '';
      report(
        recordAnchor(inventory),
        `the code uses ${seen.name} (${seen.evidence.text()}) and no recipient is ${seen.name}${about}: declare it in recipients, or name it in the aliases of the recipient it is`,
        [],
        undefined,
        seen.evidence.related(`the code uses ${seen.name} here`),
      );
    }
  },
};
