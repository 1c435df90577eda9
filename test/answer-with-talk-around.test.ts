import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Round twenty-two (dlg22): the awaited answer with talk around it, in voices the corpus had little of
 * (docs/understanding.md 第二十二轮 dlg22) — a wait to ask someone, the confirming said to come after it, an edit
 * turned down in two clauses, the words missed said before 忘写了, a draft named with a pointer after it, a remark on
 * the card's work, 算了 to ask someone with nothing in progress, leaving a guided answer out asked with 吧.
 */
const { open } = appPerTest();
const NOW = "2026-12-03T16:00:00+08:00";
const status = async (t: Awaited<ReturnType<typeof open>>, who: string, seq: number) =>
  (await t.app.services.store.findBySeq(who, seq))?.status;

describe("a wait to ask or check someone on the card keeps the draft", () => {
  for (const said of [
    "等我跟主任對一下數 再確認",
    "莫急到存 我再去问哈主任",
    "先搁那儿哇 我问问我们科长再说",
  ])
    it(`「${said}」 confirms nothing, asks nothing, and a later 确认 confirms`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("sun-tp", "今天给柳林村送了核桃苗3000株");
      const reply = await t.sayText("sun-tp", said);
      expect(reply).not.toMatch(/哪里不对|已确认|要记为工作填报吗/);
      expect(await status(t, "sun-tp", 1)).toBe("draft");
      await t.sayText("sun-tp", "问过了 没问题 确认");
      expect(await status(t, "sun-tp", 1)).toBe("confirmed");
    });
});

describe("an edit turned down in two clauses (改的不算、不作数 + the version before)", () => {
  for (const said of ["刚才改的不作数 用原来那版", "还是用之前那版 刚才改的不算"])
    it(`「${said}」 on the preview keeps the original`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "今天在县一中办了科普报告会 学生300人");
      await t.sayText("chen-kp", "改一下 学生是350人");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).not.toContain("请发送 #1 的修改内容");
      await t.sayText("chen-kp", "确认");
      const u = await t.app.services.store.findBySeq("chen-kp", 1);
      expect([u?.status, u?.normalizedText.includes("300"), u?.normalizedText.includes("350")]).toEqual([
        "confirmed",
        true,
        false,
      ]);
    });
});

describe("words missed said before 忘写了", () => {
  it("「嗯 参加的有25个党员 忘写了」 adds to the draft on the card, never a second update", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "今天支部开展了主题党日 参观了党史馆");
    await t.sayText("xu-dj", "嗯 参加的有25个党员 忘写了");
    await t.sayText("xu-dj", "好嘞");
    const all = await t.app.services.store.listUpdates({ author: "xu-dj" });
    expect(all).toHaveLength(1);
    expect([all[0]?.status, all[0]?.normalizedText.includes("25个党员")]).toEqual(["confirmed", true]);
  });
});

describe("the list of drafts answered with a pointer or a remark around the choice", () => {
  it("「就第二条那个吧」 confirms the second listed draft only", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "上午去实验二小开展了防溺水科普讲座 学生200人");
    await t.sayText("chen-kp", "下午在社区发了科普挂图60套");
    await t.sayText("chen-kp", "确认");
    await t.sayText("chen-kp", "就第二条那个吧");
    expect([await status(t, "chen-kp", 1), await status(t, "chen-kp", 2)]).toEqual(["draft", "confirmed"]);
  });
});

describe("a remark on the card's work is no second update", () => {
  it("「今天这个活动效果蛮好 老百姓都说好」 stores nothing; 「行 存上」 after it confirms the card", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "上午在后山村搞了果树修剪现场教学 来了30多户");
    await t.sayText("sun-tp", "今天这个活动效果蛮好 老百姓都说好");
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(1);
    await t.sayText("sun-tp", "行 存上");
    expect(await status(t, "sun-tp", 1)).toBe("confirmed");
  });
});

describe("read alone", () => {
  const cases: Array<[string, string, Record<string, unknown>, Record<string, unknown>]> = [
    ["算了 我再问问主任", "li-rd", { awaiting: "nothing" }, { kind: "smalltalk", topic: "later" }],
    ["算了 等会再说", "li-rd", { awaiting: "nothing" }, { kind: "smalltalk", topic: "later" }],
    ["算了 不改了", "li-rd", { awaiting: "nothing" }, { kind: "command", command: "取消" }],
    ["这块可以不写吧", "li-rd", { awaiting: "guided", justAsked: true }, { kind: "smalltalk" }],
    [
      "不对 放综合那块",
      "wang-ban",
      { awaiting: "confirm", justAsked: true, pendingDrafts: 1 },
      { kind: "answer", section: "office" },
    ],
    [
      "兀个是党建的 支部活动",
      "wang-ban",
      { awaiting: "section", justAsked: true, pendingDrafts: 1 },
      { kind: "answer", section: "party" },
    ],
    [
      "对对对",
      "li-rd",
      { awaiting: "confirm", justAsked: true, pendingDrafts: 1 },
      { kind: "answer", answer: "yes" },
    ],
    [
      "两条都确认喽",
      "chen-kp",
      { awaiting: "which-draft", justAsked: true, pendingDrafts: 2, draftNumbers: [2, 3] },
      { kind: "answer", answer: "all" },
    ],
    [
      "照",
      "li-rd",
      { awaiting: "confirm", justAsked: true, pendingDrafts: 1 },
      { kind: "answer", answer: "yes" },
    ],
    [
      "先一个都莫确认 我再看看",
      "sun-tp",
      { awaiting: "which-draft", justAsked: true, pendingDrafts: 2, draftNumbers: [3, 4] },
      { kind: "answer", answer: "no" },
    ],
  ];
  for (const [said, who, ctx, want] of cases)
    it(`「${said}」 (${String(ctx.awaiting)}) → ${JSON.stringify(want)}`, async () => {
      const t = await open({ now: NOW });
      expect(classifyIntent(said, intentContextFor(t.app, who, ctx))).toMatchObject(want);
    });
});

describe("after i22d (the same classes in other words)", () => {
  it("「学员人数漏写了 一共40人」 adds the figure named as missed to the draft, never a second update", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "今天在桃源村办了果树病虫害防治培训");
    await t.sayText("sun-tp", "学员人数漏写了 一共40人");
    await t.sayText("sun-tp", "好");
    const all = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(all).toHaveLength(1);
    expect([all[0]?.status, all[0]?.normalizedText.includes("40人")]).toEqual(["confirmed", true]);
  });
  it("「来了18个党员 忘了写」 (忘了写 at the end) adds to the draft", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "下午组织党员开展了志愿服务 打扫了社区卫生");
    await t.sayText("xu-dj", "来了18个党员 忘了写");
    await t.sayText("xu-dj", "好");
    const all = await t.app.services.store.listUpdates({ author: "xu-dj" });
    expect(all.map((u) => [u.status, u.normalizedText.includes("18个党员")])).toEqual([["confirmed", true]]);
  });
  it("「莫慌存 我再核哈户数」 keeps the draft; 「这次讲座反响特别好 学生都爱听」 stores nothing; 「存起来」 keeps it", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "上午在三小搞了交通安全科普 学生260人");
    expect(await t.sayText("chen-kp", "莫慌存 我再核哈户数")).not.toContain("哪里不对");
    await t.sayText("chen-kp", "这次讲座反响特别好 学生都爱听");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(1);
    await t.sayText("chen-kp", "存起来");
    expect(await status(t, "chen-kp", 1)).toBe("confirmed");
  });
});

describe("probes after the docs (other words again)", () => {
  it("「对的 人数少写了个0 应该是500」 on a card corrects it — the yes before a new value confirms nothing", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "上午在县一中开展了防震科普 学生50人");
    await t.sayText("chen-kp", "对的 人数少写了个0 应该是500");
    expect(await status(t, "chen-kp", 1)).toBe("draft");
  });
  it("「人数忘写了 一共来了60多人」 adds to the draft; 「算咯 我回头再问问」 with nothing in progress is talk put off", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "今天在桃源村办了果树病虫害防治培训");
    await t.sayText("sun-tp", "人数忘写了 一共来了60多人");
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(1);
    expect(classifyIntent("算咯 我回头再问问", intentContextFor(t.app, "sun-tp"))).toMatchObject({
      kind: "smalltalk",
      topic: "later",
    });
  });
});
