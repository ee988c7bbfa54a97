// The model's types (src/inventory/model.ts) are written by hand beside the schema that the loader
// enforces. This test reads both, the types through the TypeScript checker, and fails when they
// disagree: a key one has and the other lacks, a key required in one and optional in the other, a list
// of allowed values that differs. Nested mappings, lists of them and `$ref`s are followed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

const schema = JSON.parse(readFileSync(path.join(REPO, 'schema/inventory.schema.json'), 'utf8')) as Schema & {
  definitions: Record<string, Schema>;
};
const MODEL = path.join(REPO, 'src/inventory/model.ts');
const program = ts.createProgram([MODEL], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(MODEL)!;

function resolve(node: Schema): Schema {
  return node.$ref ? resolve(schema.definitions[node.$ref.replace('#/definitions/', '')]!) : node;
}

function modelType(name: string): ts.Type {
  const symbol = checker
    .getExportsOfModule(checker.getSymbolAtLocation(source)!)
    .find((s) => s.name === name);
  if (!symbol) throw new Error(`no type ${name} in model.ts`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

/** The differences between a schema node and a type, as "path: what" lines. */
function differences(node: Schema, type: ts.Type, at: string): string[] {
  const shape = resolve(node);
  const out: string[] = [];
  const types = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & ts.TypeFlags.Undefined));
  if (shape.enum && shape.enum.every((v) => typeof v === 'string')) {
    const literals = types.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
    // a plain `string` in the model accepts any of them; a union of literals must be the same list
    if (literals.length > 0 && [...literals].sort().join() !== [...(shape.enum as string[])].sort().join())
      out.push(`${at}: values ${literals.join('|')} in the model, ${shape.enum.join('|')} in the schema`);
    return out;
  }
  if (shape.properties) {
    const object = types.find((t) => (t.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(t));
    if (!object) return [`${at}: a mapping in the schema, not in the model`];
    const own = object.getProperties().filter((p) => p.name !== 'loc');
    for (const p of own) if (!(p.name in shape.properties)) out.push(`${at}.${p.name}: in the model only`);
    for (const [key, child] of Object.entries(shape.properties)) {
      const property = own.find((p) => p.name === key);
      if (!property) {
        out.push(`${at}.${key}: in the schema only`);
        continue;
      }
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === (shape.required ?? []).includes(key))
        out.push(`${at}.${key}: ${optional ? 'optional' : 'required'} in the model only`);
      out.push(...differences(child, checker.getTypeOfSymbol(property), `${at}.${key}`));
    }
    return out;
  }
  const items = shape.items ?? shape.oneOf?.find((s) => resolve(s).items)?.items;
  const array = types.find((t) => checker.isArrayType(t));
  if (items && array) {
    const element = checker.getTypeArguments(array as ts.TypeReference)[0]!;
    const variants = resolve(items).oneOf ?? resolve(items).anyOf ?? [items];
    for (const variant of variants.filter((v) => resolve(v).properties))
      out.push(...differences(variant, element, `${at}[]`));
  }
  return out;
}

describe('the model types and the schema', () => {
  it.each([
    ['Organization', 'organization'],
    ['Subject', 'subject'],
    ['Purpose', 'purpose'],
    ['Recipient', 'recipient'],
    ['System', 'system'],
    ['Category', 'category'],
    ['Waiver', 'waiver'],
  ])("%s has the keys, required keys and values of the schema's %s", (type, definition) => {
    expect(differences(schema.definitions[definition]!, modelType(type), definition)).toEqual([]);
  });

  it('notices a difference', () => {
    const changed: Schema = {
      properties: { name: { type: 'string' }, extra: { type: 'string' } },
      required: [],
    };
    expect(differences(changed, modelType('Subject'), 'subject')).toEqual([
      'subject.id: in the model only',
      'subject.minors: in the model only',
      'subject.vulnerable: in the model only',
      'subject.taxonomy: in the model only',
      'subject.description: in the model only',
      'subject.notes: in the model only',
      'subject.reviewed: in the model only',
      'subject.waivers: in the model only',
      'subject.name: required in the model only',
      'subject.extra: in the schema only',
    ]);
  });
});
