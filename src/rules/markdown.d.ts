/** A rule's documentation, `<id>.md` beside it, imported as its text (see docs.ts). */
declare module '*.md' {
  const text: string;
  export default text;
}
