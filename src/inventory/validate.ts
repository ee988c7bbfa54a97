import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Finding } from './diagnostic.js';
import type { Path } from './model.js';
import { didYouMean } from './did-you-mean.js';
import { quote } from './quote.js';

export const SCHEMA_URL = new URL('../../schema/inventory.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;
/** Each definition of the schema by identity, to name what an error is about ("country", "purpose"). */
let definitionNames = new Map<unknown, string>();

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as { definitions: Record<string, object> };
    definitionNames = new Map(Object.entries(schema.definitions).map(([name, definition]) => [definition, name]));
    const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Schema findings for one parsed file; empty when the file is valid. */
export function validateFile(name: string, value: unknown): Finding[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => toFinding(name, error)).filter(isFinding);
}

function isFinding(finding: Finding | undefined): finding is Finding {
  return finding !== undefined;
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

const KIND_NAMES: Record<string, string> = {
  organization: 'organization',
  subject: 'subject',
  purpose: 'purpose',
  recipient: 'recipient',
  system: 'system',
  category: 'category',
  waiver: 'waiver',
};


function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quote(value);
  return String(value);
}

function typeName(type: unknown): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', boolean: 'true or false', integer: 'a whole number', number: 'a number' };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

function toFinding(file: string, error: ErrorObject): Finding | undefined {
  const path = pointerToPath(error.instancePath);
  const key = path.length > 0 ? path[path.length - 1] : undefined;
  const field = typeof key === 'string' ? quote(key) : 'value';
  const definition = definitionNames.get(error.parentSchema);
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
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const owner = definition && KIND_NAMES[definition] ? ` in ${KIND_NAMES[definition]}` : '';
      return at(`unknown key ${quote(extra)}${owner}${didYouMean(extra, allowed)}`, [...path, extra], true);
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const owner = definition && KIND_NAMES[definition] ? KIND_NAMES[definition] : 'mapping';
      return at(`${owner} is missing the required key "${missing}"`);
    }
    case 'type':
      return at(`${field} must be ${typeName(error.params.type)}, not ${describeValue(error.data)}`);
    case 'enum': {
      if (definition === 'country') {
        return at(`${describeValue(error.data)} is not an ISO 3166-1 alpha-2 country code (e.g. FR, DE, US, GB)`);
      }
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return at(
        `${describeValue(error.data)} is not allowed for ${field}; expected one of: ${allowed.join(', ')}` +
          (typeof error.data === 'string' ? didYouMean(error.data, allowed) : ''),
      );
    }
    case 'pattern': {
      const shown = describeValue(error.data);
      if (definition === 'id' || (error.parentSchema as { required?: string[] }).required?.[0] === 'to')
        return at(`${shown} is not a valid id: use kebab-case (lowercase letters and digits, single hyphens)`);
      if (definition === 'date') return at(`${shown} is not a date: use YYYY-MM-DD`);
      if (definition === 'duration') return at(`${shown} is not an ISO 8601 duration (e.g. P10Y, P3M, P10D)`);
      if (definition === 'durationOrIndefinite')
        return at(`${shown} is not an ISO 8601 duration (e.g. P10Y, P3M, P10D) or "indefinite"`);
      return at(`${shown} does not match ${String(error.params.pattern)}`);
    }
    case 'minLength':
      return at(`${field} must not be empty`);
    case 'minProperties':
      return at('the file is an empty mapping; expected organization, subjects, purposes, recipients, systems, category or categories');
    case 'uniqueItems':
      return at(`${field} lists the same value twice`);
    case 'minimum':
      return at(`${field} must be at least ${String(error.params.limit)}`);
    default:
      return at(`${field} ${error.message ?? 'is invalid'}`);
  }
}
