import { defineConfig } from 'vitest/config';

// Editor and ad-hoc runs see every workspace as one project; `npm test` runs each through turbo.
export default defineConfig({
  test: {
    projects: ['packages/*', 'functions', 'infra', 'cms', 'sites/*'],
  },
});
