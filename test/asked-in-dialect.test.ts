import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { closesAsQuestion } from "../src/conversation/question-close.js";
import { plainQuestionWords } from "../src/conversation/question-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Commands said as a question in a dialect, with nothing pending (docs/understanding.md 第二十二轮 cmd22): the shape
 * of the question is read — a yes-no close in any region's particle (上班不咧、要克上班啵、上班啊是、放冇放假), a
 * what-word where a question puts it (报了么事、报的么斯、改成甚了), a how-many (是好多家来着、到好多了、是个甚数), how
 * the latest update was changed (这个咋改的 我看看) — not one dialect's word at a time. Lines here are not in the
 * corpus: other days, other things asked, other particles of the same shapes.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
// The rules alone: the learned guess (trained on the corpus, i22a and i22b among it) is not what is tested here.
const read = (who: string, text: string) =>
  classifyIntent(text, intentContextFor(t.app, who, { guess: null }));

describe("a yes-no question closes in any region's particle", () => {
  it.each([
    ["上班不咧", true],
    ["要去上班啵", true],
    ["下礼拜六要上班啊是", true],
    ["在岗不在岗", true],
    ["放冇放假", true],
    ["明天上班咧", false],
    ["这周六要上班啊", false],
  ])("「%s」 asks: %s", (clause, asks) => {
    expect(closesAsQuestion(clause)).toBe(asks);
  });

  it.each([
    ["后天要上班不咧", "后天"],
    ["下个礼拜天要去单位啵", "下个礼拜天"],
    ["礼拜六在岗不在岗", "礼拜六"],
    ["这个礼拜六要来局里冇", "这个礼拜六"],
    ["明天要补班啊是", "明天"],
    // i22b's transfer: 回/返 to the office (返局里) is going to work as 来/去 are.
    ["后天要返单位不", "后天"],
  ])("「%s」 is 上班吗 on that day", (said, day) => {
    const got = read("sun-tp", said);
    expect(got.kind === "command" && got.command).toBe("上班吗");
    expect(got.kind === "command" && got.text).toContain(day);
  });

  it("someone else's day, or a day told, asks nothing of the calendar", () => {
    expect(read("sun-tp", "局长明天来局里不").kind === "command").toBe(false);
    expect(read("sun-tp", "这个礼拜六来局里加了个班 把材料整完了")).not.toMatchObject({ command: "上班吗" });
    expect(read("sun-tp", "礼拜天来局里加了个班 把32份档案整完了")).toEqual({ kind: "report" });
  });
});

describe("a what-word where the question puts it", () => {
  it.each([
    ["我报了么事", "我报了什么"],
    ["报的么斯 给我看看", "报的什么 给我看看"],
    ["第2条改成甚了", "第2条改成什么了"],
    ["是个甚数", "是个什么数"],
    ["还有啥人没报", "还有哪些人没报"],
    // Not a slot: work after the verb, 甚 in 甚至, 么 as a question's particle.
    ["报了项目", "报了项目"],
    ["甚至没人来", "甚至没人来"],
    ["报了么", "报了么"],
  ])("「%s」 → 「%s」", (said, plain) => {
    expect(plainQuestionWords(said)).toBe(plain);
  });

  it.each([
    ["我上个礼拜报了么个 翻出来", "我的填报 上周"],
    ["我这个月交的么事 给我列下", "我的填报 本月"],
    ["我这礼拜有没有漏报啥", "我的填报 本周"],
    ["我这礼拜交齐了没嘞", "我的填报 本周"],
    // i22b's transfer: 交了点啥 (a little of what) is 交了些啥.
    ["我这礼拜报了点什么 翻出来", "我的填报 本周"],
  ])("「%s」 → %s", (said, text) => {
    expect(read("chen-kp", said)).toMatchObject({ kind: "command", command: "我的填报", text });
  });

  it("还有什么人没交 (who) is a leader's 进度", () => {
    expect(read("zhou-ju", "这礼拜还有甚人没报嘞")).toMatchObject({ kind: "command", command: "进度" });
  });
});

describe("how many, asked of the material", () => {
  it.each([
    "专利今年到好多件了",
    "科普讲座今年是好多场来着",
    "众创空间今年是个甚数 说一下",
  ])("「%s」 is 查数", (said) => {
    expect(read("lin-fen", said)).toMatchObject({ kind: "command", command: "查数" });
  });

  it("「好多」 told, or 「好多了」 of anything else, is no count asked", () => {
    expect(read("lin-fen", "感冒好多了").kind === "command").toBe(false);
    expect(read("chen-kp", "今年科普讲座搞了好多场")).not.toMatchObject({ command: "查数" });
  });
});

describe("how the latest update was changed, asked", () => {
  it.each([
    "这条是么样改的 我瞄下",
    "那个咋改的来着",
    "这个怎么改的 给我看看",
  ])("「%s」 shows the latest update", (said) => {
    expect(read("li-rd", said)).toEqual({ kind: "command", command: "查看", text: "/ref 查看 recent" });
  });

  it("a change asked beside it stays a change", () => {
    expect(read("li-rd", "这个咋改 改成50人")).not.toMatchObject({ command: "查看" });
  });

  it("一哈 after a verb is a moment, not update 1", () => {
    expect(read("li-rd", "瞄一哈第4条")).toEqual({ kind: "command", command: "查看", text: "查看 4" });
  });
});

describe("a call from above relayed (打电话说/讲、来电话了 说), its task said with 要", () => {
  it.each([
    "市科协刚打电话讲 科普日材料要补",
    "省厅下午来电话了 说高企复核材料要补",
    "县里刚才打电话说 特派员台账要重新报",
  ])("「%s」 is a task received, asked about — never stored as work done", (said) => {
    expect(read("chen-kp", said)).toMatchObject({ kind: "unclear", suggest: "assigned" });
  });

  it("calls made as one's own work stay reports", () => {
    expect(read("li-rd", "今天给5家企业打了电话 讲了加计扣除政策")).toEqual({ kind: "report" });
  });
});

describe("in a conversation", () => {
  it("「元旦过完那个礼拜天」 is the first Sunday after 元旦, asked in 晋语's close", async () => {
    const out = (await t.say("sun-tp", "元旦过完那个礼拜天要上班不咧")).map((r) => r.text).join("\n");
    expect(out).toContain("1月3日");
  });

  it("「这个咋改的 我看看」 after an edit shows the update with its history; nothing stored", async () => {
    await t.say("li-rd", "走访规上企业6家，宣讲研发费用加计扣除政策");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "刚才那条写错了 应该是7家");
    await t.say("li-rd", "确认");
    const before = await t.app.services.store.listUpdates();
    const out = (await t.say("li-rd", "这个么样改的 我看下")).map((r) => r.text).join("\n");
    expect(out).toContain("7家");
    expect(out).toContain("6家");
    expect(await t.app.services.store.listUpdates()).toHaveLength(before.length);
  });
});
