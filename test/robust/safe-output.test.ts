// Reports are opened by people who trust them: values from the inventory must never run as code in a
// browser, as a formula in a spreadsheet, or as markup in Markdown.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { describeInBrowser, useBrowser } from '../helpers/browser.js';
import { ropa } from '../helpers/cli.js';
import { tempInventory, yaml } from '../helpers/inventory.js';

const SCRIPT = '<script>window.__ran = 1</script>';
const IMAGE = '<img src=x onerror="window.__ran = 2">';
const ATTRIBUTE = '" onmouseover="window.__ran = 3" x="';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

const dir = tempInventory({
  'organization.yaml': yaml('organization:', `  name: ${JSON.stringify(`Shop ${SCRIPT}`)}`, '  country: FR'),
  'subjects.yaml': yaml('subjects:', '  - id: customer', `    name: ${JSON.stringify(`Customers ${IMAGE}`)}`),
  'purposes.yaml': yaml(
    'purposes:',
    '  - id: billing',
    `    name: ${JSON.stringify(`Billing ${ATTRIBUTE} | pipe`)}`,
    '    lawful_basis: contract',
    `    description: ${JSON.stringify(`${FORMULA} and ${SCRIPT}`)}`,
  ),
  'recipients.yaml': yaml(
    'recipients:',
    '  - id: bank',
    `    name: ${JSON.stringify(FORMULA)}`,
    '    country: FR',
  ),
  'categories/c.yaml': yaml(
    'category:',
    '  id: c',
    `  name: ${JSON.stringify(`+cmd|' /C calc'!A0 ${IMAGE}`)}`,
    `  data: [${JSON.stringify(`@SUM(1+1) ${SCRIPT}`)}, "-2+3"]`,
    '  subjects: [customer]',
    '  purposes: [billing]',
    '  recipients: [bank]',
    '  retention:',
    '    - duration: P1Y',
    `      from: ${JSON.stringify(`\tcollection ${IMAGE}`)}`,
  ),
});
const out = mkdtempSync(path.join(tmpdir(), 'ropa-safe-'));

function write(command: string, format: string, lang = 'en'): string {
  const file = path.join(out, `${command}-${lang}.${format}`);
  const language = lang === 'en' ? [] : ['--lang', lang];
  const result = ropa([command, dir, '--format', format, ...language, '-o', file]);
  expect(result.stderr).toBe('');
  return file;
}

describe('hostile values in the inventory', () => {
  describeInBrowser('in a real browser', () => {
    const browser = useBrowser();

    it.each([
      ['report', 'en'],
      ['retention', 'en'],
      ['notice', 'en'],
      ['subprocessors', 'en'],
      ['report', 'fr'],
      ['retention', 'de'],
      ['notice', 'de'],
    ])('run nothing in the %s HTML (%s)', async (command, lang) => {
      const page = await browser().newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`file://${write(command, 'html', lang)}`);
      await page.mouse.move(10, 10);
      await page.mouse.move(400, 300);
      expect(await page.evaluate(() => (globalThis as { __ran?: number }).__ran)).toBeUndefined();
      expect(await page.locator('script, [onerror], [onmouseover], img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      // the values are shown, as text
      expect(await page.textContent('body')).toContain(IMAGE);
      await page.close();
    });

    it('run nothing on any page of the site, nor in its search', async () => {
      const site = path.join(out, 'site');
      expect(ropa(['site', dir, '-o', site])).toEqual({
        stdout: '',
        stderr: expect.stringMatching(/^Wrote \d+ files to .+: open .+\/index\.html\n$/),
        code: 0,
      });
      const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.html'),
      );
      expect(pages.length).toBeGreaterThan(8);
      const page = await browser().newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const file of pages) {
        await page.goto(`file://${path.join(site, file)}`);
        await page.mouse.move(10, 10);
        await page.mouse.move(400, 300);
        if (file === 'index.html') await page.locator('#q').fill('o');
        expect(await page.evaluate(() => (globalThis as { __ran?: number }).__ran), file).toBeUndefined();
        // the site's own scripts, and nothing else that could run
        expect(await page.locator('script:not([src]), [onerror], [onmouseover], img').count(), file).toBe(0);
        expect(
          await page
            .locator('script')
            .evaluateAll((list) => list.map((s) => s.getAttribute('src')!.split('/').pop())),
        ).toEqual(
          file === 'index.html' ? ['search.js', 'site.js'] : file === 'record.html' ? [] : ['site.js'],
        );
      }
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });

  it.each([['report'], ['subprocessors']])('neutralise formulas in the %s CSV', (command) => {
    const rows = parseCsv(readFileSync(write(command, 'csv'), 'utf8').replace(/^\uFEFF/, '')) as string[][];
    const cells = rows.flat();
    expect(cells.some((cell) => cell.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('hold no formula in XLSX', () => {
    const book = XLSX.read(readFileSync(write('report', 'xlsx')));
    let texts = 0;
    for (const name of book.SheetNames) {
      for (const [ref, cell] of Object.entries(book.Sheets[name]!)) {
        if (ref.startsWith('!')) continue;
        expect((cell as XLSX.CellObject).f, `${name}!${ref}`).toBeUndefined();
        if (String((cell as XLSX.CellObject).v).includes('HYPERLINK')) texts++;
      }
    }
    expect(texts).toBeGreaterThan(0);
  });

  it.each([['report'], ['notice'], ['subprocessors']])(
    'keep %s Markdown tables whole and render no HTML',
    (command) => {
      const text = readFileSync(write(command, 'markdown'), 'utf8');
      const tokens = marked.lexer(text);
      const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
      expect(tokens.filter((t) => t.type === 'html')).toEqual([]);
      expect(marked.parse(text)).not.toMatch(/<(script|img)\b/);
    },
  );
});
