import { describe, expect, it } from "vitest";
import { workMatter } from "../src/conversation/work-matter.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A matter of one's work named with nothing done and nothing asked of the bot (work-matter.ts,
 * docs/understanding.md 「问一句，还是回一句」): one line with buttons that say what the bot can do,
 * nothing stored; social chat beside it is answered and asks nothing. Phrasings here are not the
 * corpus lines (i12a): they check the readings carry over.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

const buttonsOf = (replies: Array<{ card?: { buttons?: Array<{ command: string }> } }>) =>
  replies.flatMap((r) => r.card?.buttons ?? []).map((b) => b.command);

describe("work-matter readings", () => {
  it.each([
    ["报表晚上发你", "pending"],
    ["名单还在等村里报上来", "pending"],
    ["方案快好了", "pending"],
    ["就差收尾了", "pending"],
    ["奖补什么时候能到账啊", "asked"],
    ["这份清单格式行不行", "asked"],
    ["园区那笔经费咋办", "asked"],
    ["安全隐患排查", "name"],
    ["台账一直没给我", "pending"],
    ["等县里把名单批下来再弄", "pending"],
    ["快了 快了", "pending"],
    ["每亩地的补贴是多少", "asked"],
    ["全县科普工作材料汇编", "name"],
    ["年度科技项目验收", "name"],
  ])("「%s」 is %s", (said, reading) => {
    expect(workMatter(intentText(said).norm)).toBe(reading);
  });

  it.each([
    "那个项目的事回头再说",
    "下周一要交材料吗",
    "高企复审材料已提交，等待省里评审结果",
    "方案定了，下周一印发",
    "开展安全生产大检查3次",
    "报错了想改一下数字 怎么弄",
    "谁帮我看看这个表格式对不对",
  ])("「%s」 is none of them", (said) => {
    expect(workMatter(intentText(said).norm)).toBeUndefined();
  });
});

describe("asking about a matter of work, storing nothing", () => {
  it("a promise about material is asked about, with 本周不再提醒 when it waits on others", async () => {
    const t = await open({ now: NOW });
    const replies = await t.say("li-rd", "数据还在等乡镇报上来");
    const text = JSON.stringify(replies);
    expect(text).toContain("还在办");
    expect(buttonsOf(replies)).toEqual(["记为填报", "下周提醒", "不用记"]);
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
    // 不用 closes it: still nothing stored.
    await t.say("li-rd", "不用记");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it.each([
    "补助款啥时候发下来",
    "奖励款到位没得",
    "那笔经费咋办",
  ])("a question about business 「%s」 says the bot cannot look it up", async (said) => {
    const t = await open({ now: NOW });
    const replies = await t.say("chen-kp", said);
    expect(JSON.stringify(replies)).toContain("我查不到");
    expect(buttonsOf(replies)).toEqual(["记为填报", "不用记"]);
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(0);
  });

  it.each([
    "材料的事晚点再跟你说",
    "这系统界面有点丑哈哈",
    "周五下午开全局大会是吧",
  ])("「%s」 is answered and asks nothing", async (said) => {
    const t = await open({ now: NOW });
    const replies = await t.say("xu-dj", said);
    expect(buttonsOf(replies)).toEqual([]);
    expect(await t.app.services.store.listUpdates({ author: "xu-dj" })).toHaveLength(0);
  });

  it("a task named alone is asked about by its name", async () => {
    const t = await open({ now: NOW });
    const out = await t.sayText("sun-tp", "冬季防火巡查");
    expect(out).toContain("只有「冬季防火巡查」几个字");
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(0);
  });

  it("an errand someone gave is offered as a plan, stored only on 记为计划", async () => {
    const t = await open({ now: NOW });
    const replies = await t.say("li-rd", "主任叫我把去年的台账再理一理");
    expect(JSON.stringify(replies)).toContain("交办的任务");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("a laugh at the bot's words is answered, nothing asked", async () => {
    const t = await open({ now: NOW });
    const replies = await t.say("li-rd", "哈哈哈 你这回复太逗了");
    expect(buttonsOf(replies)).toEqual([]);
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });
});
