import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureAskedOfDraft } from "../src/conversation/figure-question.js";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A leader asks where a figure of the draft came from, with no part named or with one (trial of round
 * fourteen: 「这稿子里的86万是哪来的」 got the generic 「有什么需要帮忙的？」). The reply says where the
 * figure stands and whose report it came from, or that the draft does not have it; nothing changes.
 * Own phrasings, written before the fix: first sight 0/8 read as the question.
 */
const sections = [
  { id: "xm", name: "科技项目与研发投入", aliases: [] },
  { id: "kp", name: "科普宣传与培训", aliases: [] },
];

describe("a figure of the draft asked about", () => {
  for (const [said, figure, part] of [
    ["这稿子里的86万是哪来的", "86万", undefined],
    ["86万是哪来的？", "86万", undefined],
    ["稿子里那个12家企业谁报的", "12家企业", undefined],
    ["（二）里86万怎么来的", "86万", "（二）"],
    ["第三部分的1500人次对不对啊", "1500人次", "第三部分"],
    ["草稿上的3.5亿准吗", "3.5亿", undefined],
    ["那个一千二百份资料打哪来的", "一千二百份资料", undefined],
    ["总结里的98%咋算的", "98%", undefined],
  ] as const)
    it(said, () => {
      const read = figureAskedOfDraft(said, { sections });
      expect(read?.command).toBe("查看草稿");
      expect(read?.text).toBe(`查看草稿 ${part ? `${part} ` : ""}数字 ${figure}`);
    });

  // Near misses: a report with a figure, an edit of a figure, a question with no figure.
  for (const said of [
    "今天帮企业争取资金86万",
    "第3条改成86万",
    "86万的项目明天评审",
    "这个数是哪来的",
    "开头是什么意思",
    // Dates, versions, item numbers and parts are no figure of the draft.
    "3号那条是啥",
    "v2对吗",
    "第3条有问题",
    "12月的是啥意思",
  ])
    it(`not a figure question: ${said}`, () => {
      expect(figureAskedOfDraft(said, { sections })).toBeUndefined();
    });
});

describe("through the engine", () => {
  let t: TestApp;
  const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
  beforeAll(async () => {
    t = await makeTestApp({ now: "2025-12-15T10:00:00+08:00" });
    await t.say("chen-kp", "帮企业争取省级科技项目资金86万元，走访企业12家");
    await t.say("chen-kp", "确认");
    await t.say("zhou-ju", "生成总结");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
  });
  afterAll(async () => {
    await t.app.close();
    cleanTmpDirs();
  });

  it("says where the figure stands and whose report it came from, and changes nothing", async () => {
    const before = JSON.stringify(await t.app.services.store.listUpdates({}));
    const text = all(await t.say("zhou-ju", "这稿子里的86万是哪来的"));
    expect(text).toMatch(/「86万」在.*第1条，来自填报陈静#1/u);
    expect(text).not.toContain("有什么需要帮忙的");
    expect(JSON.stringify(await t.app.services.store.listUpdates({}))).toBe(before);
  });

  it("says so when the part named lacks it, and where it is instead", async () => {
    const text = all(await t.say("zhou-ju", "（一）里的86万对吗"));
    expect(text).toContain("（一）里没有「86万」；「86万」在");
  });

  it("says plainly when the draft does not have the figure", async () => {
    expect(all(await t.say("zhou-ju", "300万是啥"))).toContain("里没有「300万」");
  });
});
