import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_FORMATS } from '../../src/render/rules/index.js';
import { RULES } from '../../src/rules/index.js';
import { ropa } from '../helpers/cli.js';

describe('ropa rules', () => {
  it('the committed rule reference (docs/rules.md) is what the registry generates', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed, 'regenerate with: node bin/ropa.js rules --format markdown -o docs/rules.md').toBe(
      RULES_FORMATS.markdown(RULES),
    );
  });

  it('--format markdown renders an index table with a row per rule and a section per rule', () => {
    const result = ropa(['rules', '--format', 'markdown']);
    expect(result.code).toBe(0);
    const tokens = new MarkdownIt().parse(result.stdout, {});
    const rows = tokens.filter((t) => t.type === 'tr_open').length;
    expect(rows).toBe(RULES.length + 1);
    const cellsPerRow = tokens.filter((t) => t.type === 'td_open').length / RULES.length;
    expect(cellsPerRow).toBe(4);
    const headings = tokens.filter((t, i) => t.type === 'heading_open' && t.tag === 'h3' && tokens[i + 1]);
    expect(headings.map((h) => tokens[tokens.indexOf(h) + 1]!.content)).toEqual(RULES.map((r) => r.id));
  });

  it('--format json lists every rule with its metadata', () => {
    const result = ropa(['rules', '--format', 'json']);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.version).toBe(1);
    expect(parsed.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(parsed.rules.find((r: { id: string }) => r.id === 'lawful-basis-missing')).toMatchObject({
      severity: 'error',
      group: 'lawfulness',
      source: 'Art 6(1)',
      description: 'purpose without `lawful_basis`',
    });
  });

  it('the default table names every rule with its severity', () => {
    const result = ropa(['rules']);
    expect(result.code).toBe(0);
    for (const rule of RULES) expect(result.stdout).toMatch(new RegExp(`│ ${rule.id} +│ ${rule.severity} `));
  });
});
