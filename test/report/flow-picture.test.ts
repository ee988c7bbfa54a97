// The flow picture of a large inventory: columns beyond the limit keep their best-linked nodes and group
// the rest, and the HTML record says so under the picture.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/inventory/load.js';
import { recordHtml } from '../../src/render/report/html.js';
import { COLUMN_LIMIT, flowPicture } from '../../src/views/flow-picture.js';
import { flowGraph, type FlowGraph, type GraphNode, type NodeKind } from '../../src/views/graph.js';
import { buildRecord } from '../../src/views/record.js';
import { tempInventory, yaml } from '../helpers/inventory.js';

const node = (kind: NodeKind, id: string): GraphNode => ({ key: `${kind}:${id}`, kind, id, label: id });

describe('flowPicture', () => {
  // Four categories: c has three links, a and d two, b one
  const graph: FlowGraph = {
    nodes: [
      node('subject', 's'),
      node('category', 'a'),
      node('category', 'b'),
      node('category', 'c'),
      node('category', 'd'),
      node('purpose', 'p'),
      node('purpose', 'q'),
    ],
    edges: [
      { from: 'category:a', to: 'purpose:p' },
      { from: 'category:b', to: 'purpose:p' },
      { from: 'category:c', to: 'purpose:p' },
      { from: 'category:c', to: 'purpose:q' },
      { from: 'category:d', to: 'purpose:q' },
      { from: 'subject:s', to: 'category:a' },
      { from: 'subject:s', to: 'category:c' },
      { from: 'subject:s', to: 'category:d' },
    ],
  };

  it('leaves a graph within the limit as it is', () => {
    expect(flowPicture(graph, 4)).toEqual({ graph, grouped: [] });
  });

  it('keeps the nodes with the most links, ties in order, and groups the others with their links', () => {
    expect(flowPicture(graph, 3)).toEqual({
      graph: {
        nodes: [
          node('subject', 's'),
          node('category', 'a'),
          node('category', 'c'),
          { key: 'category:*', kind: 'category', id: '*', label: '2 other data categories' },
          node('purpose', 'p'),
          node('purpose', 'q'),
        ],
        edges: [
          { from: 'category:a', to: 'purpose:p' },
          { from: 'category:*', to: 'purpose:p' },
          { from: 'category:c', to: 'purpose:p' },
          { from: 'category:c', to: 'purpose:q' },
          { from: 'category:*', to: 'purpose:q' },
          { from: 'subject:s', to: 'category:a' },
          { from: 'subject:s', to: 'category:c' },
          { from: 'subject:s', to: 'category:*' },
        ],
      },
      grouped: [{ kind: 'category', count: 2 }],
    });
  });
});

describe('the HTML record of a large inventory', () => {
  it('draws the best-linked categories and one group for the rest, and says so', async () => {
    const count = COLUMN_LIMIT + 5;
    const id = (i: number) => `category-${String(i).padStart(2, '0')}`;
    const files: Record<string, string> = {
      'organization.yaml': yaml('organization:', '  name: Acme', '  country: FR'),
      'subjects.yaml': yaml('subjects:', '  - id: customer', '    name: Customers'),
      'purposes.yaml': yaml(
        'purposes:',
        '  - {id: orders, name: Orders, lawful_basis: contract}',
        '  - {id: support, name: Support, lawful_basis: contract}',
      ),
    };
    for (let i = 1; i <= count; i++) {
      // The last category serves both purposes: it has the most links, so it is drawn
      const purposes = i === count ? '[orders, support]' : '[orders]';
      files[`categories/${id(i)}.yaml`] = yaml(
        'category:',
        `  id: ${id(i)}`,
        `  name: Category ${i}`,
        '  subjects: [customer]',
        `  purposes: ${purposes}`,
      );
    }
    const { inventory } = await loadInventory(tempInventory(files));
    const html = recordHtml(buildRecord(inventory, [], { asOf: '2026-11-27' }), flowGraph(inventory), {
      root: '.',
      cwd: '.',
      version: '0.0.0',
    });
    expect(html).toContain(
      `to which recipients (right). A column of more than ${COLUMN_LIMIT} shows the ${COLUMN_LIMIT - 1} with the most links and groups the rest: 6 other data categories.</p>`,
    );
    const drawn = [...html.matchAll(/<g class="node category">.*?<text [^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(drawn).toEqual([
      ...Array.from({ length: COLUMN_LIMIT - 2 }, (_, i) => `Category ${i + 1}`),
      `Category ${count}`,
      '6 other data categories',
    ]);
    const report = await new HtmlValidate().validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });
});
