import { vitestProject } from '@union/config/vitest';

// Synthesizing the app bundles every Lambda with esbuild once per test file: about a minute alone
// on a 2-core machine, over four minutes while the other workspaces' suites share it in the same
// turbo run (one CI run timed out at 240 s); the defaults (5 s / 10 s) would flake.
export default vitestProject('infra', { testTimeout: 30_000, hookTimeout: 600_000 });
