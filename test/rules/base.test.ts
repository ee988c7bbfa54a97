import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../src/rules/index.js';
import { notStated } from '../../src/views/stated.js';
import { lintCase } from '../helpers/rule-tester.js';

it('the base inventory of the rule tests has no finding at all', async () => {
  expect(await lintCase({ name: 'base', files: {} }, true)).toEqual([]);
});

it('every rule has an id, a source, a one-line description and documentation with an example', () => {
  for (const rule of RULES) {
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.source.length).toBeGreaterThan(0);
    expect(rule.description).not.toContain('\n');
    expect(rule.docs).toContain('**Why**');
    expect(rule.docs).toContain('**Fix**');
    expect(rule.docs).toContain('```yaml');
  }
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});

it('every rule is registered under its own id', () => {
  for (const [id, rule] of RULES_BY_ID) expect(rule.id).toBe(id);
  expect(RULES_BY_ID.size).toBe(RULES.length);
});

it('every rule with a check has a table of valid and invalid cases', () => {
  const folder = new URL('./', import.meta.url);
  const text = readdirSync(folder)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
    .join('\n');
  const missing = RULES.filter((rule) => rule.check && !text.includes(`ruleTester('${rule.id}'`)).map(
    (r) => r.id,
  );
  expect(missing).toEqual([]);
});

it('a rule id that names no rule does not compile', () => {
  // @ts-expect-error -- misspelt: the typecheck fails if this ever compiles
  const gap = notStated('lawful-basis-mising');
  expect(gap.rule).toBe('lawful-basis-mising');
});
