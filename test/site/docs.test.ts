// The publishing recipes of docs/site.md are meant to be copied as they are: valid YAML, and `ropa site`
// called only with options it has.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { optionFlags, REPO } from '../helpers/cli.js';

const page = readFileSync(path.join(REPO, 'docs', 'site.md'), 'utf8');
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (m) => parse(m[1]!) as Record<string, unknown>,
);

const commands = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split('\n').filter((line) => /npx ropa /.test(line))
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(commands)
      : [];

it('publishes with GitHub Pages and GitLab Pages, calling ropa site with options it has', () => {
  expect(blocks).toHaveLength(2);
  const [github, gitlab] = blocks as [{ jobs: Record<string, unknown> }, Record<string, unknown>];
  expect(JSON.stringify(github.jobs)).toContain('actions/deploy-pages@v4');
  expect(Object.keys(gitlab)).toEqual(['pages']);
  const lines = blocks.flatMap(commands).map((line) => line.trim());
  expect(lines).toEqual(['npx ropa site inventory -o site', 'npx ropa site inventory -o public']);
  const flags = optionFlags('site');
  for (const word of lines.flatMap((line) => line.split(/\s+/)).filter((w) => w.startsWith('-')))
    expect(flags).toContain(word);
});
