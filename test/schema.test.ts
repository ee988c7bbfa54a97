// The published JSON Schema: complete help for editors, and countries from the ISO 3166-1 data file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import countries from '../src/reference/countries.json' with { type: 'json' };
import { REPO } from './helpers/cli.js';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean;
  type?: string | string[];
  definitions?: Record<string, SchemaNode>;
  enum?: string[];
}

const schema = JSON.parse(
  readFileSync(path.join(REPO, 'schema/inventory.schema.json'), 'utf8'),
) as SchemaNode;

/** Every object schema with properties, with the path that leads to it. */
function* objects(node: SchemaNode, at: string): Generator<[string, SchemaNode]> {
  if (node.properties) yield [at, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* objects(child, `${at}.${key}`);
  if (node.items) yield* objects(node.items, `${at}[]`);
  for (const [key, child] of Object.entries(node.definitions ?? {})) yield* objects(child, `#${key}`);
}

describe('schema/inventory.schema.json', () => {
  it('closes every mapping and describes every property', () => {
    const undocumented: string[] = [];
    for (const [at, node] of objects(schema, '')) {
      expect(node.additionalProperties, at).toBe(false);
      for (const [key, property] of Object.entries(node.properties!)) {
        if (!property.description && !('$ref' in property)) undocumented.push(`${at}.${key}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('takes its countries from the ISO 3166-1 alpha-2 data file', () => {
    const codes = Object.keys(countries.countries).sort();
    expect(codes).toHaveLength(249);
    expect(schema.definitions!.country!.enum).toEqual(codes);
    expect(codes).toEqual(expect.arrayContaining(['FR', 'GB', 'GR', 'US', 'IN']));
    expect(codes).not.toContain('UK');
    expect(codes).not.toContain('EL');
  });
});
