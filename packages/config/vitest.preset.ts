import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/** Shared Vitest project settings: each workspace passes its name and any overrides. */
export function vitestProject(name: string, overrides: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    test: {
      name,
      include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      ...overrides,
    },
  });
}
