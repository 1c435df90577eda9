import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const SDKS = [
  "@larksuiteoapi/node-sdk",
  "openai",
  "@langchain/",
  "langchain",
  "lowdb",
  "docx",
  "commander",
  "node:http",
  "node:fs",
];
const importsOf = (src: string) =>
  [...src.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(["']([^"']+)["']\)/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );

describe("architecture boundaries", () => {
  it("domain code imports no SDK and does no I/O", () => {
    const offenders: string[] = [];
    for (const f of files(path.join(SRC, "domain"))) {
      for (const spec of importsOf(readFileSync(f, "utf8"))) {
        if (SDKS.some((s) => spec === s || spec.startsWith(s)))
          offenders.push(`${path.relative(SRC, f)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("conversation code knows nothing of Feishu", () => {
    const offenders = files(path.join(SRC, "conversation")).filter((f) => {
      const src = readFileSync(f, "utf8");
      return importsOf(src).some((s) => s.includes("larksuite") || s.includes("transports/"));
    });
    expect(offenders).toEqual([]);
  });

  it("no module outside config.ts reads process.env", () => {
    const offenders = files(SRC).filter(
      (f) => path.basename(f) !== "config.ts" && /process\.env\b/.test(readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("source files stay small (under 450 lines)", () => {
    const big = files(SRC)
      .map((f) => [path.relative(SRC, f), readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, n]) => n > 450);
    expect(big).toEqual([]);
  });
});
