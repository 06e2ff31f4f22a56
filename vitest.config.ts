import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

/** Shared with vitest.e2e.config.ts: the "@" alias and a stand-in for "server-only". */
export const resolve = {
  alias: {
    "@": root,
    "server-only": path.join(root, "scripts/server-only-stub.ts"),
  },
};

export default defineConfig({
  resolve,
  test: {
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    // No-op unless TEST_CLOCK_SHIFT_DAYS is set (scripts/test-clock-shift.mjs).
    setupFiles: ["tests/support/clock-shift.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "emails/**/*.test.tsx", "tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
          environment: "node",
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts", "tests/db/**/*.test.tsx"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own databases; two at a time keeps a 2-core machine responsive.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
