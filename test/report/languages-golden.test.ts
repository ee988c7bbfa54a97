// The French and German HTML records of the compliant fixture, compared byte for byte with the golden
// files committed in test/fixtures/languages/ (reviewed by reading them), and shown in Chromium. After an
// intended change of wording: UPDATE_GOLDEN=1 npx vitest run test/report/languages-golden.test.ts, then
// read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordHtml } from '../../src/render/report/html.js';
import { flowGraph } from '../../src/views/graph.js';
import { wordsFor, type Language } from '../../src/views/words/index.js';
import { describeInBrowser, openWatched, useBrowser } from '../helpers/browser.js';
import { REPO } from '../helpers/cli.js';
import { recordOf } from '../helpers/record.js';

const FIXTURE = 'test/fixtures/compliant';
const GOLDEN = (language: Language) => path.join(REPO, 'test/fixtures/languages', `record.${language}.html`);

async function html(language: Language): Promise<string> {
  const { inventory, record } = await recordOf(path.join(REPO, FIXTURE), {}, language);
  return recordHtml(record, flowGraph(inventory), {
    root: FIXTURE,
    cwd: REPO,
    version: '0.0.0-golden',
    language,
  });
}

describe.each(['fr', 'de'] as const)('the %s HTML record of the compliant fixture', (language) => {
  it('is the golden file', async () => {
    const made = await html(language);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN(language)))
      writeFileSync(GOLDEN(language), made);
    expect(made).toBe(readFileSync(GOLDEN(language), 'utf8'));
  });
});

describeInBrowser('the French and German HTML records in Chromium', () => {
  const browser = useBrowser();

  it.each(['fr', 'de'] as const)(
    '%s: shows its headings in its language, with no error and no request',
    async (language) => {
      const { t } = wordsFor(language);
      const { page, problems, requests } = await openWatched(browser(), GOLDEN(language));
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.title()).toBe(t['record.title']);
      expect(await page.locator('h1').textContent()).toBe(t['record.heading']('Exemple Logiciels SAS'));
      for (const name of [
        t['record.contents'],
        t['record.controller'],
        t['record.flows'],
        t['record.findings'],
      ])
        await expect(page.getByRole('heading', { name, exact: true }).isVisible()).resolves.toBe(true);
      // the legal terms are the regulation's own words, in the record's tables
      const basis = page.getByRole('rowheader', { name: t['field.basis'] }).first();
      expect(await basis.isVisible()).toBe(true);
      expect(await page.locator('svg.flows text.heading').allTextContents()).toEqual([
        t['flows.subject'],
        t['flows.category'],
        t['flows.purpose'],
        t['flows.recipient'],
      ]);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    },
  );
});
