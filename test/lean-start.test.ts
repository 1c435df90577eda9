import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A start loads only what its configuration uses: the Lark SDK (≈1 s of CPU and tens of MB) only
 * with Feishu configured, LangChain and the OpenAI client only when a model is first called, the
 * docx library only when a Word file is first written. Checked by listing the npm packages a
 * child process resolves while opening the app and answering one message.
 */
useTmpDirs();

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/lean-start");

function packagesLoaded(env: Record<string, string>): string[] {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      path.join(FIXTURES, "log-packages.mjs"),
      "--import",
      "tsx",
      path.join(FIXTURES, "open-app.ts"),
      JSON.stringify(env),
    ],
    // tsx keeps a cache and an IPC folder under the temp dir: keep them in one the test removes.
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, TMPDIR: makeTmpDir("zongjie-tsx-") },
    },
  );
  expect(r.stdout, r.stderr).toContain("OPENED");
  return r.stderr
    .split("\n")
    .filter((l) => l.startsWith("PKG "))
    .map((l) => l.slice(4));
}

const HEAVY = [
  "@larksuiteoapi/node-sdk",
  "@langchain/core",
  "@langchain/openai",
  "langchain",
  "openai",
  "docx",
  "pg",
];

describe("lean start", () => {
  it("sees a package loaded with require, as the Lark SDK is", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", path.join(FIXTURES, "log-packages.mjs"), "-e", "require('@larksuiteoapi/node-sdk')"],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stderr.split("\n")).toContain("PKG @larksuiteoapi/node-sdk");
  });

  it("console mode without a model key loads none of the SDKs", () => {
    const loaded = packagesLoaded({ DATA_DIR: makeTmpDir() });
    expect(loaded).toContain("zod");
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it("a model key alone does not load LangChain until the model is called", () => {
    const loaded = packagesLoaded({
      DATA_DIR: makeTmpDir(),
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://127.0.0.1:9",
    });
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });
});
