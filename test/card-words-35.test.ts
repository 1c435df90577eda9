import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round thirty-five's console trial (docs/understanding.md 第三十五轮 trial35), each class in other words than
 * dialogues-s35.jsonl:
 * - 「第N条不改了 直接确认」: the update named, no change wanted, confirmed as it stands — 确认 N, never 修改 N, and never
 *   the words of a new text while its edit waits (they were appended to the update as a problem).
 * - A bare 「不用」 on a card: it may be 不用改 (confirm) or 不用记 (withdraw) — one clear line asks which, the draft kept,
 *   never 「哪里不对？」, which answers a 不对 nobody said.
 * - A meeting or an event at a place, said for a day to come (明天到…开…): work still ahead, asked about with
 *   「记为填报」 on offer (README: 自己要去某个村、乡镇…办的事 … 问要不要记为下一步计划), never stored outright.
 */
const { open } = appPerTest();
const NOW = "2026-12-05T10:40:00+08:00";

async function statuses(t: Awaited<ReturnType<typeof open>>, who: string) {
  const ups = await t.app.services.store.listUpdates({ author: who });
  return ups.map((u) => `${u.seq}:${u.status}`).sort();
}

describe("「第N条不改了 直接确认」 confirms N as it stands (round thirty-five)", () => {
  it.each([
    "第2条不用改了，直接确认",
    "2号别改了 就这样确认吧",
    "第二条不改了 直接提交",
  ])("「%s」 on a card", async (said) => {
    const t = await open({ now: NOW });
    await t.say("sun-tp", "今天到石桥村指导大棚蔬菜种植 菜农35户参加");
    await t.say("sun-tp", "确认");
    await t.say("sun-tp", "给西山村装了2套土壤墒情监测仪");
    const reply = await t.sayText("sun-tp", said);
    expect(reply).not.toContain("修改内容");
    expect(await statuses(t, "sun-tp")).toEqual(["1:confirmed", "2:confirmed"]);
  });

  it("said while the new text of its edit is awaited: the edit dropped, the update confirmed, nothing appended", async () => {
    const t = await open({ now: NOW });
    await t.say("sun-tp", "给西山村装了2套土壤墒情监测仪");
    await t.say("sun-tp", "修改 1");
    await t.say("sun-tp", "第1条不用改了 直接确认");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("confirmed");
    expect(u?.normalizedText).not.toContain("不用改");
    expect(u?.problems.join("")).not.toContain("确认");
  });
});

describe("a bare 「不用」 on a card asks which it means (round thirty-five)", () => {
  it.each(["不用", "不用了", "不需要"])("「%s」", async (said) => {
    const t = await open({ now: NOW });
    await t.say("xu-dj", "组织支部党员观看警示教育片，参加党员22名");
    const replies = await t.say("xu-dj", said);
    const text = replies.map((r) => `${r.text ?? ""}${JSON.stringify(r.card ?? "")}`).join("\n");
    expect(text).not.toContain("哪里不对");
    expect(text).toMatch(/确认/);
    expect(text).toMatch(/撤回/);
    expect(await statuses(t, "xu-dj")).toEqual(["1:draft"]);
    // The next yes confirms it, as the card asked (no 「还没改」 held against it).
    await t.say("xu-dj", "确认");
    expect(await statuses(t, "xu-dj")).toEqual(["1:confirmed"]);
  });

  it("「不对」 still asks what is wrong", async () => {
    const t = await open({ now: NOW });
    await t.say("xu-dj", "组织支部党员观看警示教育片，参加党员22名");
    expect(await t.sayText("xu-dj", "不对")).toContain("哪里不对");
  });
});

describe("an event at a place on a day to come is asked about, not stored (round thirty-five)", () => {
  it.each([
    ["li-rd", "后天到县工业园开研发费用加计扣除政策宣讲会，邀请15家企业参加"],
    ["sun-tp", "明天到柳河乡搞果树冬剪现场培训"],
    ["chen-kp", "明天到实验小学办科普讲座"],
  ])("%s: 「%s」", async (who, said) => {
    const t = await open({ now: NOW });
    const replies = await t.say(who, said);
    expect(await statuses(t, who)).toEqual([]);
    expect(replies.flatMap((r) => r.card?.buttons ?? []).some((b) => b.command === "记为填报")).toBe(true);
  });

  it.each([
    ["sun-tp", "下周准备到柳河乡开展果树冬剪培训，培训果农50人"],
    ["chen-kp", "昨天到实验小学办了科普讲座，学生300人参加"],
  ])("%s: 「%s」 (a plan said as a plan, or done) is recorded as before", async (who, said) => {
    const t = await open({ now: NOW });
    await t.say(who, said);
    expect(await statuses(t, who)).toEqual(["1:draft"]);
  });
});
