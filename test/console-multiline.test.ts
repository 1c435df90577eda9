import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { findPerson } from "../src/domain/org.js";
import { createLineJoiner } from "../src/transports/console/join-lines.js";
import { runConsole } from "../src/transports/console/run-console.js";
import { spawnScript } from "./helpers/spawn-script.js";
import { EXAMPLE_ORG, makeTestApp, type TestApp } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A message of several lines in the local console (trial 4, conversation 19: a multi-line 「改写
 * （三）…」 was sent line by line, and the later lines became the leader's own reports): lines ending
 * in 「\」 go on, and lines between 「<<<」 and 「>>>」 are one message — through the real console loop
 * and through the console command as a user starts it.
 */
useTmpDirs();
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

async function play(who: string, lines: string[]): Promise<string> {
  t = await makeTestApp({ now: "2026-12-01T10:00:00+08:00" });
  const input = Readable.from(lines.map((l) => `${l}\n`));
  const output = new PassThrough();
  let out = "";
  output.on("data", (c) => {
    out += String(c);
  });
  await runConsole(t.app, findPerson(t.app.services.org, who)!, { input, output });
  return out;
}

describe("multi-line messages in the console", () => {
  it("a block between <<< and >>> is one message, its lines kept", async () => {
    const out = await play("chen-kp", [
      "<<<",
      "举办科普讲座3场，参与群众420人次",
      "问题是乡镇场地偏小",
      "下一步到集市开展流动科普",
      ">>>",
    ]);
    const updates = await t!.app.services.store.listUpdates({ author: "chen-kp" });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.originalText).toBe(
      "举办科普讲座3场，参与群众420人次\n问题是乡镇场地偏小\n下一步到集市开展流动科普",
    );
    expect(updates[0]?.problems.join()).toMatch(/场地偏小/);
    expect(updates[0]?.plans.join()).toMatch(/流动科普/);
    expect(out).toContain("…> ");
  });

  it("a line ending in \\ goes on in the next; a backslash inside a line stays", async () => {
    await play("chen-kp", ["举办科普讲座3场，\\", "参与群众420人次 a\\b", "确认"]);
    const updates = await t!.app.services.store.listUpdates({ author: "chen-kp" });
    expect(updates.map((u) => [u.originalText, u.status])).toEqual([
      ["举办科普讲座3场，\n参与群众420人次 a\\b", "confirmed"],
    ]);
  });

  it("input ending inside a block sends what was typed, and says so", async () => {
    const out = await play("chen-kp", ["<<<", "举办科普讲座3场，参与群众420人次"]);
    expect(out).toContain("已按一条消息发送");
    expect(await t!.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(1);
  });

  it("the joiner: commands inside a block are text; an empty block sends nothing", () => {
    const j = createLineJoiner();
    expect(j.feed("<<<")).toBeUndefined();
    expect(j.open).toBe(true);
    expect(j.feed("/quit")).toBeUndefined();
    expect(j.feed(">>>")).toBe("/quit");
    expect(j.feed("<<<")).toBeUndefined();
    expect(j.flush()).toBeUndefined();
    expect(j.feed("好的")).toBe("好的");
  });

  it("through the console command a user starts: a pasted block is one message", async () => {
    const dataDir = makeTmpDir();
    const r = spawnScript("src/cli.ts", ["console", "--as", "陈静"], {
      env: { DATA_DIR: dataDir, ORG_FILE: EXAMPLE_ORG },
      stdin: "<<<\n组织科技活动周广场宣传，群众参与约1500人次\n发放科普资料1.2万份\n>>>\n确认\n/quit\n",
      killAfterMs: 30_000,
    });
    expect(await r.exited).toBe(0);
    const out = r.out();
    expect(out).toContain("<<<」开始");
    expect(out).toMatch(/请确认填报内容（#1）[\s\S]*1500人次[\s\S]*1\.2万份/);
    expect(out).toContain("已确认保存（#1");
    expect(out).not.toContain("#2");
  }, 40_000);
});
