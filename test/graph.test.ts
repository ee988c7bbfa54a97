import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { marked, type Tokens } from 'marked';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './helpers/browser.js';
import { version } from '../src/version.js';
import { ropa, REPO } from './helpers/cli.js';
import { tempInventory, yaml } from './helpers/inventory.js';

const FIXTURE = 'test/fixtures/query';

function graph(args: string[]): string {
  const result = ropa(['graph', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('ropa graph on the fixture', () => {
  it('json: subjects -> categories -> purposes -> recipients, narrowed disclosures followed', () => {
    const data = JSON.parse(graph([FIXTURE, '--format', 'json'])) as {
      version: number;
      tool: unknown;
      edges: { from: string; to: string }[];
    };
    // Like every JSON output of ropa: the format version and the tool first
    expect(Object.keys(data)).toEqual(['version', 'tool', 'nodes', 'edges']);
    expect([data.version, data.tool]).toEqual([1, { name: 'ropa', version }]);
    expect(data.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual([
      'category:contact -> purpose:newsletter',
      'category:contact -> purpose:sales',
      'category:fraud-signals -> purpose:fraud',
      'category:fraud-signals -> purpose:stats',
      'category:payroll -> purpose:payroll',
      'purpose:fraud -> recipient:agency',
      'purpose:newsletter -> recipient:mailer',
      'purpose:newsletter -> recipient:team',
      'purpose:payroll -> recipient:bank',
      'purpose:payroll -> recipient:tax-office',
      'purpose:payroll -> recipient:team',
      'purpose:sales -> recipient:support-desk',
      'purpose:sales -> recipient:team',
      'purpose:stats -> recipient:agency',
      'purpose:stats -> recipient:analytics',
      'subject:customer -> category:contact',
      'subject:customer -> category:fraud-signals',
      'subject:employee -> category:payroll',
    ]);
  });

  it('mermaid, filtered by recipient: the whole output', () => {
    expect(graph([FIXTURE, '--recipient', 'mailer'])).toBe(
      [
        'flowchart LR',
        '  subgraph subjects["Data subjects"]',
        '    subject_customer["Customers"]',
        '  end',
        '  subgraph categories["Data categories"]',
        '    category_contact["Contact details"]',
        '  end',
        '  subgraph purposes["Purposes"]',
        '    purpose_newsletter["Newsletter"]',
        '  end',
        '  subgraph recipients["Recipients"]',
        '    recipient_mailer["Mailer Inc."]',
        '  end',
        '  category_contact --> purpose_newsletter',
        '  purpose_newsletter --> recipient_mailer',
        '  subject_customer --> category_contact',
        '  classDef subject fill:#e8f0fe,stroke:#5f6368',
        '  class subject_customer subject',
        '  classDef category fill:#fef7e0,stroke:#5f6368',
        '  class category_contact category',
        '  classDef purpose fill:#e6f4ea,stroke:#5f6368',
        '  class purpose_newsletter purpose',
        '  classDef recipient fill:#fce8e6,stroke:#5f6368',
        '  class recipient_mailer recipient',
        '',
      ].join('\n'),
    );
  });

  it('dot, filtered by category: the whole output', () => {
    expect(graph([FIXTURE, '--category', 'payroll', '--format', 'dot'])).toBe(
      [
        'digraph flows {',
        '  rankdir=LR;',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
        '  subgraph "cluster_subject" {',
        '    label="Data subjects";',
        '    "subject:employee" [label="Employees", fillcolor="#e8f0fe"];',
        '  }',
        '  subgraph "cluster_category" {',
        '    label="Data categories";',
        '    "category:payroll" [label="Payroll | HR records", fillcolor="#fef7e0"];',
        '  }',
        '  subgraph "cluster_purpose" {',
        '    label="Purposes";',
        '    "purpose:payroll" [label="Payroll", fillcolor="#e6f4ea"];',
        '  }',
        '  subgraph "cluster_recipient" {',
        '    label="Recipients";',
        '    "recipient:bank" [label="Bank [CH]", fillcolor="#fce8e6"];',
        '    "recipient:tax-office" [label="Tax office", fillcolor="#fce8e6"];',
        '    "recipient:team" [label="Shop team", fillcolor="#fce8e6"];',
        '  }',
        '  "category:payroll" -> "purpose:payroll";',
        '  "purpose:payroll" -> "recipient:bank";',
        '  "purpose:payroll" -> "recipient:tax-office";',
        '  "purpose:payroll" -> "recipient:team";',
        '  "subject:employee" -> "category:payroll";',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('both filters keep the paths through both', () => {
    const data = JSON.parse(
      graph([FIXTURE, '--format', 'json', '--recipient', 'agency', '--category', 'fraud-signals']),
    ) as { nodes: { key: string }[] };
    expect(data.nodes.map((n) => n.key)).toEqual([
      'subject:customer',
      'category:fraud-signals',
      'purpose:fraud',
      'purpose:stats',
      'recipient:agency',
    ]);
  });

  it('an unknown filter id exits 2 with the closest id', () => {
    expect(ropa(['graph', FIXTURE, '--recipient', 'mailr'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ropa: unknown recipient "mailr" (did you mean "mailer"?)\n',
    });
  });
});

describe('Graphviz renders the DOT output', () => {
  // Graphviz itself, built for WebAssembly: no system package needed. A DOT syntax error throws.
  let graphviz: Graphviz;
  beforeAll(async () => {
    graphviz = await Graphviz.load();
  });

  const cases = [
    ['the fixture', [FIXTURE]],
    ['the example inventory', ['inventory']],
    ['a filtered graph', ['inventory', '--recipient', 'atlassian']],
  ] as const;
  for (const [name, args] of cases) {
    it(name, () => {
      const svg = graphviz.dot(graph([...args, '--format', 'dot']), 'svg');
      expect(svg).toMatch(/<svg[\s>]/);
      expect(svg).not.toMatch(/<script/i);
    });
  }

  it('shows quotes and markup in labels as text', () => {
    const svg = graphviz.dot(graph([FIXTURE, '--format', 'dot']), 'svg');
    expect(svg).toContain('Fraud &quot;prevention&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Bank [CH]');
  });
});

describeInBrowser('Mermaid renders the Mermaid output in a browser', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser().newPage();
    // No network: the page is blank and mermaid comes from node_modules
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: `${REPO}node_modules/mermaid/dist/mermaid.min.js` });
    await page.evaluate('mermaid.initialize({ startOnLoad: false })');
  });

  /** Parses and renders `text`; returns the SVG's text and whether it holds a script element. */
  async function render(text: string) {
    // Browser code as a string: the test project is typed for Node, without the DOM library
    return page.evaluate<{ svg: boolean; scripts: number; nodes: number; text: string }>(`(async () => {
      const source = ${JSON.stringify(text)};
      await mermaid.parse(source);
      const { svg } = await mermaid.render('graph' + document.querySelectorAll('svg').length, source);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      document.body.append(holder);
      return {
        svg: holder.querySelector('svg') !== null,
        scripts: holder.querySelectorAll('script').length,
        nodes: holder.querySelectorAll('g.node').length,
        text: holder.textContent,
      };
    })()`);
  }

  it('the fixture, with quotes and markup in labels shown as text', async () => {
    const result = await render(graph([FIXTURE]));
    expect(result).toMatchObject({ svg: true, scripts: 0, nodes: 17 });
    expect(result.text).toContain('Fraud "prevention" <script>alert(1)</script>');
    expect(result.text).toContain('Payroll | HR records');
    expect(result.text).toContain('Bank [CH]');
  });

  it('the example inventory, whole and filtered', async () => {
    const whole = await render(graph(['inventory']));
    expect(whole).toMatchObject({ svg: true, scripts: 0 });
    const nodes = (JSON.parse(graph(['inventory', '--format', 'json'])) as { nodes: unknown[] }).nodes.length;
    expect(whole.nodes).toBe(nodes);
    const part = await render(graph(['inventory', '--category', 'identification']));
    expect(part).toMatchObject({ svg: true, scripts: 0 });
  });

  it('the block docs/queries-and-graphs.md shows is the output, fenced as GitHub Markdown reads it', async () => {
    // The page documents the exact Markdown to paste: a fenced block tagged `mermaid` holding the output
    const readme = readFileSync(path.join(REPO, 'docs', 'queries-and-graphs.md'), 'utf8');
    const documented =
      /`ropa graph inventory --recipient paypal --category payment`[^`]*````markdown\n([\s\S]*?)````/.exec(
        readme,
      );
    expect(documented, 'the page shows the Markdown block').not.toBeNull();
    const markdown = documented![1]!;
    const output = graph(['inventory', '--recipient', 'paypal', '--category', 'payment']);
    expect(markdown).toBe(`\`\`\`mermaid\n${output}\`\`\`\n`);
    const tokens = marked.lexer(`# Data flows\n\n${markdown}`);
    const code = tokens.find((t) => t.type === 'code') as Tokens.Code;
    expect(code.lang).toBe('mermaid');
    expect(`${code.text}\n`).toBe(output);
    expect(await render(code.text)).toMatchObject({ svg: true, scripts: 0, nodes: 5 });
  });

  it('ids that are Mermaid keywords or edge markers stay node ids', async () => {
    const ids = ['end', 'graph', 'subgraph', 'class', 'click', 'style', 'default', 'o', 'x', 'end-x'];
    const dir = tempInventory({
      'organization.yaml': yaml('organization:', '  name: Org', '  country: FR'),
      'subjects.yaml': yaml('subjects:', ...ids.flatMap((id) => [`  - id: ${id}`, `    name: S ${id}`])),
      'purposes.yaml': yaml(
        'purposes:',
        ...ids.flatMap((id) => [`  - id: ${id}`, `    name: P ${id}`, '    lawful_basis: contract']),
      ),
      'recipients.yaml': yaml(
        'recipients:',
        ...ids.flatMap((id) => [
          `  - id: ${id}`,
          `    name: R ${id}`,
          '    role: processor',
          '    country: FR',
        ]),
      ),
      ...Object.fromEntries(
        ids.map((id) => [
          `categories/${id}.yaml`,
          yaml(
            'category:',
            `  id: ${id}`,
            `  name: C ${id}`,
            '  data: [a]',
            `  subjects: [${id}]`,
            `  purposes: [${id}]`,
            `  recipients: [${id}]`,
          ),
        ]),
      ),
    });
    const result = await render(graph([dir]));
    expect(result).toMatchObject({ svg: true, scripts: 0, nodes: ids.length * 4 });
  });

  it('a parse error would be reported (the check can fail)', async () => {
    await expect(render('flowchart LR\n  a["unclosed --> b')).rejects.toThrow();
  });
});
