/** The longest part of a user's value repeated inside a message. */
const MAX_QUOTED = 80;

/**
 * A value from the inventory as shown inside a one-line message: in double quotes, with newlines,
 * quotes and control characters escaped as in JSON, and cut short when long, so that one finding is
 * always one line however the value was written.
 */
export function quote(value: string): string {
  return JSON.stringify(shortened(value)).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A value the user gave (a path, a revision, an id) as repeated at the head of a message: cut after 80
 * characters, so that a huge argument cannot fill a log. The CLI escapes what it prints.
 */
export function shortened(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
}
