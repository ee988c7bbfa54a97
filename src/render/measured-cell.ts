// A boxed table's cells of any other text: wide characters (CJK, emoji), combining marks, and the colour
// codes that mark gaps when colour is on. Each is measured as cli-table3 measures it (string-width, with
// colour codes taking no room) and wrapped, coloured and cut as cli-table3 does, so that a table looks the
// same whichever draws it; but in time linear in the text, where cli-table3 measures a whole cell again
// for every line it draws and cuts an overlong word one code unit at a time (a record of 10,000
// categories with its gaps in colour took a minute; a hostile name of a few thousand emoji, as long).
//
// A cell holds no escape sequence but colour (SGR) codes: the renderers escape every other control
// character (printable) before a value reaches a table.
import emojiRegex from 'emoji-regex';
import stringWidth from 'string-width';
import { isPlain } from './plain-cell.js';

/** A colour code: ESC [ parameters m. */
// eslint-disable-next-line no-control-regex -- a colour code starts with the escape character
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;

/** The columns a line takes on a terminal, colour codes taking none (plain text: a column a character). */
function columns(text: string): number {
  const shown = text.includes('\u001b') ? text.replace(SGR, '') : text;
  return isPlain(shown) ? shown.length : stringWidth(shown);
}

/** A cell's lines in a column `width` wide: each line wrapped at word boundaries, its colour carried over. */
export function measuredLines(cell: string, width: number): readonly string[] {
  const lines: string[] = [];
  for (const line of cell.split('\n')) for (const wrapped of wrapWords(width, line)) lines.push(wrapped);
  return colourEachLine(lines);
}

/** A line cut with "…" when wider than the cell, then padded to its width. */
export function measuredFitted(line: string, width: number): string {
  const size = columns(line);
  if (size <= width) return line + ' '.repeat(width - size);
  const cut = truncated(line, width);
  // never wider than the cell: a wide character that did not fit leaves a column, which the padding fills
  return cut + ' '.repeat(Math.max(0, width - columns(cut)));
}

/**
 * cli-table3's word wrap: words (runs of anything but white space) kept whole and measured in columns;
 * the white space between two words on a line kept as it is and counted a column a character.
 */
function wrapWords(width: number, text: string): string[] {
  const lines: string[] = [];
  const parts = text.split(/(\s+)/);
  let line: string[] = [];
  let length = 0;
  let space: string | undefined;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    const size = columns(word);
    let next = length + size;
    if (length > 0 && space) next += space.length;
    if (next > width) {
      if (length !== 0) lines.push(line.join(''));
      line = [word];
      length = size;
    } else {
      line.push(space ?? '', word);
      length = next;
    }
    space = parts[i + 1];
  }
  if (length) lines.push(line.join(''));
  return lines;
}

/**
 * What colour and attributes are on after a line: the foreground and background codes last set, and
 * the attributes (bold, italics...) by name, in the order first met.
 */
interface Colour {
  foreground?: string;
  background?: string;
  readonly attributes: Map<string, boolean>;
}

/** The attributes cli-table3 carries from line to line, each with its codes on and off. */
const ATTRIBUTES: Readonly<Record<string, { readonly on: string; readonly off: string }>> = {
  bold: { on: '\u001b[1m', off: '\u001b[22m' },
  italics: { on: '\u001b[3m', off: '\u001b[23m' },
  underline: { on: '\u001b[4m', off: '\u001b[24m' },
  inverse: { on: '\u001b[7m', off: '\u001b[27m' },
  strikethrough: { on: '\u001b[9m', off: '\u001b[29m' },
};

/** Each code that turns an attribute on or off. */
const ATTRIBUTE_CODES = new Map<string, { readonly name: string; readonly on: boolean }>(
  Object.entries(ATTRIBUTES).flatMap(([name, { on, off }]) => [
    [on, { name, on: true }],
    [off, { name, on: false }],
  ]),
);

/** A colour code with its parameters captured. */
// eslint-disable-next-line no-control-regex -- the same
const SGR_PARTS = /\u001b\[((?:\d*;){0,5}\d*)m/g;

/** The colour after `code` (a match of SGR_PARTS) on top of `colour`. */
function apply(colour: Colour, code: RegExpExecArray): void {
  const first = code[1] ? Number.parseInt(code[1].split(';')[0]!, 10) : 0;
  if ((first >= 30 && first <= 39) || (first >= 90 && first <= 97)) colour.foreground = code[0];
  else if ((first >= 40 && first <= 49) || (first >= 100 && first <= 107)) colour.background = code[0];
  else if (first === 0) {
    delete colour.foreground;
    delete colour.background;
    colour.attributes.clear();
  } else {
    const attribute = ATTRIBUTE_CODES.get(code[0]);
    if (attribute) colour.attributes.set(attribute.name, attribute.on);
  }
}

function colourAfter(line: string): Colour {
  const colour: Colour = { attributes: new Map() };
  for (const code of line.matchAll(SGR_PARTS)) apply(colour, code);
  return colour;
}

/** The codes that turn off what `colour` left on, to end a line with. */
function closing(colour: Colour): string {
  let codes = '';
  for (const [name, on] of colour.attributes) if (on) codes += ATTRIBUTES[name]!.off;
  if (colour.background !== undefined && colour.background !== '\u001b[49m') codes += '\u001b[49m';
  if (colour.foreground !== undefined && colour.foreground !== '\u001b[39m') codes += '\u001b[39m';
  return codes;
}

/** The codes that turn on again what `colour` left on, to start the next line with (cli-table3's order). */
function reopening(colour: Colour): string {
  let codes = '';
  for (const [name, on] of colour.attributes) if (on) codes = ATTRIBUTES[name]!.on + codes;
  if (colour.background !== undefined && colour.background !== '\u001b[49m')
    codes = colour.background + codes;
  if (colour.foreground !== undefined && colour.foreground !== '\u001b[39m')
    codes = colour.foreground + codes;
  return codes;
}

/** Lines that each stand alone: a colour left on at a line's end is closed there and opened on the next. */
function colourEachLine(lines: readonly string[]): string[] {
  let before: Colour = { attributes: new Map() };
  return lines.map((text) => {
    const line = reopening(before) + text;
    before = colourAfter(line);
    return line + closing(before);
  });
}

/** A line wider than `width` columns cut with "…" to fit, its colour closed where it is cut. */
function truncated(line: string, width: number): string {
  const room = width - 1; // the ellipsis takes one column
  const texts = line.split(SGR);
  const codes = line.matchAll(SGR_PARTS);
  const colour: Colour = { attributes: new Map() };
  let cut = '';
  let size = 0;
  for (let i = 0; size < room; i++) {
    const code = codes.next();
    let text = texts[i]!;
    let wide = columns(text);
    if (size + wide > room) {
      text = longestFitting(text, room - size);
      wide = columns(text);
    }
    cut += text;
    size += wide;
    if (size < room) {
      if (code.done) break;
      cut += code.value[0];
      apply(colour, code.value);
    }
  }
  return `${cut}${closing(colour)}…`;
}

/**
 * The longest start of `text` (printable text without colour codes) at most `room` columns wide, cut
 * after any code unit, as cli-table3 cuts it. string-width counts an emoji sequence as one unit two
 * columns wide and any other code point as a unit of its own, so the text's width is the sum of its
 * units' (an escape sequence, which string-width drops whole, would break this: printable text has none),
 * and a start cut inside a unit is as wide as the units before it and the piece of the unit after them.
 * So past the first unit that does not fit, nothing fits, and only the cuts inside that unit are tried.
 */
function longestFitting(text: string, room: number): string {
  if (text.length === columns(text)) return text.slice(0, room);
  const emoji = emojiRegex();
  let next = emoji.exec(text);
  let size = 0;
  let at = 0;
  let end = 0;
  while (at < text.length) {
    while (next !== null && next.index < at) next = emoji.exec(text);
    let width: number;
    if (next !== null && next.index === at) {
      end = at + next[0].length;
      width = 2;
    } else {
      // a code point, or half of one when an emoji starts in its middle (as string-width splits it)
      const code = text.codePointAt(at)!;
      end = Math.min(at + (code > 0xffff ? 2 : 1), next === null ? text.length : next.index);
      width = stringWidth(text.slice(at, end));
    }
    if (size + width > room) break;
    size += width;
    at = end;
  }
  if (at >= text.length) return text;
  for (let cut = end - 1; cut > at; cut--) {
    if (size + stringWidth(text.slice(at, cut)) <= room) return text.slice(0, cut);
  }
  return text.slice(0, at);
}
