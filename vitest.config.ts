import { defineConfig } from 'vitest/config';

// Unit tests need neither React nor the events plugin (which compiles the seeds on load): a separate
// config keeps them fast and independent of the app build.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
