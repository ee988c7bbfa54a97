// The XML of spreadsheet parts (SpreadsheetML, OpenDocument) as ordered nodes, through fast-xml-parser.
// A document type declaration is refused outright: entities are how an XML file expands into gigabytes.
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../../errors.js';

/** A node as fast-xml-parser's ordered form gives it: `{ tag: children, ':@': attributes }` or `{ '#text' }`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // entities are decoded here, in one pass (the parser leaves numeric references as they are)
  processEntities: false,
});

export function parseXml(text: string, where: string): XmlNode[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new InputError(
      `${where}: has a document type declaration, which a spreadsheet does not need; refused`,
    );
  try {
    return parser.parse(text) as XmlNode[];
  } catch {
    throw new InputError(`${where}: is not well-formed XML`);
  }
}

export function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  return tag === undefined ? [] : ((node[tag] as XmlNode[] | undefined) ?? []);
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  const value = attributes?.[name];
  return value === undefined ? undefined : decode(value);
}

/** The children with this tag. */
export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((child) => tagOf(child) === tag);
}

/** The first node with this tag, searching depth-first from the given nodes. */
export function findFirst(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const found = findFirst(childrenOf(node), tag);
    if (found) return found;
  }
  return undefined;
}

/** The text of a node and its descendants, except below the tags in `skip`. */
export function textOf(node: XmlNode, skip: ReadonlySet<string> = new Set()): string {
  if ('#text' in node) return decode(String(node['#text']));
  const tag = tagOf(node);
  if (tag === undefined || skip.has(tag)) return '';
  return childrenOf(node)
    .map((child) => textOf(child, skip))
    .join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and numeric character references; anything else is left as written. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
