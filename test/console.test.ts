import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { findPerson } from "../src/domain/org.js";
import { runConsole } from "../src/transports/console/run-console.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

async function play(lines: string[]): Promise<string> {
  const input = Readable.from(lines.map((l) => `${l}\n`));
  const output = new PassThrough();
  let out = "";
  output.on("data", (c) => {
    out += String(c);
  });
  const me = findPerson(t.app.services.org, "chen-kp")!;
  await runConsole(t.app, me, { input, output });
  return out;
}

describe("local console", () => {
  it("plays piped input line by line through the engine, switching identity with /as", async () => {
    t = await makeTestApp();
    const out = await play([
      "举办科普讲座3场，参与群众420人次",
      "确认",
      "/as 周建国",
      "定稿",
      "/quit",
      "不会被处理",
    ]);
    expect(out).toContain("请确认填报内容（#1）");
    expect(out).toContain("已确认保存");
    expect(out).toContain("已切换为 周建国");
    expect(await t.app.services.store.listUpdates({ status: "confirmed" })).toHaveLength(1);
    expect(out).not.toContain("不会被处理\n请确认");
  });

  it("renders card buttons as the text commands to type", async () => {
    t = await makeTestApp();
    const out = await play(["举办科普讲座3场，参与群众420人次"]);
    expect(out).toContain("「确认 1」");
    expect(out).toContain("「撤回 1」");
  });

  it("never shows an internal /ref command as what to type; typing the shown form does the same", async () => {
    t = await makeTestApp();
    const out = await play([
      "举办科普讲座3场，参与群众420人次",
      "确认",
      "开展科普进校园活动，覆盖学生600人次",
      "确认",
      "科普那条人数错了，应该是500人次",
      "第2条人数错了，应该是500人次",
    ]);
    expect(out).toContain("是哪一条");
    expect(out).not.toContain("/ref");
    expect(out).toContain("「第2条人数错了，应该是500人次」");
    expect(out).toMatch(/「600人次」改成「500人次」/);
  });

  it("「/按 N」 clicks a card button with its subject: another person's click is refused", async () => {
    t = await makeTestApp();
    const out = await play(["举办科普讲座3场，参与群众420人次", "/as 李明", "/按 3", "/as 陈静", "/按 3"]);
    expect(out).toContain("[3 撤回: 「撤回 1」]");
    expect(out).toContain("这是陈静的第 1 条填报，只有陈静本人可以操作");
    expect(out).toContain("已撤回 #1");
    expect((await t.app.services.store.listUpdates()).map((u) => [u.author, u.status])).toEqual([
      ["chen-kp", "withdrawn"],
    ]);
  });
});

describe("the console started again", () => {
  it("shows what still waits (an edit preview) before the first line, so 好 answers a question on screen", async () => {
    t = await makeTestApp();
    await play(["举办科普讲座3场，参与群众420人次", "确认", "写错了 是4场"]);
    const dataDir = t.dataDir;
    await t.app.close();
    t = await makeTestApp({ dataDir });
    const out = await play(["好"]);
    const shown = out.indexOf("上次还有没说完的");
    expect(shown).toBeGreaterThan(-1);
    expect(out.indexOf("修改预览（#1）")).toBeGreaterThan(shown);
    expect(out.indexOf("已保存修改")).toBeGreaterThan(out.indexOf("修改预览（#1）"));
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.normalizedText).toContain("4场");
  });

  it("says nothing extra when nothing waits, and shows a switched-to person's open card", async () => {
    t = await makeTestApp();
    await t.say("li-rd", "审核了9个项目的验收材料");
    const out = await play(["/as 李明", "/按 1"]);
    expect(out.indexOf("上次还有没说完的")).toBeGreaterThan(out.indexOf("已切换为 李明"));
    expect(out.slice(0, out.indexOf("已切换为"))).not.toContain("上次还有没说完的");
    expect(out).toContain("已确认保存（#1");
  });
});
