import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { recipientsFor, recordAnchor, seenVendors } from './match.js';
import docs from './drift-undeclared-vendor.md';
import { ruleDocs } from '../docs.js';

export const driftUndeclaredVendor: Rule = {
  id: 'drift-undeclared-vendor',
  severity: 'error',
  group: 'drift',
  source: 'Art 30(1)(d), Art 28(1)',
  helpUri: GDPR,
  description:
    'a vendor the code talks to (SDK in the SBOM, third party seen by a scanner) that is no recipient',
  docs: ruleDocs(docs),
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
