import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { recipientsFor, recordAnchor, seenVendors } from './match.js';
import docs from './drift-undeclared-vendor.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

export const driftUndeclaredVendor: Rule<'undeclared' | 'here'> = {
  id: 'drift-undeclared-vendor',
  severity: 'error',
  group: 'drift',
  source: 'Art 30(1)(d), Art 28(1)',
  helpUri: GDPR,
  description:
    'a vendor the code talks to (SDK in the SBOM, third party seen by a scanner) that is no recipient',
  docs: ruleDocs(docs),
  messages: {
    undeclared: uncited(
      'the code uses {vendor} ({shown}) and no recipient is {vendor}{about}: declare it in recipients, or name it in the aliases of the recipient it is',
    ),
    here: uncited('the code uses {vendor} here'),
  },
  check({ inventory, evidence, report, format }) {
    if (!evidence) return;
    for (const seen of seenVendors(evidence)) {
      if (recipientsFor(inventory, seen).length > 0) continue;
      const vendor = seen.vendor;
      const about = vendor
        ? ` (usually ${vendor.legal_entity}, processing in ${vendor.countries.join(', ')}; DPF: ${vendor.dpf}${vendor.dpa ? `; DPA: ${vendor.dpa}` : ''})`
        : '';
      report(
        recordAnchor(inventory),
        'undeclared',
        { vendor: seen.name, shown: words(seen.evidence.text()), about: words(about) },
        { related: seen.evidence.related(format('here', { vendor: seen.name })) },
      );
    }
  },
};
