import { execFileSync, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeFeishu } from "./fakes/fake-feishu.js";
import { postEvent, TEST_FEISHU, textEvent, webhookEnv } from "./fakes/feishu-events.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { freePort } from "./helpers/free-port.js";
import { ROOT } from "./helpers/spawn-script.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";
import { openStore } from "../src/store/open-store.js";

/**
 * `npm run build` (tools/bundle-server.mjs after tsc): the server bundled with esbuild into
 * dist/main.js starts in webhook mode, accepts a signed event, loads the Lark SDK from
 * node_modules and replies; the bundled command line finds prompts/ and data/ (a draft is
 * checked against data/gongwen-rules.json). Built into a scratch tree shaped like the
 * repository (node_modules, prompts, data and package.json linked).
 */
useTmpDirs();

const fake = await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret });
afterAll(() => fake.close());

/** A scratch tree shaped like the repository, with dist/ built into it (removed in afterAll). */
function buildTree(): string {
  const tree = mkdtempSync(path.join(tmpdir(), "zongjie-build-"));
  for (const name of ["node_modules", "prompts", "data", "package.json"])
    symlinkSync(path.join(ROOT, name), path.join(tree, name));
  execFileSync(
    process.execPath,
    [path.join(ROOT, "tools/bundle-server.mjs"), `--outdir=${path.join(tree, "dist")}`, "--metafile"],
    { cwd: ROOT, stdio: "pipe" },
  );
  return tree;
}

describe("the built server (npm run build → npm run serve)", () => {
  let tree = "";
  beforeAll(() => {
    tree = buildTree();
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it("loads neither classic zod, zod's other locales, the updates' code nor the app before it accepts events", () => {
    // What the entry imports statically, plus what it imports before READY (src/intake.ts: the
    // settings, the store, the Feishu transport) and what that imports statically: esbuild's metafile.
    type Meta = {
      outputs: Record<
        string,
        {
          entryPoint?: string;
          imports: Array<{ path: string; kind: string; external?: boolean }>;
          inputs: Record<string, unknown>;
        }
      >;
    };
    const meta = JSON.parse(readFileSync(path.join(tree, "dist/meta.json"), "utf8")) as Meta;
    const out = (entry: string) => {
      const o = Object.keys(meta.outputs).find((k) => meta.outputs[k]!.entryPoint === entry);
      expect(o, entry).toBeDefined();
      return o!;
    };
    const pending = ["src/main.ts", "src/intake.ts"].map(out);
    const loaded = new Set<string>();
    while (pending.length) {
      const o = pending.pop()!;
      if (loaded.has(o)) continue;
      loaded.add(o);
      for (const i of meta.outputs[o]!.imports)
        if (i.kind === "import-statement" && !i.external) pending.push(i.path);
    }
    const inputs = [...loaded].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
    expect(inputs).toContain("src/load-config.ts");
    expect(inputs).toContain("src/store/inbox.ts");
    expect(inputs.some((i) => i.includes("node_modules/zod/v4/mini/"))).toBe(true);
    expect(inputs.filter((i) => i.includes("node_modules/zod/v4/classic/"))).toEqual([]);
    // (index.js is the stub that requires them on demand: tools/bundle-server.mjs)
    expect(inputs.filter((i) => /node_modules\/zod\/v4\/locales\/(?!en\.js$|index\.js$)/.test(i))).toEqual(
      [],
    );
    // zod/mini's own copy of zod's core, without what only classic zod uses (JSON Schema).
    const bytes = [...loaded].flatMap((o) =>
      Object.entries(meta.outputs[o]!.inputs as Record<string, { bytesInOutput: number }>),
    );
    expect(bytes.filter(([i, v]) => /zod\/v4\/core\/to-json-schema/.test(i) && v.bytesInOutput > 0)).toEqual(
      [],
    );
    const zodBytes = bytes
      .filter(([i]) => i.includes("node_modules/zod/"))
      .reduce((n, [, v]) => n + v.bytesInOutput, 0);
    expect(zodBytes).toBeLessThan(120_000);
    // The processing side (the app, the engine, the conversation) loads after READY.
    expect(inputs.filter((i) => /^src\/(app|run-context|conversation\/engine)\.ts$/.test(i))).toEqual([]);
    expect(
      inputs.filter((i) => /src\/(store\/(updates|month-shard|update-schema)|domain\/update)\.ts/.test(i)),
    ).toEqual([]);
    // Before READY that code is one file (tools/bundle-server.mjs, mergeIntake): the intake's
    // chunks are stubs re-exporting from it, so what imports them later shares its instances.
    type Merged = { file: string; parts: string[] };
    const merged = (meta as unknown as { merged: Merged & { early: Merged } }).merged;
    const abs = (k: string) => path.resolve(ROOT, k);
    expect(merged.parts.length).toBeGreaterThan(5);
    expect(merged.parts).toContain(out("src/intake.ts"));
    for (const part of merged.parts)
      expect(readFileSync(abs(part), "utf8").trim()).toMatch(
        /^(export \{[^}]*\} from|import) "\.\/intake-merged\.js";$/,
      );
    const mergedImports = [
      ...readFileSync(abs(merged.file), "utf8").matchAll(/(?:from |import\()"\.\/([^"]+)"/g),
    ].map((m) => m[1]);
    expect(mergedImports.filter((f) => merged.parts.some((p) => p.endsWith(`/${f}`)))).toEqual([]);
    // The entry's own chunks are in dist/main.js: it imports no file of ours before it listens.
    expect(merged.early.parts.length).toBeGreaterThan(1);
    for (const part of merged.early.parts)
      expect(readFileSync(abs(part), "utf8").trim()).toMatch(
        /^(export \{[^}]*\} from|import) "\.\.\/main\.js";$/,
      );
    const entryImports = [
      ...readFileSync(abs(merged.early.file), "utf8").matchAll(/(?:from |import )"(\.[^"]+)"/g),
    ];
    expect(entryImports.map((m) => m[1])).toEqual([]);
    // The updates' code is a part of its own, loaded once the server accepts events (zod's other
    // locales are required from node_modules on demand: only their stub, "zod-locales:…", is here).
    out("src/store/updates.ts");
  });

  it("starts, accepts a signed event and replies to it", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(tree, "dist/main.js")], {
      cwd: tree,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATA_DIR: makeTmpDir(),
        ORG_FILE: FEISHU_ORG,
        LOG_LEVEL: "warn",
        ...webhookEnv(fake.url),
        REMINDERS_ENABLED: "false",
        PORT: String(port),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    const exited = new Promise<number | null>((r) => child.on("exit", r));
    try {
      const post = () =>
        postEvent(
          `http://127.0.0.1:${port}/webhook/event`,
          textEvent("ou_chen", "帮助", { messageId: "om_bundled" }),
          { encryptKey: TEST_FEISHU.encryptKey },
        ).then(
          (r) => r.status,
          () => 0,
        );
      const until = Date.now() + 20_000;
      let status = await post();
      while (status !== 200 && Date.now() < until && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 50));
        status = await post();
      }
      expect(status, out).toBe(200);
      const reply = await fake.waitFor(() => fake.messages.find((m) => m.reply_to === "om_bundled"), 20_000);
      expect(JSON.stringify(reply.content)).toContain("帮助");
      await fake.waitFor(() => out.includes("健康检查 / health"), 20_000);
    } finally {
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 60_000);

  it("its command line moves an inbox entry — zod/mini's copy of zod inside a classic schema — and refuses a bad one", async () => {
    // The dump format (classic zod) contains the inbox entry's schema (zod/mini, bundled with its
    // own copy of zod's core): both copies must validate together in the bundle.
    const from = makeTmpDir();
    const s = await openStore(from, { log: () => {} });
    await s.putInbox({
      id: "feishu:msg:om_move",
      receivedAt: new Date().toISOString(),
      payload: { text: "走訪3家" },
      attempts: 1,
    });
    await s.markSeen("feishu:done:om_old");
    await s.close();
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [path.join(tree, "dist/cli.js"), "store", ...args], {
        cwd: makeTmpDir(),
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: from },
        encoding: "utf8",
        timeout: 60_000,
      });
    const dumpDir = makeTmpDir();
    const file = path.join(dumpDir, "a.jsonl");
    const exported = cli(["export", "--to", file]);
    expect(exported.status, exported.stderr).toBe(0);
    const copied = cli(["copy", "--from-dir", from, "--to-dir", path.join(dumpDir, "b")]);
    expect(copied.status, copied.stderr).toBe(0);
    const moved = await openStore(path.join(dumpDir, "b"), { log: () => {} });
    expect((await moved.listInbox()).map((e) => e.id)).toEqual(["feishu:msg:om_move"]);
    await moved.close();
    const bad = path.join(dumpDir, "bad.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    const i = lines.findIndex((l) => l.includes('"kind":"inbox"'));
    expect(i).toBeGreaterThan(0);
    lines[i] = lines[i]!.replace('"attempts":1', '"attempts":"1"');
    writeFileSync(bad, lines.join("\n"));
    const refused = spawnSync(
      process.execPath,
      [path.join(tree, "dist/cli.js"), "store", "import", "--from", bad],
      {
        cwd: makeTmpDir(),
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          DATA_DIR: path.join(dumpDir, "c"),
        },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr + refused.stdout).toContain("attempts");
  }, 60_000);

  it("its command line finds prompts/ and data/ from dist/: the demo drafts and checks a summary", () => {
    const cwd = makeTmpDir("zongjie-build-demo-");
    const r = spawnSync(process.execPath, [path.join(tree, "dist/cli.js"), "demo"], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: makeTmpDir() },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("演示结束");
    const draft = path.join(cwd, "out/demo/draft.md");
    expect(existsSync(draft)).toBe(true);
    expect(readFileSync(draft, "utf8")).toContain("工作总结");
  }, 60_000);
});
