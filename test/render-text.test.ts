import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv, csvField } from '../src/render/csv.js';
import { markdownTable, markdownText } from '../src/render/markdown.js';
import { ropa } from './helpers/cli.js';

const AWKWARD = ['=1+2', '+33 1 23', '-5', '@SUM(A1)', '\tx', '\rx', 'a, "b"', 'line\nbreak', 'plain'];

describe('csv', () => {
  it('neutralises formulas and quotes what RFC 4180 requires', () => {
    expect(AWKWARD.map(csvField)).toEqual([
      "'=1+2",
      "'+33 1 23",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      '"a, ""b"""',
      '"line\nbreak"',
      'plain',
    ]);
  });

  it('reads back, cell for cell, through a CSV parser', () => {
    const text = csv(
      ['value'],
      AWKWARD.map((v) => [v]),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.startsWith('\uFEFFvalue\r\n')).toBe(true);
    const back = (parse(text, { bom: true }) as string[][]).slice(1).map((row) => row[0]);
    expect(back).toEqual(AWKWARD.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
  });
});

describe('markdown', () => {
  it('keeps each value in its cell, as marked reads the table', () => {
    const values = [
      'a | b',
      'two\nlines',
      '<script>x</script>',
      '*not bold* _nor_ `code`',
      'back\\slash',
      '&amp;',
    ];
    const html = marked.parse(
      markdownTable(
        ['v'],
        values.map((v) => [v]),
      ),
    ) as string;
    const table = marked
      .lexer(
        markdownTable(
          ['v'],
          values.map((v) => [v]),
        ),
      )
      .find((t) => t.type === 'table') as Tokens.Table;
    expect(table.rows.length).toBe(values.length);
    expect(table.rows.every((row) => row.length === 1)).toBe(true);
    expect(html).toContain('<td>a | b</td>');
    expect(html).toContain('<td>two<br>lines</td>');
    expect(html).toContain('<td>&lt;script&gt;x&lt;/script&gt;</td>');
    expect(html).toContain('<td>*not bold* _nor_ `code`</td>');
    expect(html).toContain('<td>back\\slash</td>');
    expect(html).toContain('<td>&amp;amp;</td>');
  });
});

describe('markdown escaping', () => {
  it('escapes only what Markdown would read as markup, and every value still shows as written', () => {
    const values = [
      'France (FR)',
      'Art 5(1)(c)',
      'Important! see {notes}',
      '# not a heading',
      '- not a list',
      '+ nor this',
      '1. nor a numbered list',
      '> not a quote',
      'a ~~strike~~ and [a link](http://x.example)',
      'C#',
      'x > y & z',
    ];
    const text = markdownTable(
      ['v'],
      values.map((v) => [v]),
    );
    expect(text).toContain('| France (FR) |');
    expect(text).toContain('| Art 5(1)(c) |');
    expect(text).toContain('| Important! see {notes} |');
    for (const document of [text, ...values.map((v) => `${markdownText(v)}\n`)]) {
      expect(marked.parse(document, { async: false })).not.toMatch(
        /<(h1|ul|ol|li|blockquote|del|em|strong)\b/,
      );
    }
    const cells = [...(marked.parse(text, { async: false }) as string).matchAll(/<td>(.*?)<\/td>/g)].map(
      // a bare URL becomes a link (GFM autolinks) whose text is the URL as written
      (m) =>
        m[1]!
          .replace(/<a href="[^"]*">|<\/a>/g, '')
          .replaceAll('&gt;', '>')
          .replaceAll('&amp;', '&')
          .replaceAll('&quot;', '"'),
    );
    expect(cells).toEqual(values);
  });

  it('leaves text with nothing to escape as it is, and escapes the rest as it always did', () => {
    // each rule of markdownText, written out: the one-pass test for plain text must agree with them
    const escapedByEachRule = (value: string): string =>
      value
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replace(/^([#+-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/#$/, '\\#')
        .replace(/\r\n|\r|\n/g, '<br>')
        // eslint-disable-next-line no-control-regex -- control characters show as escapes
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
          c === '\t'
            ? '\\t'
            : c === '\r'
              ? '\\r'
              : c === '\n'
                ? '\\n'
                : `\\${c.charCodeAt(0) <= 0xff ? 'x' : 'u'}${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
        );
    const unit = fc.constantFrom(...'ab 1.)#+-\\`*_[]|~&<>\r\n\t\u0000\u001b\u007f\u0085\u202e\u2066é€😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (value) => {
        expect(markdownText(value)).toBe(escapedByEachRule(value));
      }),
      { numRuns: 3000 },
    );
    expect(markdownText('Customers and prospects, 2 years')).toBe('Customers and prospects, 2 years');
  });
});

describe('-o', () => {
  it('writes the query result to a file', () => {
    const file = path.join(tmpdir(), `ropa-query-${process.pid}.json`);
    const result = ropa(['query', 'matrix', 'test/fixtures/query', '--format', 'json', '-o', file]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).view).toBe('matrix');
  });
});
