import { defineConfig } from 'vitest/config';

export default defineConfig({
  // a rule's documentation, `<id>.md`, imports as its text, as esbuild's text loader bundles it
  plugins: [
    {
      name: 'markdown-as-text',
      transform: (code, id) => (id.endsWith('.md') ? `export default ${JSON.stringify(code)};` : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/browser-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
