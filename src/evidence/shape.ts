import { InputError } from '../errors.js';

/**
 * Strict reading of a JSON document whose shape is known: each accessor checks one value and, when it is
 * not what the format says, fails the run with one line naming the file, the format and the place
 * (`sbom.json: not a CycloneDX SBOM: components[3].name is not a string`).
 */
export class Shape {
  constructor(
    private readonly file: string,
    private readonly format: string,
  ) {}

  fail(at: string, problem: string): never {
    throw new InputError(`${this.file}: not ${this.format}: ${at ? `${at} ` : ''}${problem}`);
  }

  parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      return this.fail('', `the file is not JSON (${(error as Error).message})`);
    }
  }

  object(value: unknown, at: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(at, 'is not an object');
    return value as Record<string, unknown>;
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) this.fail(at, 'is not a list');
    return value;
  }

  string(value: unknown, at: string): string {
    if (typeof value !== 'string') this.fail(at, 'is not a string');
    return value;
  }

  /** An optional list member of an object: absent (or null, as Go and Scala encoders write) is empty. */
  list(object: Record<string, unknown>, key: string, at: string): unknown[] {
    const value = own(object, key);
    return value === undefined || value === null ? [] : this.array(value, join(at, key));
  }

  optionalString(object: Record<string, unknown>, key: string, at: string): string | undefined {
    const value = own(object, key);
    return value === undefined || value === null ? undefined : this.string(value, join(at, key));
  }

  optionalNumber(object: Record<string, unknown>, key: string, at: string): number | undefined {
    const value = own(object, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(join(at, key), 'is not a number');
    return value;
  }
}

/** An object's own member (never one inherited from Object.prototype, whatever the document's keys). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A place in the document, as `components[3].name`. */
export function join(at: string, key: string | number): string {
  return typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${key}` : key;
}

/** A code location from a scanner, kept only when its line is a usable 1-based number. */
export function codeLocation(
  file: string | undefined,
  line: number | undefined,
  column?: number,
): { file: string; line: number; column?: number } | undefined {
  if (!file || line === undefined || !Number.isInteger(line) || line < 1) return undefined;
  return column !== undefined && Number.isInteger(column) && column >= 1
    ? { file, line, column }
    : { file, line };
}
