// The explorer's browser script: src/render/site/browser/, bundled by scripts/build.mjs and put here as a
// string when the CLI is bundled. Run from the sources (tests of the renderer), there is none.
declare const __ROPA_SITE_SCRIPT__: string | undefined;

export const SITE_SCRIPT: string | undefined =
  typeof __ROPA_SITE_SCRIPT__ === 'string' ? __ROPA_SITE_SCRIPT__ : undefined;
