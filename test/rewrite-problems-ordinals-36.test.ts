import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 「改写 问题 一是…；二是…」 on one line, as a leader types the problems part: each 是 is a problem of its own and the
 * part reads back exactly as typed (lead's console trial, round thirty-six: the 一是 was dropped and 「；二是…」 left
 * inside the first problem, so the card showed 「部分企业…；二是特派员…」 while saying 「已用您的文字替换」).
 */
const { open } = appPerTest();
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

async function drafted(t: TestApp): Promise<void> {
  await t.say("sun-tp", "今年选派科技特派员45名，服务12个乡镇。问题是特派员年龄偏大，年轻人留不住");
  await t.say("sun-tp", "确认");
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
}
async function problems(t: TestApp) {
  const part = (await api(t).service.get({ year: 2026 }))?.versions
    .at(-1)
    ?.parts.find((p) => p.kind === "problems");
  if (!part) throw new Error("no problems part");
  return part;
}

describe("the problems part typed as 一是…；二是… on one line", () => {
  it.each([
    "一是部分企业申报材料准备不充分，2家企业未能按期申报；二是特派员队伍年龄偏大，青年人才留不住。",
    "一是部分企业申报材料准备不充分，2家企业未能按期申报。二是特派员队伍年龄偏大，青年人才留不住",
  ])("「%s」 is two problems, read back as typed", async (typed) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await drafted(t);
    const reply = await t.sayText("zhou-ju", `改写 问题 ${typed}`);
    const part = await problems(t);
    expect(part.items.map((i) => i.text)).toEqual([
      "部分企业申报材料准备不充分，2家企业未能按期申报",
      "特派员队伍年龄偏大，青年人才留不住",
    ]);
    expect(reply).toContain("一是部分企业申报材料准备不充分，2家企业未能按期申报；二是特派员队伍年龄偏大");
    expect(reply).not.toMatch(/；二是[^；]*；二是/u);
  });

  it("a 是 inside a problem's own words splits nothing", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await drafted(t);
    await t.sayText("zhou-ju", "改写 问题 主要问题是人才留不住；关键是待遇偏低");
    expect((await problems(t)).items.map((i) => i.text)).toEqual(["主要问题是人才留不住；关键是待遇偏低"]);
  });
});
