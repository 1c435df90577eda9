import { describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Lead54's console trial: the plan had two items and the leader said 「计划第三条改成：加强队伍建设」 — the bot said truly that
 * there is no third item and changed nothing, but a third item is most likely what was meant. The number one past the last
 * is asked about in one line (「要把…加为第 3 条吗？」, 是／不是); 「是」 adds it at the end as the leader's words, nothing else
 * changes; 「改写 计划 加一条 …」 does so directly. A number further off still changes nothing.
 */
const { open } = appPerTest();

async function reviewing(): Promise<TestApp> {
  const t = await open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("sun-tp", "今年下乡服务一百八十多场次 培训农民两千三百人 明年打算新建示范基地3个");
  await t.say("sun-tp", "确认");
  return draftInReview(t, "chen-kp", "科技活动周搞了七场 新建科普画廊三处 明年计划办青少年科技营2期");
}

async function plan(app: TestApp) {
  const api = app.app.services.features.drafting as DraftingApi;
  await api.whenIdle();
  const d = await api.service.get({ year: 2025 });
  return { versions: d!.versions.length, part: latestVersion(d!).parts.find((p) => p.key === "plan")! };
}

describe("a leader's item one past the last (item-edit.ts)", () => {
  it("「计划第三条改成：…」 asks whether to add it; 「是」 adds it at the end", async () => {
    const app = await reviewing();
    const before = await plan(app);
    const n = before.part.items.length;
    expect(n).toBeGreaterThanOrEqual(1);
    const asked = await app.sayText("zhou-ju", `计划第${n + 1}条改成：加强科技人才队伍建设`);
    expect(asked).toContain(`没有第 ${n + 1} 条`);
    expect(asked).toContain(`加为第 ${n + 1} 条`);
    expect(asked).toContain("草稿没有改动");
    expect((await plan(app)).versions).toBe(before.versions);
    const yes = await app.sayText("zhou-ju", "是");
    expect(yes).toContain(`第 ${n + 1} 条`);
    expect(yes).not.toContain("定稿");
    const after = await plan(app);
    expect(after.versions).toBe(before.versions + 1);
    expect(after.part.items).toHaveLength(n + 1);
    expect(after.part.items.slice(0, n)).toEqual(before.part.items);
    expect(after.part.items[n]!.text).toBe("加强科技人才队伍建设。");
    expect(after.part.items[n]!.sourceIds).toEqual([]);
    expect(after.part.closing).toBe(before.part.closing);
    // The part says it holds the leader's own item, in the review and in the document's review notes.
    expect(JSON.stringify(await app.say("zhou-ju", "查看草稿 计划"))).toContain("离线草稿｜含人工改写 1 条");
    expect(await app.sayText("zhou-ju", "查看草稿 2025")).toContain("含人工改写 1 条");
  });

  it("「不是」 changes nothing", async () => {
    const app = await reviewing();
    const before = await plan(app);
    await app.sayText("zhou-ju", `计划第${before.part.items.length + 1}条改成：加强科技人才队伍建设`);
    await app.sayText("zhou-ju", "不是");
    expect(await plan(app)).toEqual(before);
  });

  it("「改写 计划 加一条 …」 adds it directly", async () => {
    const app = await reviewing();
    const before = await plan(app);
    const got = await app.sayText("zhou-ju", "改写 计划 加一条 持续开展科普进校园活动 建强队伍");
    expect(got).toContain(`第 ${before.part.items.length + 1} 条`);
    const after = await plan(app);
    expect(after.part.items.map((i) => i.text)).toEqual([
      ...before.part.items.map((i) => i.text),
      "持续开展科普进校园活动 建强队伍。",
    ]);
  });

  it("a number further off still changes nothing and offers nothing", async () => {
    const app = await reviewing();
    const before = await plan(app);
    const got = await app.sayText(
      "zhou-ju",
      `计划第${before.part.items.length + 3}条改成：加强科技人才队伍建设`,
    );
    expect(got).toContain("草稿没有改动");
    expect(got).not.toContain("加为第");
    expect(await plan(app)).toEqual(before);
  });
});

describe("the leader's words go into the draft as typed (words-as-typed.ts)", () => {
  it.each([
    [
      "计划第1条改成：加强科技人才队伍建设，推动GDP核算口径对接",
      "加强科技人才队伍建设，推动GDP核算口径对接。",
    ],
    ["计划第一条换成：俺们将壹佰万元专项资金用于孵化器建设", "俺们将壹佰万元专项资金用于孵化器建设。"],
  ])("「%s」", async (said, want) => {
    const app = await reviewing();
    await app.sayText("zhou-ju", said);
    expect((await plan(app)).part.items[0]!.text).toBe(want);
  });

  it("「计划部分换成：…」 (the whole part) keeps them too", async () => {
    const app = await reviewing();
    await app.sayText("zhou-ju", "计划部分换成：建强科技特派员队伍，服务GDP增长");
    const items = (await plan(app)).part.items.map((i) => i.text).join("");
    expect(items).toContain("建强科技特派员队伍，服务GDP增长");
  });
});
