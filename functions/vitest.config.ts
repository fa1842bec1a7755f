import { vitestProject } from '@union/config/vitest';

export default vitestProject('functions', {
  // One DynamoDB Local for the whole run: the JVM takes seconds to start.
  globalSetup: ['tests/global-setup.ts'],
  hookTimeout: 60_000,
  testTimeout: 30_000,
});
