/**
 * One clock per decision (issue 13). On 1 December 2026 the outbox test failed every time:
 * the sweep queued mails stamped by PostgreSQL's clock (`defaultNow()`), the worker compared
 * them with the `now` it was given, and once the real calendar passed the test's date no mail
 * was due. Two source rules keep that class out:
 * - the schema has no clock: no column default takes the database's time, and no query asks
 *   the database for it, so every stored moment is one a caller chose;
 * - a function that has a `now` (a parameter, or its own `const now`) uses it: a second
 *   `new Date()` or `Date.now()` next to it is a second clock in one decision.
 * The run with the process clock a year ahead and a year back (`npm run test:clock`, also in
 * .ci/run) proves the same from the outside.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { secondClocks } from "../support/second-clocks";

const root = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return name === "migrations" ? [] : files(rel);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

const source = ["app", "components", "lib", "emails", "db"].flatMap(files);

describe("one clock", () => {
  it("the schema takes no time from the database", () => {
    const offenders = files("db/schema").filter((f) => /defaultNow\(|sql`\s*now\(\)/.test(readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("no query asks the database for the time", () => {
    const offenders = source.filter((f) =>
      /(?<![.\w])now\(\)|current_timestamp|current_date|localtimestamp|clock_timestamp|statement_timestamp/i.test(
        readFileSync(path.join(root, f), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("a function that has a `now` reads no second clock", () => {
    const offenders = source.flatMap((f) => secondClocks(readFileSync(path.join(root, f), "utf8"), f));
    expect(offenders).toEqual([]);
  });

  it("would notice a second clock, and leaves the injection default alone", () => {
    expect(secondClocks("function f(now = new Date()) { return now; }")).toEqual([]);
    expect(secondClocks("function f(o: { now?: Date }) { const now = o.now ?? new Date(); return now; }")).toEqual([]);
    expect(secondClocks("function f(now: Date) { return { a: now, b: new Date() }; }")).toHaveLength(1);
    expect(secondClocks("async function f() { const now = new Date(); await g(); return Date.now() - now.getTime(); }")).toHaveLength(1);
    expect(secondClocks("function f(now: Date) { return [1].map(() => new Date()); }")).toHaveLength(1);
  });
});
