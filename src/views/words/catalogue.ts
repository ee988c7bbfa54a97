// The type every language's catalogue has: one entry per message of the English catalogue, a string or a
// function with the same parameters. A missing or misspelt message in French or German is a compile error.
import type { en } from './en.js';

export type MessageId = keyof typeof en;

type Message<K extends MessageId> = (typeof en)[K] extends (...args: infer A) => string
  ? (...args: A) => string
  : string;

export type Catalogue = { readonly [K in MessageId]: Message<K> };

/** The languages of the human formats: `--lang` and `language:` in ropa.config.yaml. */
export const LANGUAGES = ['en', 'fr', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
