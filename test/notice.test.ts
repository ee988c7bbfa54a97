// `ropa notice`: the Art 13/14 notice of the example company and of a hostile inventory, read back by
// the consumers of each format (html-validate and Chromium, markdown-it, the JSON Schema), and
// `--against` on a copy of the seed privacy policy.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatched } from './helpers/browser.js';
import { ropa } from './helpers/cli.js';
import { outputValidator } from './helpers/output-schema.js';

const HOSTILE = 'test/fixtures/report';
const SEED = 'test/fixtures/notice/privacy-policy.txt';
const out = mkdtempSync(path.join(tmpdir(), 'ropa-notice-'));

function notice(format: string, dir = 'inventory', ...args: string[]): string {
  const file = path.join(out, `notice-${path.basename(dir)}-${args.join('-')}.${format}`);
  const result = ropa(['notice', dir, '--format', format, '-o', file, ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('the notice of the example company (markdown)', () => {
  const text = notice('markdown');

  it('has each Art 13/14 part, in order', () => {
    const headings = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Who we are and how to reach us',
      'Whose data, and which data',
      'Why we use it, and on which legal basis',
      'Who receives your data',
      'Transfers outside the European Economic Area',
      'Your rights',
      'Automated decisions',
    ]);
    expect([...text.matchAll(/^### (.*)$/gm)].slice(0, 5).map((m) => m[1])).toEqual([
      'Customers',
      'Prospects',
      'Website visitors',
      'Registered users of the sites',
      'People who contact us',
    ]);
  });

  it('marks each gap in place with the rule that reports it', () => {
    expect(text).toContain('| Postal address | not stated \\[controller-contact-missing\\] |');
    expect(text).toContain('| Data protection officer | not stated \\[dpo-missing\\] |');
    expect(text).toContain('| Atlassian | Australia (AU) | not stated \\[transfer-no-mechanism\\] |');
    expect(text).toContain('| Must you give the data? | not stated \\[provision-requirement-missing\\] |');
    expect(text).toContain(
      '| Payment data | online payment information, bank account number, bank agency code, amount paid | from you: Given when paying online through our shopping cart, electronic invoices or other means, or by paying into our bank account. | Processing of orders and payments, Disclosure in a joint venture, sale or merger | indefinite, no upper limit \\[retention-unbounded\\] |',
    );
    // a minimum with criteria is still no upper limit: the notice says what retention-unbounded says
    expect(text).toContain('at least 3 years, criteria: Kept according to the way they were collected');
    expect(text).toMatch(/at least 3 years, criteria: [^|]*, no upper limit \\\[retention-unbounded\\\] \|/);
  });

  it('names the recipients, their countries, and the rights with the authority to complain to', () => {
    expect(text).toContain(
      '| Google (Google Analytics) | not stated \\[recipient-role-missing\\] | United States of America (US) | Google Analytics cookies and statistics | Audience measurement with Google Analytics |',
    );
    expect(text).not.toContain('| Alkaes Consulting staff |'); // the controller's own staff are not recipients
    expect(text).toContain('- Right to withdraw consent at any time (Art 7(3))');
    expect(text).toContain(
      "Our lead supervisory authority: CNIL (Commission nationale de l'informatique et des libertés).",
    );
    expect(text).toContain('To exercise your rights: Contacts page of the website.');
  });

  it('renders with markdown-it: every table intact, no raw markup', () => {
    const md = new MarkdownIt();
    const tokens = md.parse(text, {});
    const tables = tokens.filter((t) => t.type === 'table_open').length;
    // controller, 5 audiences, 16 purposes, recipients, transfers
    expect(tables).toBe(1 + 5 + 16 + 1 + 1);
    expect(md.render(text)).not.toContain('&lt;');
    const html = md.render(notice('markdown', HOSTILE));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Shop &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('<h3>Visitors | &quot;web&quot;</h3>');
  });
});

describe('--subject', () => {
  it('keeps only what concerns that kind of person', () => {
    const value = JSON.parse(notice('json', 'inventory', '--subject', 'prospect'));
    expect(value.subject).toEqual({ id: 'prospect', name: 'Prospects' });
    expect(value.audiences.map((a: { subject: { id: string } }) => a.subject.id)).toEqual(['prospect']);
    expect(value.recipients.map((r: { name: string }) => r.name)).toEqual([
      'The public',
      'New business partners or owners',
    ]);
    expect(
      value.purposes.every((p: { subjects: { id: string }[] }) =>
        p.subjects.every((s) => s.id === 'prospect'),
      ),
    ).toBe(true);
    expect(value.transfers).toEqual([]);
  });

  it('refuses an unknown subject in one line, with the closest id', () => {
    expect(ropa(['notice', 'inventory', '--subject', 'custmer'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: unknown subject "custmer" (did you mean "customer"?)\n',
    });
  });
});

describe('json', () => {
  const validate = outputValidator('notice');

  it('matches schema/notice.schema.json, for everyone, one subject, and a hostile inventory', () => {
    for (const [dir, args] of [
      ['inventory', []],
      ['inventory', ['--subject', 'customer']],
      [HOSTILE, []],
    ] as const) {
      validate(JSON.parse(notice('json', dir, ...args)));
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('keeps values as written and gaps as objects; the schema can fail', () => {
    const value = JSON.parse(notice('json', HOSTILE));
    expect(value.controller.name).toBe('Shop <script>alert(1)</script> & Co');
    expect(value.purposes[0].provision).toEqual({
      requirement: { not_stated: true, rule: 'provision-requirement-missing' },
      obliged: { not_stated: true, rule: 'provision-requirement-missing' },
      consequences: { not_stated: true, rule: 'provision-requirement-missing' },
    });
    value.purposes[0].lawful_basis = { not_stated: 'yes' };
    expect(validate(value)).toBe(false);
  });
});

describe('html', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes html-validate', async () => {
    for (const dir of ['inventory', HOSTILE]) {
      const report = await new HtmlValidate().validateString(notice('html', dir));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it('shows its headings and gaps in Chromium, with no script, no request and no error, and prints', async () => {
    const file = path.join(out, 'example.html');
    writeFileSync(file, notice('html'));
    const { page, problems, requests } = await openWatched(browser, file);
    expect(await page.locator('h1').innerText()).toBe('Privacy notice — Alkaes Consulting');
    for (const name of [
      'Who we are and how to reach us',
      'Customers',
      'Commercial prospecting',
      'Your rights',
    ]) {
      await expect(page.getByRole('heading', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    const transfers = await page.locator('#transfers').innerText();
    expect(transfers).toContain('Atlassian\tAustralia (AU)\tnot stated [transfer-no-mechanism]');
    // the three missing tools are marked as gaps; the sentence about unknown countries is not one
    expect(await page.locator('#transfers .gap').count()).toBe(3);
    const gap = page.locator('#controller .gap').first();
    expect(await gap.innerText()).toBe('not stated [controller-contact-missing]');
    expect(await page.locator('script').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows markup in values as text', async () => {
    const file = path.join(out, 'hostile.html');
    writeFileSync(file, notice('html', HOSTILE));
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    expect(await page.locator('h1').innerText()).toBe('Privacy notice — Shop <script>alert(1)</script> & Co');
    expect(await page.locator('script, b').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Visitors | "web"' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('--against a published notice', () => {
  it('flags in the seed policy what a DPO would: countries, transfers and retention periods', () => {
    const result = ropa(['notice', 'inventory', '--against', SEED, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const value = JSON.parse(result.stdout);
    outputValidator('notice')(value);
    expect(value.file).toBe(SEED);
    expect(
      value.findings.map((f: { article: string; message: string }) => `${f.article} ${f.message}`),
    ).toEqual([
      '13(1)(f) "Atlassian" processes the data in Australia, outside the EEA, and the notice does not mention Australia',
      '13(1)(f) "Atlassian" processes the data in United States of America, outside the EEA, and the notice does not mention United States of America',
      '13(1)(f) "Google (Google Analytics)" processes the data in United States of America, outside the EEA, and the notice does not mention United States of America',
      '13(1)(f) the inventory has 3 transfers outside the EEA and the notice says nothing of transfers outside the EEA',
      '13(2)(a) no retention period for "Identification and contact information" (Customers): the inventory gives no upper limit [retention-unbounded]',
      '13(2)(a) no retention period for "Accounting data (quotations and billing)" (Customers): the inventory gives no upper limit [retention-unbounded]',
      '13(2)(a) no retention period for "Payment data" (Customers): the inventory gives no upper limit [retention-unbounded]',
      '13(2)(a) no retention period for "Configuration data" (Customers): the inventory gives no upper limit [retention-unbounded]',
      '13(2)(a) no retention period for "Google Analytics cookies and statistics" (Website visitors): the inventory states none [retention-missing], and a notice cannot',
      '13(2)(a) no retention period for "Online support requests" (Registered users of the sites): the inventory states none [retention-missing], and a notice cannot',
      '13(2)(a) no retention period for "Login cookies" (Registered users of the sites): the inventory states none [retention-missing], and a notice cannot',
      '13(2)(a) no retention period for "Content added by users" (Registered users of the sites): the inventory states none [retention-missing], and a notice cannot',
      '13(2)(a) no retention period for "E-mails" (People who contact us): the inventory gives no upper limit [retention-unbounded]',
      '13(2)(a) no retention period for "Telephone call records" (People who contact us): the inventory states none [retention-missing], and a notice cannot',
    ]);
  });

  it('finds nothing missing in the notice ropa writes for a complete inventory, in HTML or Markdown', () => {
    for (const format of ['html', 'markdown']) {
      const file = path.join(out, `compliant.${format === 'html' ? 'html' : 'md'}`);
      writeFileSync(file, notice(format, 'test/fixtures/compliant'));
      expect(ropa(['notice', 'test/fixtures/compliant', '--against', file])).toEqual({
        code: 0,
        stdout: `# ${file.replaceAll('_', '\\_')} against the inventory: 0 findings\n\nThe published notice names everything the inventory says.\n`,
        stderr: '',
      });
    }
  });

  it('reads HTML by its visible words: tags, entities and accents do not hide a name', () => {
    const file = path.join(out, 'published.html');
    writeFileSync(
      file,
      [
        '<!DOCTYPE html><html><body><h1>Privacy</h1>',
        '<p>Orders go to <b>Carrier</b>; mails to Mailer&nbsp;Inc in the United&#32;States, outside the EEA.</p>',
        '<p>Contact details: 3&nbsp;years. Payment data: ten years.</p>',
        '<!-- Right of access -->',
        '<p>You may ask for access, rectification, erasure, restriction, portability, or withdraw consent,',
        'and lodge a complaint with a supervisory authority.</p></body></html>',
      ].join('\n'),
    );
    const result = ropa(['notice', HOSTILE, '--against', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `# ${file.replaceAll('_', '\\_')} against the inventory: 1 finding`,
        '',
        '| Article | Finding | Check |',
        '|---|---|---|',
        '| Art 13(2)(a) | no retention period for "Browsing &lt;b&gt;history&lt;/b&gt;" (Visitors \\| "web"): the inventory gives no upper limit \\[retention-unbounded\\] | retention-not-stated |',
        '',
      ].join('\n'),
    );
  });

  it('reads Markdown as words, and says which period of whose data a text leaves out', () => {
    const file = path.join(out, 'published.md');
    writeFileSync(
      file,
      '# Privacy\n\n**Carrier** and *Mailer Inc* (USA: outside the EEA). Payment data: 10 years.\n\n' +
        'Access, rectification, erasure, restriction, portability, withdrawal; complaint to a supervisory authority.\n',
    );
    const value = JSON.parse(ropa(['notice', HOSTILE, '--against', file, '--format', 'json']).stdout);
    expect(value.findings.map((f: { check: string; message: string }) => `${f.check}: ${f.message}`)).toEqual(
      [
        'retention-not-stated: the retention period of "Contact details" (Customers: 3 years) is not stated',
        'retention-not-stated: no retention period for "Browsing <b>history</b>" (Visitors | "web"): the inventory gives no upper limit [retention-unbounded]',
      ],
    );
  });

  it('refuses a missing file, a folder, html output, and -o over the file it reads', () => {
    expect(ropa(['notice', 'inventory', '--against', 'no-such.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: no-such.txt: the published notice not found\n',
    });
    expect(ropa(['notice', 'inventory', '--against', 'test'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: test: the published notice is not a regular file\n',
    });
    expect(ropa(['notice', 'inventory', '--against', SEED, '--format', 'html']).stderr).toBe(
      'ropa: --against writes its findings as markdown or json, not html\n',
    );
    expect(ropa(['notice', 'inventory', '--against', SEED, '-o', SEED])).toEqual({
      code: 2,
      stdout: '',
      stderr: `ropa: ${SEED}: refusing to overwrite a file this run reads\n`,
    });
  });
});
