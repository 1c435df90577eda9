import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";

const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
let outside: unknown;
try {
  void t.app;
} catch (e) {
  outside = e;
}

describe("one app per test file (test/helpers/app-per-file.ts)", () => {
  it("is not there before the file's beforeAll, and says so", () => {
    expect(String(outside)).toContain("beforeAll");
  });

  it("forwards to one real app kept across the file's tests", async () => {
    expect(existsSync(t.dataDir)).toBe(true);
    const out = (await t.say("chen-kp", "今天在城关二小办了场科普讲座，来了120个学生"))
      .map((r) => r.text)
      .join("\n");
    expect(out).toContain("120");
  });

  it("still holds the first test's draft in the next test", async () => {
    const person = t.app.services.org.people.find((p) => p.id === "chen-kp");
    expect(person).toBeDefined();
    const out = (await t.say("chen-kp", "我的填报")).map((r) => r.text).join("\n");
    expect(out).toContain("120");
  });
});
