import { execFileSync, spawn } from "node:child_process";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeFeishu } from "./fakes/fake-feishu.js";
import { postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { freePort } from "./helpers/free-port.js";
import { ROOT } from "./helpers/spawn-script.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * `npm run bundle` (tools/bundle-server.mjs): the server bundled with esbuild still starts in
 * webhook mode, accepts a signed event, loads the Lark SDK from node_modules and replies. The
 * bundle is made from src/main.ts into a scratch tree shaped like the repository (node_modules,
 * prompts, data and package.json linked), two levels deep as dist/bundle/ is.
 */
useTmpDirs();

const fake = await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret });
afterAll(() => fake.close());

describe("the bundled server", () => {
  it("starts, accepts a signed event and replies to it", async () => {
    const tree = makeTmpDir("zongjie-bundle-");
    for (const name of ["node_modules", "prompts", "data", "package.json"])
      symlinkSync(path.join(ROOT, name), path.join(tree, name));
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "tools/bundle-server.mjs"),
        `--entry=${path.join(ROOT, "src/main.ts")}`,
        `--outdir=${path.join(tree, "dist/bundle")}`,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(tree, "dist/bundle/main.js")], {
      cwd: tree,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATA_DIR: makeTmpDir(),
        ORG_FILE: FEISHU_ORG,
        LOG_LEVEL: "warn",
        FEISHU_APP_ID: TEST_FEISHU.appId,
        FEISHU_APP_SECRET: TEST_FEISHU.appSecret,
        FEISHU_ENCRYPT_KEY: TEST_FEISHU.encryptKey,
        FEISHU_VERIFICATION_TOKEN: TEST_FEISHU.verificationToken,
        FEISHU_DOMAIN: fake.url,
        FEISHU_MODE: "webhook",
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
});
