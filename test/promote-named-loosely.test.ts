import { describe, expect, it } from "vitest";
import { mentions } from "../src/drafting/offline-instruction.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 周建国 asked 「重写 （一） 写得更有气势一些，突出争取资金」 of an offline draft whose (一) says 「争取上级资金680万元」:
 * the reply said （一）里没有写「争取资金」的条目 — untrue. What the leader names is found with words between
 * its two-character words (争取…资金), so the item moves to the front, or the reply says it already leads
 * — found in console trials.
 */
const { open } = appPerTest();
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;
const items = async (t: TestApp) =>
  (await api(t).service.get({ year: 2026 }))?.versions
    .at(-1)
    ?.parts.find((p) => p.key === "section:rd")
    ?.items.map((i) => i.text) ?? [];

describe("突出 what the leader names, said loosely", () => {
  it("finds 争取资金 in 争取上级资金, 成果转化 as said, and not 争取 alone or words far apart", () => {
    expect(mentions("争取上级资金680万元", "争取资金")).toBe(true);
    expect(mentions("推动科技成果转化12项", "成果转化")).toBe(true);
    expect(mentions("组织申报高新技术企业认定", "申报认定")).toBe(true);
    expect(mentions("争取省级项目立项，全年投入研发资金", "争取资金")).toBe(false);
    expect(mentions("举办培训班3期", "争取资金")).toBe(false);
  });

  it("moves the item naming it to the front and says so; says it already leads when it does", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "审核项目结题材料7份，组织中期检查2次");
    await t.say("li-rd", "确认");
    // A later message (same instant, the two could be listed either way).
    t.setNow("2026-12-02T10:00:00+08:00");
    await t.say("li-rd", "今年争取上级资金680万元，获批立项6项");
    await t.say("li-rd", "确认");
    await t.say("zhou-ju", "生成总结 2026");
    await api(t).whenIdle();
    const before = await items(t);
    expect(before.findIndex((x) => x.includes("上级资金"))).toBeGreaterThan(0);
    const reply = await t.sayText("zhou-ju", "重写 （一） 写得更有气势一些，突出争取资金");
    expect(reply).not.toContain("没有写「争取资金」");
    expect(reply).toContain("移到");
    expect((await items(t))[0]).toContain("上级资金");
    const again = await t.sayText("zhou-ju", "重写 （一） 突出争取资金");
    expect(again).toContain("已经在所在部分的最前面");
  });
});
