// `ropa site` on the example inventory, read by real consumers: html-validate on every page, Chromium
// driven as a user would (search, filters, links both ways, the flow picture, keyboard) with no console
// error and no request outside the site, and axe-core for accessibility.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, openWatched, useBrowser } from '../helpers/browser.js';
import { ropa } from '../helpers/cli.js';

const out = mkdtempSync(path.join(tmpdir(), 'ropa-site-'));

function site(dir: string, name: string, ...options: string[]): string {
  const folder = path.join(out, name);
  const result = ropa(['site', dir, '-o', folder, ...options]);
  const written = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(path.join(folder, f)).isFile(),
  );
  expect(result).toEqual({
    stdout: '',
    stderr: `Wrote ${written.length} files to ${folder}: open ${folder}/index.html\n`,
    code: 0,
  });
  return folder;
}

function pages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(folder, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** The example with Atlassian's missing transfer tool accepted by a waiver. */
function waivedExample(): string {
  const dir = path.join(out, 'waived-inventory');
  cpSync('inventory', dir, { recursive: true });
  const recipients = path.join(dir, 'recipients.yaml');
  writeFileSync(
    recipients,
    readFileSync(recipients, 'utf8').replace(
      '    countries: [AU, US]\n',
      '    countries: [AU, US]\n    waivers:\n      - rule: transfer-no-mechanism\n        reason: SCCs under signature\n        until: 2099-12-31\n        approved_by: DPO\n',
    ),
  );
  return dir;
}

let example: string;
let hostile: string;
let waived: string;
let french: string;
let german: string;
beforeAll(() => {
  french = site('inventory', 'french', '--lang', 'fr');
  german = site('inventory', 'german', '--lang', 'de');
  example = site('inventory', 'example');
  hostile = site('test/fixtures/report', 'hostile');
  waived = site(waivedExample(), 'waived');
});

describe('the files', () => {
  it('has a page per entity, the lists, the record as ropa report writes it, and its own assets', () => {
    const files = readdirSync(example, { recursive: true, encoding: 'utf8' }).sort();
    expect(files.filter((f) => !f.includes('/') && !statSync(path.join(example, f)).isDirectory())).toEqual([
      '.ropa-site',
      'activities.html',
      'categories.html',
      'findings.html',
      'flows.html',
      'index.html',
      'recipients.html',
      'record.html',
      'subjects.html',
      'transfers.html',
    ]);
    expect(files.filter((f) => f.startsWith('assets/'))).toEqual([
      'assets/search.js',
      'assets/site.css',
      'assets/site.js',
    ]);
    const count = (folder: string) => files.filter((f) => f.startsWith(`${folder}/`)).length;
    expect([
      count('activity'),
      count('category'),
      count('recipient'),
      count('subject'),
      count('system'),
    ]).toEqual([16, 14, 10, 5, 4]);
    // the record to print, exactly as ropa report writes it
    const record = readFileSync(path.join(example, 'record.html'), 'utf8');
    expect(record).toBe(ropa(['report', 'inventory', '--format', 'html']).stdout);
  });

  it('says on stderr how many files it wrote and which page to open, the folder escaped', () => {
    const folder = path.join(out, 'said');
    expect(ropa(['site', 'inventory', '-o', folder])).toEqual({
      stdout: '',
      stderr: `Wrote 62 files to ${folder}: open ${folder}/index.html\n`,
      code: 0,
    });
    const bidi = path.join(out, 'said\u202ets');
    const shown = path.join(out, 'said\\u202ets');
    expect(ropa(['site', 'inventory', '-o', bidi])).toEqual({
      stdout: '',
      stderr: `Wrote 62 files to ${shown}: open ${shown}/index.html\n`,
      code: 0,
    });
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate();
    for (const folder of [example, hostile, waived, french, german]) {
      const problems: string[] = [];
      for (const file of pages(folder)) {
        const report = await validator.validateFile(file);
        for (const m of report.results.flatMap((r) => r.messages))
          problems.push(`${path.relative(folder, file)}:${m.line}: ${m.ruleId}: ${m.message}`);
      }
      expect(problems).toEqual([]);
    }
  });

  it("shows a waived finding in place on its entity's page, muted with its waiver", () => {
    const page = readFileSync(path.join(waived, 'recipient/atlassian.html'), 'utf8');
    expect(page).toContain(
      '<span class="gap waived">not stated <code>[transfer-no-mechanism]</code>, waived: SCCs under signature</span>',
    );
    expect(page).toContain('<span class="severity waived">error (waived)</span>');
    // and the recipients list marks it as having a waived finding
    const list = readFileSync(path.join(waived, 'recipients.html'), 'utf8');
    expect(
      [...list.matchAll(/<tr[^>]*data-f-waived="yes"[^>]*><td><a [^>]*>([^<]*)</g)].map((m) => m[1]),
    ).toEqual(['Atlassian']);
  });

  it("speaks the language of --lang: its own words and the record's, and the record to print in it", () => {
    const read = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');
    expect(read(french, 'index.html')).toContain('<html lang="fr">');
    expect(read(french, 'index.html')).toContain(
      '<h1>Registre des activités de traitement — Alkaes Consulting</h1>',
    );
    expect(read(french, 'transfers.html')).toContain('<option value="outside">hors EEE</option>');
    expect(read(french, 'recipient/atlassian.html')).toContain(
      '<span class="gap">non renseigné <code>[transfer-no-mechanism]</code></span>',
    );
    expect(read(german, 'index.html')).toContain('<html lang="de">');
    expect(read(german, 'transfers.html')).toContain('<option value="outside">außerhalb des EWR</option>');
    expect(read(german, 'findings.html')).toContain('<option value="error">Fehler</option>');
    expect(read(french, 'record.html')).toBe(
      ropa(['report', 'inventory', '--lang', 'fr', '--format', 'html']).stdout,
    );
  });

  it("shows the controller on the home page in the record's words of --lang, gaps included", () => {
    const controller = (folder: string) => {
      const home = readFileSync(path.join(folder, 'index.html'), 'utf8');
      const table = /<section aria-labelledby="controller">[^]*?<\/section>/.exec(home)![0];
      return [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(.*?)<\/td><\/tr>/g)].map(
        ([, label, value]) => `${label}: ${value.replace(/<[^>]*>/g, '')}`,
      );
    };
    const withoutMeasures = (lines: string[]) => lines.filter((l) => !/^(Mesures|Technische)/.test(l));
    expect(withoutMeasures(controller(french))).toEqual([
      'Nom: Alkaes Consulting',
      'Qualité: responsable du traitement',
      'Pays: France (FR)',
      'Adresse: non renseigné [controller-contact-missing]',
      'Courriel: non renseigné [controller-contact-missing]',
      'Délégué à la protection des données: non renseigné [dpo-missing]',
      'Autorité de contrôle: CNIL (Commission nationale de l&#39;informatique et des libertés)',
      'Exercice des droits: Contacts page of the website',
      'Dernière mise à jour: non renseigné [record-stale]',
    ]);
    expect(withoutMeasures(controller(german))).toEqual([
      'Name: Alkaes Consulting',
      'Rolle: Verantwortlicher',
      'Land: Frankreich (FR)',
      'Anschrift: nicht angegeben [controller-contact-missing]',
      'E-Mail: nicht angegeben [controller-contact-missing]',
      'Datenschutzbeauftragter: nicht angegeben [dpo-missing]',
      'Aufsichtsbehörde: CNIL (Commission nationale de l&#39;informatique et des libertés)',
      'Wahrnehmung der Betroffenenrechte: Contacts page of the website',
      'Letzte Überprüfung: nicht angegeben [record-stale]',
    ]);
    expect(controller(french)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Mesures de sécurité techniques et organisationnelles: Physical/),
      ]),
    );
    expect(controller(german)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Technische und organisatorische Maßnahmen: Physical/)]),
    );
    const english = controller(example).map((line) => line.split(':')[0]);
    expect(english).toContain('Supervisory authority');
    for (const folder of [french, german]) {
      const labels = controller(folder).map((line) => line.split(':')[0]);
      // German says "Name" as English does; no other English label may stand in for the language's own
      expect(labels.filter((label) => english.includes(label) && label !== 'Name')).toEqual([]);
      expect(controller(folder).join('\n')).not.toMatch(/not stated|none stated/);
    }
    const withoutOrganization = path.join(out, 'no-organization');
    cpSync('inventory', withoutOrganization, { recursive: true });
    rmSync(path.join(withoutOrganization, 'organization.yaml'));
    expect(controller(site(withoutOrganization, 'no-organization-fr', '--lang', 'fr'))).toEqual([
      'Responsable du traitement: non renseigné [organization-missing]',
    ]);
    expect(controller(site(withoutOrganization, 'no-organization-de', '--lang', 'de'))).toEqual([
      'Verantwortlicher: nicht angegeben [organization-missing]',
    ]);
  });

  it('escapes every value: markup in names is text, in pages and in the search index', () => {
    const home = readFileSync(path.join(hostile, 'index.html'), 'utf8');
    expect(home).toContain('Shop &#60;script&#62;alert(1)&#60;/script&#62; &#38; Co');
    expect(home).not.toContain('<script>alert');
    const index = readFileSync(path.join(hostile, 'assets/search.js'), 'utf8');
    expect(index).not.toMatch(/<\/?(script|b)>/i);
    expect(index).toContain('Browsing \\u003cb>history\\u003c/b>');
  });
  it('shows controls, bidirectional overrides and noncharacters in the search index as the pages do', () => {
    const dir = path.join(out, 'bidi-inventory');
    cpSync('inventory', dir, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(path.join(dir, file), text.replace(from, to));
    };
    edit('recipients.yaml', '    name: Atlassian\n', '    name: "Atlas\\u202Esian"\n');
    edit('categories/identification.yaml', '    - surname\n', '    - "sur\\x9bname\\uFFFE"\n');
    const folder = site(dir, 'bidi');
    const script = readFileSync(path.join(folder, 'assets/search.js'), 'utf8');
    // eslint-disable-next-line no-control-regex -- the point of the check
    expect(script).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe]/);
    const index = JSON.parse(script.replace(/^window\.ROPA_SEARCH=/, '').replace(/;\n$/, '')) as string[][];
    expect(
      index
        .filter(([kind]) => kind === 'recipient' || kind === 'data' || kind === 'country')
        .filter(([, name, detail]) => /Atlas|sur/.test(`${name} ${detail}`)),
    ).toEqual([
      ['recipient', 'Atlas\\u202esian', 'atlassian', 'recipient/atlassian.html'],
      [
        'data',
        'sur\\x9bname\uFFFD',
        'Identification and contact information',
        'category/identification.html',
      ],
      ['country', 'Australia (AU)', 'Atlas\\u202esian', 'transfers.html#country=AU'],
      [
        'country',
        'United States of America (US)',
        'Atlas\\u202esian, Google (Google Analytics)',
        'transfers.html#country=US',
      ],
    ]);
    expect(readFileSync(path.join(folder, 'recipient/atlassian.html'), 'utf8')).toContain(
      '<h1>Atlas\\u202esian <span',
    );
  });
});

describeInBrowser('in Chromium', () => {
  const browser = useBrowser();
  const inSite = (folder: string) => (url: string) => url.startsWith(`file://${folder}/`);

  async function open(folder: string, page: string) {
    return openWatched(browser(), path.join(folder, page), inSite(folder));
  }

  const visibleRows = (page: Page) => page.locator('#list tbody tr:not([hidden])').allInnerTexts();

  it('searches "Atlassian", groups the results by kind, and reaches its page by keyboard', async () => {
    const { page, problems, requests } = await open(example, 'index.html');
    await page.locator('#q').fill('Atlassian');
    expect(await page.locator('#results h2').allInnerTexts()).toEqual([
      'Recipients (1)',
      'Countries (2)',
      'Findings (3)',
    ]);
    expect(await page.locator('#result-count').innerText()).toBe('6 results');
    expect(page.url()).toBe(`file://${example}/index.html#q=Atlassian`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Atlassian');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Australia (AU)');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(`file://${example}/recipient/atlassian.html`);
    expect(await page.locator('h1').innerText()).toBe('Atlassian atlassian');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('searches from any page through the query string, and by data item, country and finding', async () => {
    const { page, problems, requests } = await open(example, 'activity/customer-support.html');
    await page.locator('#quick-q').fill('fax number');
    await page.locator('#quick-q').press('Enter');
    await page.waitForURL(/index\.html\?q=fax\+number/);
    expect(await page.locator('#results li').allInnerTexts()).toEqual(['fax number Faxes']);
    await page.locator('#q').fill('united states');
    expect(await page.locator('#results h2').allInnerTexts()).toEqual(['Countries (1)', 'Findings (2)']);
    await page.locator('#q').fill('zzz-nothing');
    expect(await page.locator('#result-count').innerText()).toBe('No result.');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('filters the transfers to outside the EEA, keeps the filter in the URL, and restores it from the URL', async () => {
    const { page, problems, requests } = await open(example, 'transfers.html');
    expect(await visibleRows(page)).toHaveLength(9);
    await page.locator('#f-eea').selectOption('outside');
    expect(page.url()).toBe(`file://${example}/transfers.html#eea=outside`);
    expect(await visibleRows(page)).toEqual([
      'Atlassian\tAustralia (AU)\toutside the EEA\tnot stated [transfer-no-mechanism]\tCustomer support',
      'Atlassian\tUnited States of America (US)\toutside the EEA\tnot stated [transfer-no-mechanism]\tCustomer support',
      'Google (Google Analytics)\tUnited States of America (US)\toutside the EEA\tnot stated [transfer-no-mechanism]\tAudience measurement with Google Analytics',
    ]);
    expect(await page.locator('#count').innerText()).toBe('Showing 3 of 9');
    await page.locator('#f-country').selectOption('AU');
    expect(page.url()).toBe(`file://${example}/transfers.html#eea=outside&country=AU`);
    expect(await visibleRows(page)).toHaveLength(1);
    // a shared link opens on the same view
    const shared = await open(example, 'transfers.html');
    await shared.page.goto(`file://${example}/transfers.html#eea=outside&country=US`);
    expect((await visibleRows(shared.page)).map((r) => r.split('\t')[0])).toEqual([
      'Atlassian',
      'Google (Google Analytics)',
    ]);
    expect(await shared.page.locator('#f-eea').inputValue()).toBe('outside');
    await shared.page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => visibleRows(shared.page)).toHaveLength(9);
    expect(shared.page.url()).toBe(`file://${example}/transfers.html`);
    // the home page's count of waived findings leads to them
    const findings = await open(waived, 'index.html');
    await findings.page.getByRole('link', { name: '1 waived' }).click();
    await findings.page.waitForURL(`file://${waived}/findings.html#waived=yes`);
    expect((await visibleRows(findings.page)).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual([
      'transfer-no-mechanism error (waived)',
    ]);
    expect([...problems, ...shared.problems, ...findings.problems]).toEqual([]);
    expect([...requests, ...shared.requests, ...findings.requests]).toEqual([]);
    await findings.page.close();
    await shared.page.close();
    await page.close();
  });

  it('follows links activity -> category -> recipient and back', async () => {
    const { page, problems, requests } = await open(example, 'activity/customer-support.html');
    expect(await page.locator('h1').innerText()).toBe('Customer support customer-support');
    await page
      .locator('#categories + h3 a, section:has(#categories) h3 a', { hasText: 'Configuration data' })
      .click();
    await page.waitForURL(`file://${example}/category/configuration.html`);
    await page.getByRole('link', { name: 'Atlassian', exact: true }).first().click();
    await page.waitForURL(`file://${example}/recipient/atlassian.html`);
    // the recipient lists what it receives, for which activity: links back to both
    const receives = page.locator('section:has(#receives) tbody tr');
    expect(await receives.allInnerTexts()).toEqual(['Configuration data\tCustomer support\t']);
    expect(await page.locator('section:has(#transfers) tbody tr').allInnerTexts()).toEqual([
      'Australia (AU)\toutside the EEA\tnot stated [transfer-no-mechanism]\tCustomer support',
      'United States of America (US)\toutside the EEA\tnot stated [transfer-no-mechanism]\tCustomer support',
    ]);
    expect(await page.locator('section:has(#findings-here) tbody tr td:first-child').allInnerTexts()).toEqual(
      ['recipient-role-missing', 'transfer-no-mechanism'],
    );
    await receives.getByRole('link', { name: 'Configuration data' }).click();
    await page.waitForURL(`file://${example}/category/configuration.html`);
    await page.goBack();
    await page.locator('section:has(#receives)').getByRole('link', { name: 'Customer support' }).click();
    await page.waitForURL(`file://${example}/activity/customer-support.html`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('highlights the paths of a focused node in the flow picture, and clicking it narrows the activities', async () => {
    const { page, problems, requests } = await open(example, 'flows.html');
    const svg = page.locator('svg.flows');
    expect(await svg.locator('a.node.recipient.outside').allTextContents()).toEqual([
      'Atlassian',
      'Google (Google Analytics)',
    ]);
    await svg.locator('a.node[data-key="recipient:paypal"]').focus();
    expect(await svg.getAttribute('class')).toBe('flows lit');
    expect(await svg.locator('a.node.on').allTextContents()).toContain('Processing of orders and payments');
    expect(await svg.locator('a.node.on', { hasText: 'Atlassian' }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(`file://${example}/activities.html#recipient=paypal`);
    expect((await visibleRows(page)).map((r) => r.split('\t')[0])).toEqual([
      'Processing of orders and payments',
      'Disclosure in a joint venture, sale or merger',
    ]);
    expect(await page.locator('#f-recipient').inputValue()).toBe('paypal');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows markup in names as text and runs nothing from the inventory', async () => {
    const { page, problems, requests } = await open(hostile, 'index.html');
    expect(await page.locator('h1').innerText()).toBe(
      'Record of processing activities — Shop <script>alert(1)</script> & Co',
    );
    await page.locator('#q').fill('history');
    expect(await page.locator('#results a').first().innerText()).toBe('Browsing <b>history</b>');
    expect(await page.locator('#results b').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violation on any kind of page', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const checked = [
      'index.html',
      'activities.html',
      'categories.html',
      'recipients.html',
      'subjects.html',
      'transfers.html',
      'findings.html',
      'flows.html',
      'activity/customer-support.html',
      'category/identification.html',
      'recipient/atlassian.html',
      'subject/customer.html',
      'system/email-server.html',
    ];
    const violations: string[] = [];
    for (const file of checked) {
      const { page, problems, requests } = await open(example, file);
      if (file === 'index.html') await page.locator('#q').fill('Atlassian');
      await page.addScriptTag({ content: axe });
      const result = (await page.evaluate(
        `axe.run(document, { resultTypes: ['violations'], preload: false })`,
      )) as {
        violations: { id: string; impact: string; nodes: unknown[] }[];
      };
      for (const v of result.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          violations.push(`${file}: ${v.id} (${v.impact}, ${v.nodes.length})`);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
    expect(violations).toEqual([]);
  }, 120_000);

  it('reaches every control by keyboard with a visible focus ring', async () => {
    const { page } = await open(example, 'transfers.html');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    const ring = () =>
      page.evaluate(
        '(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()',
      );
    expect(await ring()).toBe('solid 3px');
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate<string>("document.activeElement?.id || document.activeElement?.tagName || ''"),
      );
    }
    expect([...reached]).toEqual(expect.arrayContaining(['quick-q', 'f-eea', 'f-country', 'f-role', 'A']));
    await page.locator('#f-eea').focus();
    expect(await ring()).toBe('solid 3px');
    await page.close();
  });

  it('prints an entity page without navigation, search or filters', async () => {
    const { page } = await open(example, 'activities.html');
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).display`);
    expect([await display('header.site'), await display('form.filters'), await display('#list')]).toEqual([
      'none',
      'none',
      'table',
    ]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
