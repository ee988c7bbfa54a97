import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { Finding } from './diagnostic.js';
import type { Path } from './model.js';
import { closest, didYouMean } from './did-you-mean.js';
import { parseDuration } from './duration.js';
import { quote } from './quote.js';
import { PACKAGE_ROOT } from '../package-root.js';
import compiled from './schema-validator.generated.js';

export const SCHEMA_URL = new URL('schema/inventory.schema.json', PACKAGE_ROOT);

/** The schema compiled at build time (schema/compile.mjs): no Ajv compilation at start-up. */
const validate = compiled as { (data: unknown): boolean; errors?: ErrorObject[] | null };

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
}
type Schema = SchemaNode & { definitions: Record<string, SchemaNode> };

let schemaJson: Schema | undefined;
/** The schema itself, read only when a file has errors, to name what an error is about. */
function schemaDocument(): Schema {
  schemaJson ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Schema;
  return schemaJson;
}

/** What an error is about: the schema that applies at its instance path, the definition it comes from
 * ("country", "purpose"), and the offending value. The schema has no combinators, so walking the
 * instance path through properties, items and $ref finds exactly the schema Ajv reported from. */
interface ErrorSubject {
  readonly parentSchema: SchemaNode | undefined;
  readonly definition: string | undefined;
  readonly data: unknown;
}

const own = (object: unknown, key: string | number): boolean =>
  object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key);

function subjectOf(schema: Schema, value: unknown, path: Path): ErrorSubject {
  const follow = (node: SchemaNode | undefined): [SchemaNode | undefined, string | undefined] => {
    let definition: string | undefined;
    while (node?.$ref) {
      definition = node.$ref.replace('#/definitions/', '');
      node = own(schema.definitions, definition) ? schema.definitions[definition] : undefined;
    }
    return [node, definition];
  };
  let node: SchemaNode | undefined = schema;
  let data = value;
  for (const segment of path) {
    node = follow(node)[0];
    data = own(data, segment) ? (data as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') node = node?.items;
    else node = own(node?.properties, segment) ? node!.properties![segment] : undefined;
  }
  const [parentSchema, definition] = follow(node);
  return { parentSchema, definition, data };
}

/** Schema findings for one parsed file; empty when the file is valid. */
export function validateFile(name: string, value: unknown): Finding[] {
  if (validate(value)) return [];
  const schema = schemaDocument();
  return (validate.errors ?? []).map((error) =>
    toFinding(name, error, subjectOf(schema, value, pointerToPath(error.instancePath))),
  );
}

/** JSON pointer to path: "/purposes/2/lawful_basis" -> ["purposes", 2, "lawful_basis"]. */
export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** Schema definitions named after what they describe, as messages name them ("unknown key ... in purpose"). */
const NAMED_DEFINITIONS: ReadonlySet<string> = new Set([
  'organization',
  'subject',
  'purpose',
  'recipient',
  'system',
  'category',
  'waiver',
]);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number',
  };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

function toFinding(file: string, error: ErrorObject, subject: ErrorSubject): Finding {
  const path = pointerToPath(error.instancePath);
  const key = path.length > 0 ? path[path.length - 1] : undefined;
  const field = typeof key === 'string' ? quote(key) : 'value';
  const { definition, parentSchema, data } = subject;
  const at = (message: string, where: Path = path, onKey = false): Finding => ({
    rule: 'schema',
    file,
    path: where,
    message,
    ...(onKey ? { key: true } : {}),
  });

  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parentSchema?.properties ?? {});
      const owner = definition && NAMED_DEFINITIONS.has(definition) ? ` in ${definition}` : '';
      const meant = closest(extra, allowed);
      const finding = at(
        `unknown key ${quote(extra)}${owner}${didYouMean(extra, allowed)}`,
        [...path, extra],
        true,
      );
      return meant === undefined ? finding : { ...finding, meant };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const owner = definition && NAMED_DEFINITIONS.has(definition) ? definition : 'mapping';
      return at(`${owner} is missing the required key "${missing}"`);
    }
    case 'type':
      return at(`${field} must be ${typeName(error.params.type)}, not ${describeValue(data)}`);
    case 'enum': {
      if (definition === 'country') {
        return at(`${describeValue(data)} is not an ISO 3166-1 alpha-2 country code (e.g. FR, DE, US, GB)`);
      }
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return at(
        `${describeValue(data)} is not allowed for ${field}; expected one of: ${allowed.join(', ')}` +
          (typeof data === 'string' ? didYouMean(data, allowed) : ''),
      );
    }
    case 'pattern': {
      const shown = describeValue(data);
      if (definition === 'id' || parentSchema?.required?.[0] === 'to')
        return at(
          `${shown} is not a valid id: use kebab-case (lowercase letters and digits, single hyphens)`,
        );
      if (definition === 'date') {
        const shape = typeof data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data);
        return at(shape ? `${shown} is not a day that exists` : `${shown} is not a date: use YYYY-MM-DD`);
      }
      // well formed, without leading zeros: then only a part beyond the schema's bound refuses it
      if (
        definition?.startsWith('duration') &&
        parseDuration(String(data)) &&
        !/(^|\D)0\d/.test(String(data))
      )
        return at(
          `${shown} is too long: each part of a duration is at most 1,000 years (P1000Y, 9999 months or weeks, 99999 days)`,
        );
      if (definition === 'duration') return at(`${shown} is not an ISO 8601 duration (e.g. P10Y, P3M, P10D)`);
      if (definition === 'durationOrIndefinite')
        return at(`${shown} is not an ISO 8601 duration (e.g. P10Y, P3M, P10D) or "indefinite"`);
      return at(`${shown} does not match ${String(error.params.pattern)}`);
    }
    case 'minLength':
      return at(`${field} must not be empty`);
    case 'minProperties':
      return at(
        'the file is an empty mapping; expected organization, subjects, purposes, recipients, systems, category or categories',
      );
    case 'uniqueItems':
      return at(`${field} lists the same value twice`);
    case 'minimum':
      return at(`${field} must be at least ${String(error.params.limit)}`);
    default:
      return at(`${field} ${error.message ?? 'is invalid'}`);
  }
}
