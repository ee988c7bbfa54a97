import { durationMonths, durationText } from '../../inventory/duration.js';
import { citation, RETENTION_REFERENCES, trackerLifetimeReferences } from '../../reference/retention.js';
import type { Rule } from '../rule.js';
import { CNIL_AUDIENCE } from '../sources.js';

/** "FR (CNIL, ...)": the countries whose own tracker-lifetime reference the data holds. */
function nationalTrackerCountries(): string {
  const own = RETENTION_REFERENCES.filter((r) => r.applies_to === 'tracker-lifetime');
  return own.map((r) => `${r.country} (${durationText(r.max)}, ${citation(r)})`).join('; ');
}

export const trackerLifetime: Rule = {
  id: 'tracker-lifetime',
  severity: 'warning',
  group: 'lawfulness',
  source: "national guidance; EEA default: the CNIL's 13 months",
  helpUri: CNIL_AUDIENCE,
  description:
    "a tracker `lifetime` over the national reference, or over 13 months (the CNIL's reference, which most authorities follow) where there is none",
  docs: `A tracker's \`lifetime\` is longer than the reference for the organization's country (or the configured \`country\`), from \`retention-references.json\`. Where the country has no national figure, inside or outside the EEA, the EEA default applies: 13 months, the CNIL's reference, which most authorities follow. The message names the country and the source applied. References of your own (your counsel's figure) can be added in \`ropa.config.yaml\` under \`references\`.

Countries with a national figure: ${nationalTrackerCountries()}.

**Why**: the CNIL limits the lifetime of trackers to 13 months from their first deposit, without automatic extension on later visits, so that consent is asked again (or, for exempt audience measurement, the data stays bounded); most European authorities take the same figure as their reference.

**Fix**: shorten the lifetime.

\`\`\`yaml
trackers:
  - name: _pk_id
    provider: matomo
    essential: false
    lifetime: P13M
\`\`\``,
  check({ inventory, country, references: configured, report }) {
    const { references, national } = trackerLifetimeReferences(country, configured);
    const limit = references.reduce((a, b) => (durationMonths(b.max)! > durationMonths(a.max)! ? b : a));
    const max = durationMonths(limit.max)!;
    const applied = national
      ? `the ${durationText(limit.max)} known in ${country} (${citation(limit)})`
      : `${durationText(limit.max)}, the EEA default (the CNIL's reference, which most authorities follow), as no national figure is known${country ? ` for ${country}` : ''}`;
    for (const category of inventory.categories) {
      (category.trackers ?? []).forEach((tracker, i) => {
        const months = tracker.lifetime ? durationMonths(tracker.lifetime) : undefined;
        if (months !== undefined && months > max)
          report(
            category.loc,
            `tracker "${tracker.name}" lives ${durationText(tracker.lifetime!)}, longer than ${applied}`,
            ['trackers', i, 'lifetime'],
          );
      });
    }
  },
};
