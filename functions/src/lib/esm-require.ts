import { createRequire } from 'node:module';

// Bundled with esbuild as ESM (as the Lambdas are), the CommonJS builds of the AWS SDK still call
// require() for Node built-ins while the bundle initializes, and an ES module has no require.
// Handlers import this module first so it exists by then; unbundled it is harmless.
globalThis.require ??= createRequire(import.meta.url);
