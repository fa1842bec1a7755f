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
      // The local tooling in scripts/ (the start script's static server) is tested from the root.
      { test: { name: 'scripts', include: ['scripts/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
