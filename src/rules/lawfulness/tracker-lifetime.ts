import { durationMonths, durationText } from '../../inventory/duration.js';
import { citation, RETENTION_REFERENCES, trackerLifetimeReferences } from '../../reference/retention.js';
import type { Rule } from '../rule.js';
import { CNIL_AUDIENCE } from '../sources.js';
import docs from './tracker-lifetime.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

/** "FR (CNIL, ...)": the countries whose own tracker-lifetime reference the data holds. */
function nationalTrackerCountries(): string {
  const own = RETENTION_REFERENCES.filter((r) => r.applies_to === 'tracker-lifetime');
  return own.map((r) => `${r.country} (${durationText(r.max)}, ${citation(r)})`).join('; ');
}

export const trackerLifetime: Rule<'tooLong'> = {
  id: 'tracker-lifetime',
  severity: 'warning',
  group: 'lawfulness',
  source: "national guidance; EEA default: the CNIL's 13 months",
  helpUri: CNIL_AUDIENCE,
  description:
    "a tracker `lifetime` over the national reference, or over 13 months (the CNIL's reference, which most authorities follow) where there is none",
  docs: ruleDocs(docs, { countries: nationalTrackerCountries() }),
  messages: { tooLong: uncited('tracker {tracker} lives {lifetime}, longer than {applied}') },
  check({ inventory, country, references: configured, report }) {
    const { references, national } = trackerLifetimeReferences(country, configured);
    const limit = references.reduce((a, b) => (durationMonths(b.max)! > durationMonths(a.max)! ? b : a));
    const max = durationMonths(limit.max)!;
    const applied = words(
      national
        ? `the ${durationText(limit.max)} known in ${country} (${citation(limit)})`
        : `${durationText(limit.max)}, the EEA default (the CNIL's reference, which most authorities follow), as no national figure is known${country ? ` for ${country}` : ''}`,
    );
    for (const category of inventory.categories) {
      (category.trackers ?? []).forEach((tracker, i) => {
        const months = tracker.lifetime ? durationMonths(tracker.lifetime) : undefined;
        if (months !== undefined && months > max)
          report(
            category.loc,
            'tooLong',
            { tracker: tracker.name, lifetime: words(durationText(tracker.lifetime!)), applied },
            { path: ['trackers', i, 'lifetime'] },
          );
      });
    }
  },
};
