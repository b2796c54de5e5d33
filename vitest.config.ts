import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; on a loaded CI machine some take several seconds.
    testTimeout: 60_000,
  },
});
