import { defineConfig } from 'vitest/config';

/** Unit tests only (no browser): i18n completeness, form-schema validation, formatting. */
export default defineConfig({ test: { include: ['src/**/*.test.ts'], environment: 'node' } });
