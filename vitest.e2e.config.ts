import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.config";

/** Browser journeys in Debian's Chromium against `next start` (run `next build` first). */
export default defineConfig({
  resolve,
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One server, one browser at a time: journeys share the server and 2 cores.
    fileParallelism: false,
  },
});
