import { defineConfig } from 'vitest/config';

/**
 * Shared test settings. Timeouts are generous on purpose: the machines are 2-core and turbo runs
 * packages in parallel, so a property test or a PGlite start can take seconds. Speed is measured by
 * `npm run bench`, never by a timeout.
 */
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 300_000 },
});
