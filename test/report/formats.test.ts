// Each output format read back by a real consumer: a browser and an HTML validator, a spreadsheet
// reader, a strict CSV parser, a JSON Schema validator and a Markdown renderer.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { HtmlValidate } from 'html-validate';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { describeInBrowser, openWatched, useBrowser } from '../helpers/browser.js';
import * as XLSX from 'xlsx';
import { REPO, ropa } from '../helpers/cli.js';

const FIXTURE = 'test/fixtures/report';
const out = mkdtempSync(path.join(tmpdir(), 'ropa-report-'));

function report(format: string, dir = FIXTURE, command = 'report'): string {
  const file = path.join(out, `${command}-${path.basename(dir)}.${format}`);
  const result = ropa([command, dir, '--format', format, '-o', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return file;
}

const ACTIVITIES = ['Order handling', '=HYPERLINK("http://evil.example")', 'Audience measurement'];

describe('html', () => {
  it('passes html-validate', async () => {
    for (const dir of [FIXTURE, 'inventory']) {
      const report_ = await new HtmlValidate().validateFile(report('html', dir));
      expect(report_.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
    const retention = await new HtmlValidate().validateFile(report('html', FIXTURE, 'retention'));
    expect(retention.valid).toBe(true);
  });

  describeInBrowser('in Chromium', () => {
    const browser = useBrowser();

    it('opens with no error and no request, shows every activity and the flows, and prints', async () => {
      const file = report('html');
      const { page, problems, requests } = await openWatched(browser(), file);
      for (const name of ACTIVITIES) {
        await expect(page.getByRole('heading', { name, exact: false }).first().isVisible()).resolves.toBe(
          true,
        );
      }
      // the injected markup is shown as text, not run or parsed
      expect(await page.title()).toBe('Record of processing activities');
      expect(await page.locator('h1').textContent()).toBe(
        'Record of processing activities — Shop <script>alert(1)</script> & Co',
      );
      expect(await page.locator('script').count()).toBe(0);
      const svg = page.locator('svg.flows');
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('path.link').count()).toBeGreaterThan(5);
      expect(await svg.locator('text', { hasText: 'Browsing <b>history</b>' }).count()).toBe(1);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    });
  });
});

describeInBrowser('the flow picture', () => {
  const browser = useBrowser();

  it('writes every label in full, inside its own lane, where no band runs (the example, in Chromium)', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 1200 } });
    await page.goto(`file://${report('html', 'inventory')}`);
    const problems = await page.evaluate(`(() => {
      const svg = document.querySelector('svg.flows');
      const width = svg.viewBox.baseVal.width;
      const out = [];
      for (const g of svg.querySelectorAll('g.node')) {
        const text = g.querySelector('text');
        const rects = g.querySelectorAll('rect');
        const bar = rects[rects.length - 1].getBBox();
        const box = text.getBBox();
        const name = text.textContent;
        if (name !== rects[rects.length - 1].textContent) out.push('cut: ' + name);
        if (g.classList.contains('subject')) {
          if (box.x < 0 || box.x + box.width > bar.x) out.push('out of lane: ' + name);
        } else if (g.classList.contains('recipient')) {
          if (box.x < bar.x + bar.width || box.x + box.width > width) out.push('out of lane: ' + name);
        } else {
          const lane = rects[0].getBBox();
          if (box.x < bar.x + bar.width || box.x + box.width > lane.x + lane.width) out.push('out of lane: ' + name);
        }
      }
      return out;
    })()`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('xlsx', () => {
  it('reads back in SheetJS with the five sheets and one activity row per activity x category', () => {
    const book = XLSX.read(readFileSync(report('xlsx')));
    expect(book.SheetNames).toEqual([
      'Controller',
      'Activities',
      'Retention',
      'Recipients and transfers',
      'Findings',
    ]);
    const activities = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Activities!);
    expect(activities.map((r) => [r['Activity id'], r['Data category']])).toEqual([
      ['orders', 'Contact details'],
      ['orders', 'Payment data'],
      ['newsletter', 'Contact details'],
      ['analytics', 'Browsing <b>history</b>'],
    ]);
    // a value that looks like a formula stays text
    expect(activities[2]!['Purpose of processing']).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(book.Sheets.Activities!.C4!.f).toBeUndefined();
    expect(activities[2]!['Safeguards for transfers']).toBe(
      'Mailer Inc → United States of America (US): not stated [transfer-no-mechanism]',
    );
    const retention = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Retention!);
    expect(retention.map((r) => r['Limit'])).toEqual(['indefinite', '10 years', '3 years']);
    const recipients = XLSX.utils.sheet_to_json<Record<string, string>>(
      book.Sheets['Recipients and transfers']!,
    );
    expect(recipients.map((r) => r['Recipient'])).toEqual(['Staff', 'Carrier', 'Mailer Inc']);
    expect(book.Sheets.Activities!['!autofilter']).toBeDefined();
  });

  it('is refused without -o', () => {
    const result = ropa(['report', FIXTURE, '--format', 'xlsx']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: --format xlsx writes a binary workbook: name the file with -o FILE\n',
    });
  });
});

describe('csv', () => {
  it('parses with csv-parse in strict mode: a BOM, a header and one row per activity x category', () => {
    const text = readFileSync(report('csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parseCsv(text, { bom: true });
    expect(rows).toHaveLength(5);
    expect(rows[0]!.slice(0, 3)).toEqual(['Activity id', 'Business function', 'Purpose of processing']);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(rows[3]![2]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows[4]![15]).toBe('not stated [lawful-basis-missing]');
  });

  it('gives the retention schedule, longest first, with its gaps', () => {
    const result = ropa(['retention', FIXTURE, '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '\uFEFF' +
        [
          'Data category,Data subjects,Purposes,Limit,Runs from,Minimum,Criteria,At the end,Legal reference,Gap',
          'Browsing <b>history</b>,"Visitors | ""web""",Audience measurement,indefinite,,,,,,retention-unbounded',
          'Payment data,Customers,Order handling,10 years,end of financial year,,,archive,"Code de commerce, art. L123-22",',
          'Contact details,Customers,"Order handling, =HYPERLINK(""http://evil.example"")",3 years,end of contract,,,delete,,',
          '',
        ].join('\r\n'),
    );
  });
});

describe('json', () => {
  const schema = JSON.parse(readFileSync(path.join(REPO, 'schema/report.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('validates against schema/report.schema.json, for the record and the schedule', () => {
    for (const [command, dir] of [
      ['report', FIXTURE],
      ['report', 'inventory'],
      // per-country transfer tools and a DPIA screening
      ['report', 'test/fixtures/eea/de'],
      ['retention', 'inventory'],
    ] as const) {
      const value = JSON.parse(readFileSync(report('json', dir, command), 'utf8'));
      validate(value);
      expect(validate.errors ?? []).toEqual([]);
      expect(value.kind).toBe(command === 'report' ? 'record' : 'retention');
    }
  });

  it('fails the schema when a gap marker is malformed (the schema can fail)', () => {
    const value = JSON.parse(readFileSync(report('json'), 'utf8'));
    value.activities[2].lawful_basis = { not_stated: 'yes' };
    expect(validate(value)).toBe(false);
  });
});

describe('markdown', () => {
  it('renders with marked: tables intact, markup escaped', () => {
    const text = readFileSync(report('markdown'), 'utf8');
    const tokens = marked.lexer(text);
    const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
    // controller, then per activity its table and one per category (2 + 1 + 1), then the findings by rule
    expect(tables.length).toBe(1 + 3 + 4 + 1);
    const findings = tables.pop()!;
    expect(tables.every((t) => t.header.length === 2 && t.rows.every((r) => r.length === 2))).toBe(true);
    expect(findings.header.map((cell) => cell.text)).toEqual([
      'Rule',
      'Severity',
      'Count',
      'Source',
      'What it flags',
    ]);
    expect(findings.rows.every((r) => r.length === 5)).toBe(true);
    const html = marked.parse(text, { async: false });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Shop &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.text);
    expect(headings).toContain('2. =HYPERLINK("http://evil.example")');
    // parentheses are not markup: no backslash before them
    expect(text).toContain('| Country | France (FR) |');
    // a rule's field names are code, not escaped backticks
    expect(html).toContain('<td>purpose without <code>lawful_basis</code></td>');
    expect(html).not.toContain('`');
  });
});

describe('determinism', () => {
  it('gives identical bytes on two runs, in every format', async () => {
    for (const format of ['table', 'markdown', 'html', 'csv', 'json', 'xlsx']) {
      const first = readFileSync(report(format));
      await new Promise((resolve) => setTimeout(resolve, format === 'xlsx' ? 2100 : 0)); // past the zip's 2 s clock
      const second = readFileSync(report(format));
      expect(first.equals(second), format).toBe(true);
    }
  });
});
