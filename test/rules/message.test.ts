import { describe, expect, it } from 'vitest';
import { entity, formatMessage, joined, phrase, words } from '../../src/rules/message.js';
import { RULES } from '../../src/rules/index.js';

const SOURCE = 'Art 30(1)(c)';

describe('a finding message', () => {
  it('quotes the values from the inventory and cites the rule source once, at the end', () => {
    expect(formatMessage('category {category} lists no data items', { category: 'customers' }, SOURCE)).toBe(
      'category "customers" lists no data items (Art 30(1)(c))',
    );
  });

  it('escapes quotes, line breaks and control characters, and cuts a value after 80 characters', () => {
    const name = `Acme "Europe"\n\u0085${'x'.repeat(100)}`;
    const message = formatMessage('organization {name} has no address', { name }, SOURCE);
    expect(message).toBe(
      `organization "Acme \\"Europe\\"\\n\\u0085${'x'.repeat(65)}…" has no address (Art 30(1)(c))`,
    );
    expect(message).not.toMatch(/[\n\r\u0085]/);
  });

  it('lists values as "a", "b" and "c"', () => {
    const list = (ids: string[]) => formatMessage({ text: 'of {ids}', cite: false }, { ids }, SOURCE);
    expect(list(['a'])).toBe('of "a"');
    expect(list(['a', 'b'])).toBe('of "a" and "b"');
    expect(list(['a', 'b', 'c'])).toBe('of "a", "b" and "c"');
  });

  it("writes numbers, ropa's own words, entities, phrases and joined parts as they come", () => {
    const message = formatMessage(
      { text: 'rules {n} and {m} of {entity} cover {who} for {basis}', cite: 'Art {article}' },
      {
        n: 1,
        m: 2,
        entity: entity('category', 'customers'),
        who: joined([entity('subject', 'customer'), phrase('purpose {id}', { id: 'billing' })], ' for '),
        basis: words('legal-obligation'),
        article: words('6(1)(c)'),
      },
      SOURCE,
    );
    expect(message).toBe(
      'rules 1 and 2 of category "customers" cover subject "customer" for purpose "billing" for legal-obligation (Art 6(1)(c))',
    );
  });

  it("shows what a file the schema refused left in the model as quoted text, never as ropa's words", () => {
    const odd = { words: 'forged\nsecond line' } as unknown as string;
    expect(formatMessage('organization {name}', { name: odd }, SOURCE)).toBe(
      'organization "[object Object]" (Art 30(1)(c))',
    );
    const none = undefined as unknown as string;
    expect(formatMessage('organization {name}', { name: none }, SOURCE)).toBe(
      'organization "undefined" (Art 30(1)(c))',
    );
  });

  it('refuses a template whose value is not given', () => {
    expect(() => formatMessage('category {category}', {}, SOURCE)).toThrow('no value for {category}');
  });

  it('every rule that checks has messages, each one line', () => {
    for (const rule of RULES.filter((r) => r.check)) {
      const messages = Object.values(rule.messages ?? {});
      expect(messages.length, rule.id).toBeGreaterThan(0);
      for (const message of messages)
        expect(typeof message === 'string' ? message : message.text, rule.id).not.toMatch(/\n/);
    }
  });
});
