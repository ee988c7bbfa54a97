import type { Rule } from './rule.js';
import { duplicateId } from './structure/duplicate-id.js';
import { organizationMissing } from './structure/organization-missing.js';
import { schema } from './structure/schema.js';
import { unknownReference } from './structure/unknown-reference.js';
import { unusedDefinition } from './structure/unused-definition.js';
import { yamlSyntax } from './structure/yaml-syntax.js';

/** Every rule, in the order `ropa rules` lists them. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unknownReference,
  organizationMissing,
  unusedDefinition,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
