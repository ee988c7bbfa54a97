// XML written straight into UTF-8 bytes, in pieces handed to a zip entry as they fill. A workbook's
// sheets run to tens of megabytes: building them as strings made millions of short-lived strings,
// joined and then encoded again, and the whole sheet was in memory before compression could start.
import { CHUNK, pieceBuffer, reuse, type ZipEntryWriter } from '../zip.js';

/** Markup up to this length is copied character by character. */
const SHORT = 64;

export class XmlWriter {
  readonly #entry: ZipEntryWriter;
  #piece = pieceBuffer();
  #at = 0;

  constructor(entry: ZipEntryWriter) {
    this.#entry = entry;
  }

  /** Markup, or text known to need no escaping: ASCII only (a character beyond would lose its high byte). */
  markup(ascii: string): void {
    const length = ascii.length;
    // in UTF-8, ASCII is itself
    if (length > SHORT) return this.text(ascii);
    this.#room(length);
    // copied here: a call into Buffer's writer costs more than the copy of a few characters
    const piece = this.#piece;
    let at = this.#at;
    for (let i = 0; i < length; i++) piece[at++] = ascii.charCodeAt(i);
    this.#at = at;
  }

  /** A number, as `String` writes it: the digits of a whole number written straight, without a string. */
  number(value: number): void {
    if (!(value >= 0 && value < 1e9 && Number.isInteger(value))) return this.markup(String(value));
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.#room(digits);
    const piece = this.#piece;
    let at = this.#at + digits;
    this.#at = at;
    do {
      piece[--at] = 48 + (value % 10);
      value = Math.floor(value / 10);
    } while (value > 0);
  }

  /** Text, escaped for XML (entities and `_xHHHH_` escapes, as `escapeXml` gives them). */
  text(escaped: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit
    const most = escaped.length * 3;
    if (most > CHUNK) {
      this.#flush();
      this.#entry.write(Buffer.from(escaped, 'utf8'));
      return;
    }
    this.#room(most);
    this.#at += this.#piece.write(escaped, this.#at);
  }

  /** Hands over the last piece: the writer must not be used afterwards. */
  end(): void {
    if (this.#at > 0) this.#entry.write(this.#piece.subarray(0, this.#at));
    else reuse(this.#piece);
  }

  #room(bytes: number): void {
    if (this.#at + bytes > CHUNK) this.#flush();
  }

  #flush(): void {
    if (this.#at === 0) return;
    this.#entry.write(this.#piece.subarray(0, this.#at));
    this.#piece = pieceBuffer();
    this.#at = 0;
  }
}
