/** Raised for input that cannot be used at all (a missing folder, a bad option): the CLI prints it and exits 2. */
export class InputError extends Error {}
