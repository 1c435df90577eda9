import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round twenty-one (dlg21): answers while the bot waits, said the way people say them across writers
 * (docs/understanding.md 第二十一轮 dlg21).
 */
const { open } = appPerTest();
const NOW = "2026-12-02T16:00:00+08:00";

describe("words missed, added right after the card (少写了 + the words)", () => {
  for (const said of [
    "少写了 再加一句 会上还定了明年的学习计划",
    "少写了一句 会上还定了明年的学习计划",
    "忘写了一句 会上还定了明年的学习计划",
  ])
    it(`「${said}」 after the card was confirmed adds to that update, never a new one`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("xu-dj", "支部上午开了支委会 研究年底党员民主评议");
      await t.sayText("xu-dj", "对的");
      const reply = await t.sayText("xu-dj", said);
      expect(reply).toContain("修改预览（#1）");
      expect(await t.app.services.store.findBySeq("xu-dj", 2)).toBeUndefined();
      await t.sayText("xu-dj", "好 就这样");
      const text = (await t.app.services.store.findBySeq("xu-dj", 1))?.normalizedText ?? "";
      expect(text).toContain("学习计划");
      expect(text).not.toMatch(/一句|少写|忘写/);
    });

  it("「少写了，是4处」 still corrects the figure (a new value), never appends it", async () => {
    const t = await open({ now: NOW });
    await t.sayText("wang-ban", "完成安全生产检查，发现隐患3处");
    await t.sayText("wang-ban", "综合");
    await t.sayText("wang-ban", "没问题");
    const reply = await t.sayText("wang-ban", "少写了，是4处");
    expect(reply).not.toContain("补充");
  });
});

describe("a yes to the section question (someone reporting for two sections)", () => {
  it("「可以」 with no section pointed to asks again in one line, with the choices, and confirms nothing", async () => {
    const t = await open({ now: NOW });
    expect(await t.sayText("wang-ban", "本周办文46件")).toContain("属于哪个科室");
    const reply = await t.sayText("wang-ban", "可以");
    expect(reply).toContain("还没有确认");
    expect(reply).toContain("1. 党建与作风建设");
    expect((await t.app.services.store.findBySeq("wang-ban", 1))?.status).toBe("draft");
  });

  it("「行 就这样」 where the text leans to one section names it; a yes then files it there and confirms", async () => {
    const t = await open({ now: NOW });
    expect(
      await t.sayText("wang-ban", "组织支部党员参加安全生产大检查 检查了食堂和仓库的消防安全"),
    ).toContain("属于哪个科室");
    const offer = await t.sayText("wang-ban", "行 就这样");
    expect(offer).toContain("看内容像是「综合管理与安全生产」");
    expect((await t.app.services.store.findBySeq("wang-ban", 1))?.status).toBe("draft");
    const done = await t.sayText("wang-ban", "是");
    expect(done).toContain("已确认保存（#1，综合管理与安全生产）");
    const u = await t.app.services.store.findBySeq("wang-ban", 1);
    expect([u?.status, u?.section]).toEqual(["confirmed", "office"]);
  });

  it("after the offer, a number still picks the other section, and nothing is confirmed before its card", async () => {
    const t = await open({ now: NOW });
    await t.sayText("wang-ban", "组织支部党员参加安全生产大检查 检查了食堂和仓库的消防安全");
    await t.sayText("wang-ban", "好的 确认");
    await t.sayText("wang-ban", "党建");
    const u = await t.app.services.store.findBySeq("wang-ban", 1);
    expect([u?.status, u?.section]).toEqual(["draft", "party"]);
  });
});

describe("stepping away from a card, back to it later", () => {
  for (const said of [
    "等一下 我先去开会 转来再看",
    "我先去开个会 回来再确认",
    "等会 我先吃个饭 回来再弄",
    "我出去办个事 回来再看",
    "等下哈 我先接个电话 回头再确认",
  ])
    it(`「${said}」 on a card keeps the draft as 先不确认 does, and asks nothing else`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "今天在文化广场办了科普集市 发了宣传册800份");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).not.toMatch(/哪件事|要记为工作填报吗|哪里不对/);
      expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("draft");
      await t.sayText("chen-kp", "没问题 确认");
      expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("confirmed");
    });
});

describe("guided filling: how much to write, asked back", () => {
  for (const asked of ["下一步要写多细啊", "这个咋写", "要写几条"])
    it(`「${asked}」 is answered and the question asked again — never taken as the answer`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("li-rd", "填报");
      await t.sayText("li-rd", "审了6个项目的结题材料");
      await t.sayText("li-rd", "6个项目");
      await t.sayText("li-rd", "没有");
      const reply = await t.sayText("li-rd", asked);
      expect(reply).toContain("4/4");
      expect(await t.app.services.store.findBySeq("li-rd", 1)).toBeUndefined();
      await t.sayText("li-rd", "下周去企业核查研发费用");
      expect((await t.app.services.store.findBySeq("li-rd", 1))?.normalizedText).not.toContain(asked);
    });
});

describe("a section said and taken back in the same breath", () => {
  it("「人才那块吧 哦不对 还是成果转化」 on the card files the draft under the one after the take-back", async () => {
    const t = await open({ now: NOW });
    await t.sayText("zhao-zh", "组织了一场高层次人才座谈会 来了18位专家");
    await t.sayText("zhao-zh", "人才那块吧 哦不对 还是成果转化");
    expect((await t.app.services.store.findBySeq("zhao-zh", 1))?.section).toBe("transfer");
  });

  it("「这是人才的 哦不对 是成果转化的」 answers the section question with the second", async () => {
    const t = await open({ now: NOW });
    expect(await t.sayText("zhao-zh", "本月走访企业6家，收集需求18条。")).toContain("属于哪个科室");
    await t.sayText("zhao-zh", "这是人才的 哦不对 是成果转化的");
    const u = await t.app.services.store.findBySeq("zhao-zh", 1);
    expect([u?.section, u?.status]).toEqual(["transfer", "draft"]);
  });
});

describe("the list of drafts put off, and a bare take-back", () => {
  it("「先都别确认」 to the list of drafts keeps them all, and the list is not asked again", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "上午给双河村培训了养蜂技术 30人");
    await t.sayText("sun-tp", "下午又去看了村里的光伏大棚");
    await t.sayText("sun-tp", "确认");
    const reply = await t.sayText("sun-tp", "先都别确认");
    expect(reply).toContain("草稿都保留着");
    const drafts = await t.app.services.store.listUpdates({ author: "sun-tp", status: "draft" });
    expect(drafts).toHaveLength(2);
  });

  it("「放研发 哦不 还是高企吧」 to the section question is 高企", async () => {
    const t = await open({ now: NOW });
    expect(await t.sayText("he-gq", "帮企业梳理了申报材料")).toContain("属于哪个科室");
    await t.sayText("he-gq", "放研发 哦不 还是高企吧");
    expect((await t.app.services.store.findBySeq("he-gq", 1))?.section).toBe("hitech");
  });
});

describe("a figure of the card named again with its new value", () => {
  it("「嗯 不过人数是6个」 on the card of 「5人参加」 corrects that figure (个 counts people), never asks 要记吗", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "今天开了支委会 5人参加 研究了发展党员");
    const reply = await t.sayText("xu-dj", "嗯 不过人数是6个");
    expect(reply).toContain("修改预览（#1）");
    await t.sayText("xu-dj", "行 就这样");
    expect((await t.app.services.store.findBySeq("xu-dj", 1))?.normalizedText).toContain("6人参加");
    expect(await t.app.services.store.findBySeq("xu-dj", 2)).toBeUndefined();
  });

  it("「听众是350人」 after 「哪里不对？」 corrects 「听众300人」 on the card", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "今天在二中开了场科普讲座 听众300人");
    await t.sayText("chen-kp", "数字错了");
    expect(await t.sayText("chen-kp", "听众是350人")).toContain("修改预览（#1）");
  });
});
