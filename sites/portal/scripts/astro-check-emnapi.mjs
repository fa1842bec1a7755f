// Work-around for `astro check` crashing with "this.bridge.deleteEnv is not a function".
//
// @astrojs/astro2tsx (used by @astrojs/check) ships a WASM module built with emnapi 1.11.3 and
// pins @emnapi/core 1.11.3, but its @napi-rs/wasm-runtime takes @emnapi/runtime as a peer, which
// npm satisfies with the hoisted 2.0.0-beta.2 (pulled in for rolldown). Core 1.x against runtime
// 2.x fails on load. This hook, loaded only by the portal's `typecheck` script, resolves
// @emnapi/runtime for astro2tsx to the 1.11.3 copy pinned in this workspace's devDependencies.
// Remove it once the root pins the runtime (e.g. an npm `overrides` entry).
import { registerHooks } from 'node:module';
import { URL } from 'node:url';

const portal = new URL('../package.json', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      (specifier === '@emnapi/runtime' || specifier.startsWith('@emnapi/runtime/')) &&
      context.parentURL?.includes('/@astrojs/astro2tsx/')
    ) {
      return nextResolve(specifier, { ...context, parentURL: portal });
    }
    return nextResolve(specifier, context);
  },
});
