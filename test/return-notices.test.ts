import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 退回 reaches the staff its comment names: 「退回 项目部分太简单，请李明补充研发投入数据」 reached only the office
 * (console trials). Roster names in the comment get the comment and how to add material; the leader's reply says
 * whom it reached — only deliveries that succeeded.
 */
const { open } = appPerTest();
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

async function drafted(): Promise<TestApp> {
  const t = await open({ now: "2026-11-16T10:00:00+08:00" });
  await t.say("li-rd", "高企认定了12家，帮企业争取省级项目资金一百二十五万元");
  await t.say("li-rd", "确认");
  await t.say("zhou-ju", "生成总结 2026");
  await (t.app.services.features.drafting as DraftingApi).whenIdle();
  t.sent.length = 0;
  return t;
}

const COMMENTS: ReadonlyArray<[comment: string, named: string[]]> = [
  ["项目部分太简单，请李明补充研发投入数据", ["li-rd"]],
  ["科普那块让陈静把进校园的人数补上", ["chen-kp"]],
  ["孙磊、何婷的数据对不上，核一下再报", ["sun-tp", "he-gq"]],
  ["问题写得太少", []],
];

describe("退回 tells the staff its comment names", () => {
  it.each(COMMENTS)("「退回 %s」 reaches the office and %j, and says so", async (comment, named) => {
    const t = await drafted();
    const reply = all(await t.say("zhou-ju", `退回 ${comment}`));
    const to = t.sent.map((s) => s.personId).sort();
    expect(to).toEqual(["wang-ban", ...named].sort());
    for (const id of named) {
      const text = t.sent.find((s) => s.personId === id)?.reply.text ?? "";
      expect(text).toContain(comment);
      expect(text).toContain("直接发给我");
    }
    expect(reply).toContain("已通知：办公室（王志强）");
    const names = t.app.services.org.people.filter((p) => named.includes(p.id)).map((p) => p.name);
    for (const name of names) expect(reply).toMatch(new RegExp(`意见里点到的.*${name}`));
    if (named.length === 0) expect(reply).not.toContain("意见里点到");
  });

  it("a delivery that failed is not claimed: named as not sent", async () => {
    const t = await drafted();
    const services = t.app.services as { outbox?: { sendToPerson: (id: string, r: Reply) => Promise<void> } };
    const real = services.outbox!;
    services.outbox = {
      sendToPerson: async (id, r) => {
        if (id === "li-rd") throw new Error("feishu: 230002 bot not in chat");
        await real.sendToPerson(id, r);
      },
    };
    const reply = all(await t.say("zhou-ju", "退回 项目部分太简单，请李明补充研发投入数据"));
    expect(reply).toContain("已通知：办公室（王志强）");
    expect(reply).not.toContain("意见里点到的李明");
    expect(reply).toContain("李明没有发送成功");
  });
});
