import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Round twenty-three (dlg23): answers while the bot waits, read by their shape rather than a dialect's word
 * (docs/understanding.md 第二十三轮 dlg23) — a problem or doubt denied is a yes, the yes with talk around it, a card or
 * a list put off with the reason beside it, the section handed to the bot, the edit dropped while its text is asked
 * for, a remark on the card's work, none said the other way round in guided filling.
 */
const { open } = appPerTest();
const NOW = "2026-12-03T16:00:00+08:00";
type T = Awaited<ReturnType<typeof open>>;
const updates = async (t: T, who: string) => t.app.services.store.listUpdates({ author: who });
const status = async (t: T, who: string, seq: number) =>
  (await t.app.services.store.findBySeq(who, seq))?.status;

describe("a problem or doubt denied is the yes to the card", () => {
  for (const said of [
    "没啥不对的 你存吧",
    "冇得错 就是介个样子",
    "不差啥 存上吧",
    "一点不差",
    "看不出啥毛病 确认",
  ])
    it(`「${said}」 confirms the draft, never asks what is wrong`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "今天在城关二小搞了防震科普 学生两百多");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).not.toContain("哪里不对");
      expect(await status(t, "chen-kp", 1)).toBe("confirmed");
    });
  it("「没问题 就是场次写错了 是3场」 is still the correction, not a yes", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "上午在社区办了科普讲座2场 听众80人");
    await t.sayText("chen-kp", "没问题 就是场次写错了 是3场");
    expect(await status(t, "chen-kp", 1)).toBe("draft");
  });
});

describe("the yes with talk around it", () => {
  for (const said of [
    "好的唻 就这样 晚上还要加班弄材料",
    "数对着哩 没啥问题 今儿个跑了一天 腿都软了",
    "你这写得比我写的还好😂 存了吧",
  ])
    it(`「${said}」 confirms the one draft, stores nothing else`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("xu-dj", "下午组织党员学习了全会精神 到了19人");
      await t.sayText("xu-dj", said);
      const all = await updates(t, "xu-dj");
      expect(all.map((u) => u.status)).toEqual(["confirmed"]);
    });
  it("「好的 另外下午还去社区搞了志愿服务」 is still new work", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "下午组织党员学习了全会精神 到了19人");
    await t.sayText("xu-dj", "好的 另外上午还去社区搞了党员志愿服务 去了15个党员");
    expect(await updates(t, "xu-dj")).toHaveLength(2);
  });
});

describe("put off with the reason beside it", () => {
  for (const said of [
    "等我问问科长 再定",
    "算了 这条先莫存 主任讲还要改",
    "等我找老李对下账 再存",
    // Round twenty-four (dlg24): Tianjin 介条 (这条) with 甭.
    "介条先甭存 我问问科长去",
  ])
    it(`「${said}」 keeps the draft without asking what is wrong; a later 确认 confirms`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "上午在社区发了防诈骗宣传单500份");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).not.toMatch(/哪里不对|已确认/);
      expect(await status(t, "chen-kp", 1)).toBe("draft");
      await t.sayText("chen-kp", "问过了 可以了 确认");
      expect(await status(t, "chen-kp", 1)).toBe("confirmed");
    });
  // Round twenty-four (dlg24): the count before 都, and a look still to be had as the reason (还要看、还要审).
  for (const said of [
    "都先莫确认 我还要核一下",
    "算了 都先不确认 主任说要统一报",
    "两个都先莫确认 领导还要看",
  ])
    it(`「${said}」 to the list of drafts confirms none`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "上午在实验中学搞了科普报告会 学生300人");
      await t.sayText("chen-kp", "下午又在社区办了一场科普讲座 居民80人");
      await t.sayText("chen-kp", "确认");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).not.toContain("确认哪一条");
      expect((await updates(t, "chen-kp")).map((u) => u.status)).toEqual(["draft", "draft"]);
    });
  it("「俩都先甭确认 主任还要审」 to two cards (no list) keeps both, says so", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "帮社区办了一场科普展 来了100人");
    await t.sayText("chen-kp", "下午又去二小讲了防溺水 学生200人");
    const reply = await t.sayText("chen-kp", "俩都先甭确认 主任还要审");
    expect(reply).toContain("草稿都保留着");
    expect((await updates(t, "chen-kp")).map((u) => u.status)).toEqual(["draft", "draft"]);
  });
  it("「2号确认 1号先搁着」 confirms #2 only", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "上午在实验中学搞了科普报告会 学生300人");
    await t.sayText("chen-kp", "下午又在社区办了一场科普讲座 居民80人");
    await t.sayText("chen-kp", "确认");
    await t.sayText("chen-kp", "2号确认 1号先搁着");
    expect((await updates(t, "chen-kp")).map((u) => u.status)).toEqual(["draft", "confirmed"]);
  });
});

describe("the section handed to the bot", () => {
  for (const said of [
    "你定吧 我也分不清",
    "随你 你看着弄",
    "照 你定吧",
    "我也搞不清楚算哪个 你看着办",
    "放哪都行 你看着办吧",
    "我也说不好 随便你",
    // Round twenty-four (dlg24): any is fine (都中、都行) beside it.
    "都中 你定吧",
    "都行 你看着整嘛",
  ])
    it(`「${said}」 to 属于哪个科室 is the yes (the bot names what it would take, confirms nothing)`, async () => {
      const t = await open({ now: NOW });
      const ctx = intentContextFor(t.app, "he-gq", {
        awaiting: "section",
        justAsked: true,
        pendingDrafts: 1,
      });
      expect(classifyIntent(said, ctx)).toEqual({ kind: "answer", answer: "yes" });
    });
  it("「你定吧 帮3家企业做了研发费用归集」 is new work, not the yes", async () => {
    const t = await open({ now: NOW });
    const ctx = intentContextFor(t.app, "he-gq", { awaiting: "section", justAsked: true, pendingDrafts: 1 });
    expect(classifyIntent("你定吧 另外下午帮3家企业做了研发费用归集", ctx)).not.toEqual({
      kind: "answer",
      answer: "yes",
    });
  });
});

describe("the edit dropped while its text is asked for", () => {
  for (const said of ["放弃修改", "保持原样吧 不改咧", "算了 原来写的也没错", "莫改了 就按原来的"])
    it(`「${said}」 leaves #1 as it was and says which`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "上午办了科普讲座3场 听众260人次");
      await t.sayText("chen-kp", "确认");
      await t.sayText("chen-kp", "修改 1");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).toContain("已放弃这次修改，#1 保持原样");
      const u = await t.app.services.store.findBySeq("chen-kp", 1);
      expect(u?.normalizedText).toBe("上午办了科普讲座3场 听众260人次");
      // The question is closed: the next message is no edit text.
      expect(await t.sayText("chen-kp", "好的")).not.toContain("修改预览");
    });
});

describe("a remark on the card's work", () => {
  it("「这个培训主任也说搞得好 大家都爱听」 is talk; 没麻达 存起 then confirms the card, no second update", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "今天在后沟村搞了测土配方施肥培训 来了60多人");
    await t.sayText("sun-tp", "这个培训主任也说搞得好 大家都爱听");
    await t.sayText("sun-tp", "没麻达 存起");
    expect((await updates(t, "sun-tp")).map((u) => u.status)).toEqual(["confirmed"]);
  });
});

describe("none said the other way round in guided filling", () => {
  it("「毬事没有」 to the problems question moves on with nothing written there", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "你一项一项问我吧");
    await t.sayText("xu-dj", "组织支部党员去纪念馆搞了主题党日");
    await t.sayText("xu-dj", "去了26个党员");
    await t.sayText("xu-dj", "毬事没有");
    await t.sayText("xu-dj", "下个月开组织生活会");
    const [u] = await updates(t, "xu-dj");
    expect(u?.normalizedText ?? "").not.toContain("毬事");
  });
});

describe("a place in the list, described as the one just sent (dlg24)", () => {
  for (const said of ["底下那个 新报的", "后面那个是我刚报的 确认那个"])
    it(`「${said}」 to the list of #5 #6 is #6`, async () => {
      const t = await open({ now: NOW });
      const ctx = intentContextFor(t.app, "he-gq", {
        awaiting: "which-draft",
        justAsked: true,
        pendingDrafts: 2,
        draftNumbers: [5, 6],
      });
      expect(classifyIntent(said, ctx)).toEqual({ kind: "answer", answer: "number", n: 6 });
      expect(classifyIntent("新报的", ctx)).not.toEqual({ kind: "answer", answer: "number", n: 6 });
    });
});
