// The README and docs/ as a newcomer reads them: every relative link leads somewhere (the installed
// package is checked the same way by test/package.test.ts), every page is reachable from the README, and
// the README's command list names every command.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ropa, REPO } from './helpers/cli.js';
import { brokenLinks, documents, headingIds, linkTargets } from './helpers/links.js';

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

describe('the documentation', () => {
  it('has no relative link that leads nowhere (file or heading)', () => {
    expect(brokenLinks(REPO, documents(REPO))).toEqual([]);
  });

  it('links every page of docs/ from the README', () => {
    const linked = new Set(linkTargets(readme).map((target) => target.split('#')[0]));
    const pages = documents(REPO).filter((file) => file.startsWith('docs/'));
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it('keeps the README short: at most 200 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
  });

  it("lists every command of ropa --help in the README's command list, one line each", () => {
    const help = ropa(['--help']).stdout;
    const list = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
    const commands = [...list.matchAll(/^ {2}([a-z][a-z-]*) /gm)]
      .map((m) => m[1]!)
      .filter((name) => name !== 'help');
    const section = readme.slice(
      readme.indexOf('## Commands'),
      readme.indexOf('\n## ', readme.indexOf('## Commands') + 1),
    );
    const listed = [...section.matchAll(/^- `ropa ([a-z][a-z-]*)[ `]/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(5);
    expect([...listed].sort()).toEqual([...commands].sort());
  });

  it('finds headings by the ids GitHub gives them', () => {
    expect([...headingIds('# Output of `ropa lint`\n## Exit codes\n## Exit codes\n## Qui? Où!\n')]).toEqual([
      'output-of-ropa-lint',
      'exit-codes',
      'exit-codes-1',
      'qui-où',
    ]);
  });
});
