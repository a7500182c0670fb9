import { defineConfig } from 'vitest/config';

// Unit tests need neither React nor the events plugin (which compiles the seeds on load): a separate
// config keeps them fast and independent of the app build.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Test files share their worker's modules instead of each importing them afresh: chrono-node, wink and
    // zod took a second or more per compiler test file, three quarters of the suite's time (issue 13).
    // So a test that changes a module's state puts it back first: the store's tests call resetAppStore()
    // in beforeEach, fake timers are restored, and vi.mock (which needs a file's own module graph) is not
    // used. Test helpers live in src/testing/.
    isolate: false,
  },
});
