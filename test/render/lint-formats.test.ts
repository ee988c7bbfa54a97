import * as core from '@actions/core';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/inventory/diagnostic.js';
import type { RenderContext } from '../../src/render/context.js';
import { github } from '../../src/render/lint/github.js';
import { junit } from '../../src/render/lint/junit.js';
import { markdown } from '../../src/render/lint/markdown.js';
import { sarif } from '../../src/render/lint/sarif.js';
import { RULES, RULES_BY_ID } from '../../src/rules/index.js';

const context: RenderContext = { root: 'inv', cwd: '/work', version: '9.9.9' };

/** Values that break naive output: commas, colons, percent signs, CR/LF, pipes, markup. */
const DIAGNOSTICS: Diagnostic[] = [
  {
    rule: 'lawful-basis-missing',
    severity: 'error',
    file: 'a,b:c%d.yaml',
    path: ['purposes', 0],
    line: 2,
    column: 5,
    endLine: 3,
    endColumn: 1,
    message: 'purpose "x" has 100% no basis, see: a|b <script>alert(1)</script> & *bold* `code`',
  },
  {
    rule: 'retention-no-trigger',
    severity: 'warning',
    file: 'line\r\nbreak.yaml',
    path: [],
    line: 1,
    column: 1,
    message: 'two\nlines\r\nand a carriage\rreturn',
  },
  {
    rule: 'third-party-source',
    severity: 'note',
    file: 'categories/x.yaml',
    path: [],
    line: 4,
    column: 7,
    message: 'a note',
  },
  {
    rule: 'processor-no-contract',
    severity: 'error',
    file: 'categories/x.yaml',
    path: [],
    line: 9,
    column: 3,
    message: 'processor "p" has no contract',
    waived: { reason: 'DPA, being signed', until: '2026-12-31', approved_by: 'DPO' },
  },
];

describe('sarif', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  );
  // The schema's language pattern is not valid with the u flag, so Ajv compiles patterns without it
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    const log = JSON.parse(sarif(DIAGNOSTICS, context));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const empty = JSON.parse(sarif([], context));
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has one run whose driver describes every rule, and results that point at them', () => {
    const log = JSON.parse(sarif(DIAGNOSTICS, context));
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.markdown).toContain('**Fix**');
    }
    expect(driver.rules.find((r: { id: string }) => r.id === 'lawful-basis-missing').helpUri).toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679',
    );
    const [first, , , waived] = log.runs[0].results;
    expect(driver.rules[first.ruleIndex].id).toBe('lawful-basis-missing');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'inv/a,b:c%25d.yaml' },
      region: { startLine: 2, startColumn: 5, endLine: 3, endColumn: 1 },
    });
    expect(waived.suppressions).toEqual([
      { kind: 'inSource', justification: 'DPA, being signed; until 2026-12-31; approved by DPO' },
    ]);
  });
});

describe('github', () => {
  /** What @actions/core itself writes for an annotation with these values. */
  function actionsCore(d: Diagnostic, title: string, file: string, message: string): string {
    let written = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written += String(chunk);
      return true;
    });
    try {
      const properties = { title, file, startLine: d.line, startColumn: d.column };
      if (d.waived || d.severity === 'note') core.notice(message, properties);
      else if (d.severity === 'warning') core.warning(message, properties);
      else core.error(message, properties);
    } finally {
      spy.mockRestore();
    }
    return written;
  }

  it('escapes file names, titles and messages exactly as @actions/core does', () => {
    const lines = github(DIAGNOSTICS, context);
    const expected = DIAGNOSTICS.map((d) => {
      const source = RULES_BY_ID.get(d.rule)!.source;
      const title = `${d.rule} (${source})${d.waived ? ' [waived]' : ''}`;
      const message = d.waived ? `${d.message} [waived: ${d.waived.reason}]` : d.message;
      return actionsCore(d, title, `inv/${d.file}`, message);
    }).join('');
    expect(lines).toBe(expected);
    expect(lines.split('\n')).toHaveLength(DIAGNOSTICS.length + 1);
    expect(lines).toContain(
      'file=inv/a%2Cb%3Ac%25d.yaml,line=2,col=5::purpose "x" has 100%25 no basis, see: a|b',
    );
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: 'text' });

  it('parses as XML with one testcase per rule and file, failures for errors and warnings', () => {
    const doc = parser.parse(junit(DIAGNOSTICS, context));
    const suite = doc.testsuites.testsuite;
    const cases = suite.testcase as {
      classname: string;
      name: string;
      failure?: { type: string; message: string; text: string };
      skipped?: { message: string };
      'system-out'?: string;
    }[];
    expect(cases).toHaveLength(RULES.length + 0);
    expect(suite.tests).toBe(String(cases.length));
    expect(suite.failures).toBe('2');
    expect(suite.skipped).toBe('1');
    const failing = cases.find((c) => c.name === 'lawful-basis-missing')!;
    expect(failing.classname).toBe('inv/a,b:c%d.yaml');
    expect(failing.failure!.type).toBe('error');
    expect(failing.failure!.text).toBe(`inv/a,b:c%d.yaml:2:5 error ${DIAGNOSTICS[0]!.message}`);
    expect(cases.find((c) => c.name === 'processor-no-contract')!.skipped!.message).toBe(
      'waived: DPA, being signed',
    );
    expect(cases.find((c) => c.name === 'third-party-source')!['system-out']).toBe(
      'inv/categories/x.yaml:4:7 note a note',
    );
    expect(cases.find((c) => c.name === 'schema')).toEqual({ classname: 'ropa', name: 'schema' });
  });
});

describe('markdown', () => {
  // GitHub renders inline HTML such as <br> in tables; so does markdown-it with html on
  const md = new MarkdownIt({ html: true });

  it('renders as one table row per finding, four cells each, values intact', () => {
    const tokens = md.parse(markdown(DIAGNOSTICS, context), {});
    const rows: string[][] = [];
    let row: string[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'tr_open') row = [];
      if (token.type === 'tr_close') rows.push(row!);
      if ((token.type === 'td_open' || token.type === 'th_open') && row) {
        const inline = tokens[i + 1]!;
        row.push(
          (inline.children ?? [])
            .map((child) => (child.type === 'html_inline' && child.content === '<br>' ? '\n' : child.content))
            .join(''),
        );
      }
    }
    expect(rows).toHaveLength(DIAGNOSTICS.length + 1);
    expect(rows[0]).toEqual(['Severity', 'Location', 'Finding', 'Rule']);
    for (const cells of rows) expect(cells).toHaveLength(4);
    expect(rows[1]).toEqual([
      'error',
      'inv/a,b:c%d.yaml:2:5',
      DIAGNOSTICS[0]!.message,
      'lawful-basis-missing',
    ]);
    expect(rows[2]![2]).toBe('two\nlines\nand a carriage\nreturn');
    expect(rows[4]).toEqual([
      'waived',
      'inv/categories/x.yaml:9:3',
      'processor "p" has no contract (waived: DPA, being signed)',
      'processor-no-contract',
    ]);
    expect(md.render(markdown(DIAGNOSTICS, context))).not.toContain('<script>');
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([], context)).toBe(
      '## ropa lint: inv\n\n**0 errors, 0 warnings, 0 notes**\n\nNo findings.\n',
    );
  });
});
