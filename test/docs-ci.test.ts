// The CI workflows of docs/ci.md (linked from the README) are meant to be copied as they are: they must be
// valid YAML and call ropa only with options that its commands have.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { optionFlags, ropa, REPO } from './helpers/cli.js';

const page = readFileSync(path.join(REPO, 'docs', 'ci.md'), 'utf8');
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Every `npx ropa ...` command line in the workflows' steps and scripts. */
function ropaCommands(value: unknown): string[] {
  if (typeof value === 'string') return value.split('\n').filter((line) => /npx ropa /.test(line));
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(ropaCommands);
  return [];
}

describe('the CI workflows of docs/ci.md', () => {
  const parsed = blocks.map((text) => parse(text) as Record<string, unknown>);

  it('are a GitHub Actions workflow and a GitLab CI file', () => {
    expect(parsed).toHaveLength(2);
    const [github, gitlab] = parsed as [Record<string, Record<string, unknown>>, Record<string, unknown>];
    expect(Object.keys(github.jobs!)).toEqual(['lint', 'diff']);
    expect(JSON.stringify(github)).toContain('github/codeql-action/upload-sarif@v3');
    expect(Object.keys(gitlab)).toEqual(['ropa-lint', 'ropa-diff']);
  });

  const commands = parsed.flatMap(ropaCommands);
  it('call ropa lint and ropa diff', () => {
    expect(commands.map((line) => line.trim().split(/\s+/)[2])).toEqual(['lint', 'diff', 'lint', 'diff']);
  });

  it.each(commands)('uses only options the command has: %s', (line) => {
    const words = line
      .trim()
      .match(/"[^"]*"|\S+/g)!
      .slice(2);
    const flags = optionFlags(words[0]!);
    expect(flags).toContain('--format');
    for (const word of words.filter((w) => w.startsWith('-'))) expect(flags).toContain(word);
    if (words[0] === 'diff') {
      const help = ropa(['diff', '--help']).stdout;
      const format = words[words.indexOf('--format') + 1]!;
      expect(help).toContain(`"${format}"`);
    }
  });
});
