import { vitestProject } from '@union/config/vitest';

// Synthesizing the app bundles every Lambda with esbuild once per test file, which takes
// tens of seconds on a shared 2-core machine; the defaults (5 s / 10 s) would flake.
export default vitestProject('infra', { testTimeout: 30_000, hookTimeout: 240_000 });
