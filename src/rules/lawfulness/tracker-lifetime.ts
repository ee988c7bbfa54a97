import { durationMonths, durationText } from '../../inventory/duration.js';
import { citation, trackerLifetimeReferences } from '../../reference/retention.js';
import type { Rule } from '../rule.js';
import { CNIL_AUDIENCE } from '../sources.js';

export const trackerLifetime: Rule = {
  id: 'tracker-lifetime',
  severity: 'warning',
  group: 'lawfulness',
  source: 'CNIL guidance on cookies and audience measurement',
  helpUri: CNIL_AUDIENCE,
  description: 'a tracker `lifetime` over 13 months',
  docs: `A tracker's \`lifetime\` is longer than the reference for the organization's country (France: 13 months, CNIL), from \`retention-references.json\`.

**Why**: the CNIL limits the lifetime of trackers to 13 months from their first deposit, without automatic extension on later visits, so that consent is asked again (or, for exempt audience measurement, the data stays bounded).

**Fix**: shorten the lifetime.

\`\`\`yaml
trackers:
  - name: _pk_id
    provider: matomo
    essential: false
    lifetime: P13M
\`\`\``,
  check({ inventory, country, report }) {
    const references = trackerLifetimeReferences(country);
    if (references.length === 0) return;
    const limit = references.reduce((a, b) => (durationMonths(b.max)! > durationMonths(a.max)! ? b : a));
    const max = durationMonths(limit.max)!;
    for (const category of inventory.categories) {
      (category.trackers ?? []).forEach((tracker, i) => {
        const months = tracker.lifetime ? durationMonths(tracker.lifetime) : undefined;
        if (months !== undefined && months > max)
          report(
            category.loc,
            `tracker "${tracker.name}" lives ${durationText(tracker.lifetime!)}, longer than ${durationText(limit.max)} (${citation(limit)})`,
            ['trackers', i, 'lifetime'],
          );
      });
    }
  },
};
