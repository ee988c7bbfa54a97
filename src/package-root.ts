/**
 * The folder ropa is installed in (package.json, schema/). This module sits one level below it: in src/
 * when run from source, and inside dist/cli.cjs when built (the build bundles the CLI into one file).
 */
export const PACKAGE_ROOT = new URL('../', import.meta.url);
