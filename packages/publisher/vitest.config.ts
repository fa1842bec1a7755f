import { vitestProject } from '@union/config/vitest';

// The tests run real child processes, one of them until its build timeout.
export default vitestProject('publisher', { testTimeout: 30_000 });
