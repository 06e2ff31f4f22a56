import { describe, expect, it } from "vitest";
import { productionEnvProblems } from "./env";

const good = {
  AUTH_SECRET: "a".repeat(32),
  CRON_SECRET: "b".repeat(16),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("production environment", () => {
  it("accepts the three secrets", () => {
    expect(productionEnvProblems(good)).toEqual([]);
  });
  it("names every missing or weak secret", () => {
    expect(productionEnvProblems({})).toEqual([
      "AUTH_SECRET ontbreekt",
      "CRON_SECRET ontbreekt",
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ontbreekt",
    ]);
    expect(productionEnvProblems({ ...good, AUTH_SECRET: "kort" })).toEqual(["AUTH_SECRET moet minstens 32 tekens zijn"]);
    expect(productionEnvProblems({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "abc" })).toHaveLength(1);
  });
});
