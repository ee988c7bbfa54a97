// The one place a rule's finding becomes its message (ESLint's `meta.messages`, publint's code + args): a
// rule names a message of its own and the values it shows; values from the inventory are quoted and cut
// here, as the loader quotes them, and the source is cited once, at the end.
import { quote } from '../inventory/quote.js';

/**
 * A rule's message: a template whose `{name}`s are filled from the finding's values, ending in the rule's
 * `source` in parentheses; or, as an object, a template citing `cite` instead (itself a template: a
 * narrower article, a law the reference data names), or nothing (`false`: messages that end in advice).
 */
export type Message = string | { readonly text: string; readonly cite: string | false };

/**
 * A value a message shows. A string is the user's (an id, a name, a value from the evidence): quoted and
 * cut at 80 characters; a list of strings reads `"a", "b" and "c"`. Numbers, and the parts made below
 * (ropa's own words, an entity, a phrase with values of its own), are written as they come.
 */
export type MessageValue = string | number | readonly string[] | Part;

export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A value ropa wrote, not the user: a class, so that no value read from YAML can pass for one. */
class Part {
  constructor(readonly text: () => string) {}
}

/** A message that ends in advice rather than in a citation (drift, waivers, a named reference). */
export const uncited = (text: string): Message => ({ text, cite: false });

/** ropa's own words: an enum value the schema checked, an article, a duration, a computed phrase. */
export const words = (text: string): MessageValue => new Part(() => text);

/** An entity as messages name it: its kind and its quoted id or name (`purpose "billing"`). */
export const entity = (kind: string, id: string): MessageValue => new Part(() => `${kind} ${show(id)}`);

/** A part of a message with values of its own (a reason, a list item). */
export const phrase = (template: string, values: MessageValues = {}): MessageValue =>
  new Part(() => fill(template, values));

/** Values shown one after the other, `separator` between them. */
export const joined = (values: readonly MessageValue[], separator: string): MessageValue =>
  new Part(() => values.map(show).join(separator));

/** The message of a finding: its template filled, then its citation (see `Message`). */
export function formatMessage(message: Message, values: MessageValues, source: string): string {
  const { text, cite } = typeof message === 'string' ? { text: message, cite: source } : message;
  const filled = fill(text, values);
  return cite === false ? filled : `${filled} (${fill(cite, values)})`;
}

function fill(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for {${name}} in "${template}"`);
    return show(values[name]);
  });
}

/** `unknown`: where the schema refused a file, the model may hold anything (no name, a list for one). */
function show(value: unknown): string {
  if (value instanceof Part) return value.text();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const quoted = value.map(show);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  }
  return quote(String(value));
}
