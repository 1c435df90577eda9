import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // A private TMPDIR per run; leftovers fail the run (test/helpers/private-tmp.ts).
    globalSetup: ["test/helpers/private-tmp.ts"],
  },
});
