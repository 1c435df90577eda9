import { describe, expect, it } from "vitest";
import { loadDialogues, playEach, STAFF_DIALOGUES } from "./corpus/run-dialogues.js";
import { remindersFeature } from "../src/reminders/feature.js";
import { runRemindCli } from "../src/reminders/remind-cli.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Staff-side conversation flows, round nine (own phrasings, written before the code; first sight
 * 13/23 dialogues as labelled, 74/85 turns, then 24/24 after): a yes after the bot answered
 * something else is no yes to the card (b); a correction while the section is asked corrects that
 * draft, and the edit of an unfiled draft waits for its section (c); guided answers in dialect or
 * deferring the figures to someone (没得啥子问题、得问问村会计) say nothing (d); a bare number, 好的 or
 * 确认 while several drafts wait (e); a greeting or a complaint in front of a request (f). Then the
 * same flows cut by a restart: the pending question survives and the next answer is understood.
 */
const { open } = appPerTest();
const dialogues = loadDialogues(STAFF_DIALOGUES);

describe("staff dialogues (own phrasings, round nine)", () => {
  it("all end as labelled, nothing stored that is not a report", async () => {
    const score = await playEach(dialogues, open);
    const why = score.failures.join("\n");
    expect(score.dialogues).toBeGreaterThanOrEqual(24);
    expect(score.wronglyStored, why).toBe(0);
    expect(score.missedStores, why).toBe(0);
    expect(score.endOk, why).toBe(score.dialogues);
    expect(score.intentOk / score.turns, why).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});

const text = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join("\n");
const NOW = "2025-12-10T10:00:00+08:00";

/** The console started again on the same data directory, a little later. */
async function restart(t: TestApp, at = "2025-12-10T10:20:00+08:00"): Promise<TestApp> {
  await t.app.close();
  return open({ now: at, dataDir: t.dataDir });
}

async function statuses(t: TestApp, who: string): Promise<string[]> {
  return (await t.app.services.store.listUpdates({ author: who }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => u.status);
}

describe("a restart in the middle of a conversation", () => {
  it("guided 填报: the next answer goes to the question asked before the restart", async () => {
    const t = await open({ now: NOW });
    await t.say("sun-tp", "填报");
    await t.say("sun-tp", "去两个村教了果树修剪");
    expect(text(await t.say("sun-tp", "来了四十多户"))).toContain("3/4");
    const again = await restart(t);
    expect(text(await again.say("sun-tp", "村里劳力少，来的多是老人"))).toContain("4/4");
    const card = text(await again.say("sun-tp", "开春再去一次"));
    expect(card).toContain("请确认填报内容");
    expect(card).toContain("劳力少");
    await again.say("sun-tp", "好的");
    expect(await statuses(again, "sun-tp")).toEqual(["confirmed"]);
  });

  it("two drafts listed after 确认: 「2」 after the restart confirms #2 only", async () => {
    const t = await open({ now: NOW });
    await t.say("chen-kp", "给二中送科普展板30块");
    await t.say("chen-kp", "社区放了一场科教电影，八十多人看");
    expect(text(await t.say("chen-kp", "确认"))).toContain("确认哪一条");
    const again = await restart(t);
    expect(text(await again.say("chen-kp", "2"))).toContain("#2");
    expect(await statuses(again, "chen-kp")).toEqual(["draft", "confirmed"]);
    // 好的 now, with #1 still a draft and nothing asked about it: not taken as its yes.
    await again.say("chen-kp", "好的");
    expect(await statuses(again, "chen-kp")).toEqual(["draft", "confirmed"]);
  });

  it("the section asked before the restart is answered by a bare number after it", async () => {
    const t = await open({ now: NOW });
    expect(text(await t.say("wang-ban", "整理了今年的会议纪要，二十多份"))).toContain("哪个科室");
    const again = await restart(t);
    const card = text(await again.say("wang-ban", "2"));
    expect(card).toContain("综合管理与安全生产");
    await again.say("wang-ban", "确认");
    expect(await statuses(again, "wang-ban")).toEqual(["confirmed"]);
  });

  it("a card shown before the restart: 好的 minutes later confirms it; nothing else is stored", async () => {
    const t = await open({ now: NOW });
    await t.say("li-rd", "审核了9个项目的验收材料");
    const again = await restart(t);
    expect(text(await again.say("li-rd", "好的"))).toContain("已确认");
    expect(await statuses(again, "li-rd")).toEqual(["confirmed"]);
  });

  it("an edit preview survives the restart; 确认 saves the edit", async () => {
    const t = await open({ now: NOW });
    await t.say("he-gq", "帮4家企业准备高企申报材料");
    await t.say("he-gq", "确认");
    expect(text(await t.say("he-gq", "写错了 是5家"))).toMatch(/5家/);
    const again = await restart(t);
    expect(text(await again.say("he-gq", "确认"))).toContain("已保存修改");
    const [u] = await again.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.normalizedText).toContain("5家");
    expect(u?.status).toBe("confirmed");
  });

  it("the 请假 offer made before the restart is taken by 好的 after it", async () => {
    const t = await open({ now: NOW });
    expect(text(await t.say("xu-dj", "下周我去省委党校培训 都不在单位"))).toContain("暂停填报提醒");
    const again = await restart(t);
    expect(text(await again.say("xu-dj", "好的"))).toContain("已记录请假");
    expect(await statuses(again, "xu-dj")).toEqual([]);
  });

  it("an unclear line asked about before the restart: 不用记 after it stores nothing", async () => {
    const t = await open({ now: NOW });
    expect(text(await t.say("li-rd", "迎检"))).toContain("要记为工作填报吗");
    const again = await restart(t);
    expect(text(await again.say("li-rd", "不用记"))).toContain("没有保存");
    expect(await statuses(again, "li-rd")).toEqual([]);
  });
});

describe("the weekly reminder is the last thing said", () => {
  it("好的 to the reminder is no yes to the card shown before it; the bot asks, then 确认 confirms", async () => {
    const t = await open({ now: "2025-11-21T09:00:00+08:00", features: [remindersFeature] });
    await t.say("sun-tp", "给青山村引进了食用菌新品种两个");
    t.setNow("2025-11-21T16:05:00+08:00");
    await runRemindCli(t.app, {}, () => {});
    const reminder = t.sent.find((s) => s.personId === "sun-tp")?.reply.text ?? "";
    expect(reminder).toContain("#1");
    const ok = text(await t.say("sun-tp", "好的"));
    expect(ok).not.toContain("已确认");
    expect(ok).toContain("要确认这条吗");
    expect(await statuses(t, "sun-tp")).toEqual(["draft"]);
    expect(text(await t.say("sun-tp", "确认"))).toContain("已确认");
    expect(await statuses(t, "sun-tp")).toEqual(["confirmed"]);
  });
});

describe("two questions in one message", () => {
  it.each([
    ["xu-dj", "你好，我新来的，这个咋报啊，是不是每周都要报", /每周报一次/],
    ["chen-kp", "刚调过来的 怎么填啊 每周都得报吗", /每周报一次/],
    ["li-rd", "这个咋用 不报会咋样", /会收到提醒/],
    ["sun-tp", "请问怎么报，啥时候截止", /没有硬性的截止时间/],
  ])("%s 「%s」: how to report and the rule, both answered", async (who, said, rule) => {
    const t = await open({ now: NOW });
    const out = text(await t.say(who, said));
    expect(out).toContain("怎么填报：直接发一段文字");
    expect(out).toMatch(rule);
    expect(await statuses(t, who)).toEqual([]);
  });
  it("a rules question alone gets the rule only", async () => {
    const t = await open({ now: NOW });
    expect(text(await t.say("xu-dj", "是不是每周都要报"))).not.toContain("怎么填报");
  });
});
