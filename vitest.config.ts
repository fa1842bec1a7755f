import { defineConfig } from 'vitest/config';

// Editor and ad-hoc runs see every workspace as one project; `npm test` runs each through turbo,
// and the root's own `scripts` project through `test:root`.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'functions',
      'infra',
      'cms',
      'sites/*',
      // The local tooling in scripts/ (the start script's static server) and the bench's pure helpers are tested from the root.
      { test: { name: 'scripts', include: ['scripts/**/*.test.ts', 'bench/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
