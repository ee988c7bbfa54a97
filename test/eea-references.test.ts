// Inventories of a German, an Italian and a Spanish organisation (test/fixtures/eea/): the retention and
// tracker references of their own country apply, each finding naming the country and the source. Each
// list is the whole lint output: nothing else is flagged on these otherwise complete inventories.
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../src/inventory/load.js';
import { lint } from '../src/rules/run.js';

const TODAY = '2026-11-27';

async function findings(country: string) {
  const { pathname } = new URL(`fixtures/eea/${country}/`, import.meta.url);
  const diagnostics = lint(await loadInventory(pathname), { config: { rules: {} }, today: TODAY });
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`);
}

describe('references beyond France', () => {
  it('a German organisation: HGB and the DSK for retention, the EEA default for trackers', async () => {
    expect(await findings('de')).toEqual([
      'categories/analytics-cookies.yaml:13:17 tracker-lifetime: tracker "_ga" lives 2 years, longer than 13 months, the EEA default (the CNIL\'s reference, which most authorities follow), as no national figure is known for DE',
      'categories/buchhaltung.yaml:11:17 retention-exceeds-reference: category "buchhaltung" is kept 12 years, longer than the 10 years known in DE for books and records, inventories, opening balance sheets, annual financial statements and management reports (HGB § 257(1) no. 1, (4) and AO § 147(1) no. 1, (3))',
      'categories/videoueberwachung.yaml:11:17 retention-exceeds-reference: category "videoueberwachung" is kept 7 days, longer than the 72 hours known in DE for CCTV footage of publicly accessible areas (DSK, Orientierungshilfe Videoüberwachung durch nicht-öffentliche Stellen (2020), and EDPB Guidelines 3/2019 (para 121))',
    ]);
  });

  it('an Italian organisation: the Codice civile and the Garante', async () => {
    expect(await findings('it')).toEqual([
      'categories/analytics-cookies.yaml:13:17 tracker-lifetime: tracker "_ga" lives 2 years, longer than 13 months, the EEA default (the CNIL\'s reference, which most authorities follow), as no national figure is known for IT',
      'categories/contabilita.yaml:11:17 retention-exceeds-reference: category "contabilita" is kept 12 years, longer than the 10 years known in IT for accounting records (scritture contabili), invoices, letters and telegrams received and copies of those sent (Codice civile, art. 2220)',
      'categories/videosorveglianza.yaml:11:17 retention-exceeds-reference: category "videosorveglianza" is kept 30 days, longer than the 7 days known in IT for CCTV footage (24 hours as a rule; up to a week for premises at particular risk, such as banks) (Garante per la protezione dei dati personali, Provvedimento in materia di videosorveglianza (8 April 2010), point 3.4)',
    ]);
  });

  it('a Spanish organisation: the Código de Comercio and the LOPDGDD', async () => {
    expect(await findings('es')).toEqual([
      'categories/analytics-cookies.yaml:13:17 tracker-lifetime: tracker "_ga" lives 2 years, longer than 13 months, the EEA default (the CNIL\'s reference, which most authorities follow), as no national figure is known for ES',
      'categories/contabilidad.yaml:11:17 retention-exceeds-reference: category "contabilidad" is kept 10 years, longer than the 6 years known in ES for books, correspondence, documents and vouchers of the business (libros, correspondencia, documentación y justificantes) (Código de Comercio, art. 30)',
      'categories/videovigilancia.yaml:11:17 retention-exceeds-reference: category "videovigilancia" is kept 2 months, longer than the 1 month known in ES for images captured by video surveillance for the security of persons and property (Ley Orgánica 3/2018 (LOPDGDD), art. 22.3)',
    ]);
  });
});
