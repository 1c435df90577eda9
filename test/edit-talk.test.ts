import { describe, expect, it } from "vitest";
import type { Update } from "../src/domain/update.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Corrections, edit previews and withdrawals said the way staff type them (third new-user trial,
 * classes D and G, c05, c11), through the real engine and store. Each case is a short dialogue:
 * lines said before (set-up), then the line under test and what a careful colleague would do.
 * The phrasings are written here, new; the tester's own lines are kept as regression checks.
 */
const { open } = appPerTest();

const NOW = "2026-11-24T10:00:00+08:00";
type Check = (t: TestApp, shown: string, mine: Update[]) => void | Promise<void>;

interface Case {
  name: string;
  who: string;
  setup: string[];
  say: string;
  check: Check;
}

const mineOf = (t: TestApp, who: string) => t.app.services.store.listUpdates({ author: who });
const textOf = (u: Update | undefined) => u?.normalizedText ?? "";

/** A confirmed report with an edit preview open on it (获批 6 → 7). */
const PREVIEW_OPEN = [
  "今年组织申报省级科技项目12项，获批立项5项，争取上级资金二百六十万元",
  "确认",
  "不对，获批是6项",
];

/** The preview revised: one update, unchanged until 确认; the preview shows the text asked for. */
const revised =
  (want: string[], not: string[] = []): Check =>
  (_t, shown, mine) => {
    expect(shown).toContain("修改预览（#1）");
    for (const w of want) expect(shown).toContain(w);
    for (const n of not) expect(shown).not.toContain(n);
    expect(mine).toHaveLength(1);
    expect(textOf(mine[0])).toContain("获批立项5项");
    expect(textOf(mine[0])).toContain("二百六十万元");
  };

/** The edit dropped: said so, nothing changed, and a later 确认 saves no edit. */
const editDropped =
  (original: string): Check =>
  async (t, shown, mine) => {
    expect(shown).toMatch(/放弃|不改|没有修改|保持原样/);
    expect(shown).not.toContain("要记为工作填报吗");
    expect(mine).toHaveLength(1);
    expect(textOf(mine[0])).toBe(original);
    await t.say(mine[0]!.author, "确认");
    const after = await mineOf(t, mine[0]!.author);
    expect(after).toHaveLength(1);
    expect(textOf(after[0])).toBe(original);
  };

/** A preview of update #n opened that shows `want`, nothing new stored; 确认 then saves it. */
const previewThenSaved =
  (n: number, want: string[], count = 1): Check =>
  async (t, shown, mine) => {
    expect(shown).toContain(`修改预览（#${n}）`);
    for (const w of want) expect(shown).toContain(w);
    expect(mine).toHaveLength(count);
    const saved = await t.sayText(mine[0]!.author, "确认");
    expect(saved).toContain(`已保存修改（#${n}`);
    const after = await mineOf(t, mine[0]!.author);
    expect(after).toHaveLength(count);
    for (const w of want) expect(textOf(after.find((u) => u.seq === n))).toContain(w);
  };

/** A withdraw of #n offered or done — never an edit that keeps the words of the request. */
const withdrawOf =
  (n: number, count: number): Check =>
  async (t, shown, mine) => {
    expect(shown).not.toContain("修改预览");
    expect(shown).not.toContain("要撤回哪一条");
    expect(shown).toMatch(new RegExp(`撤回.{0,12}#${n}|#${n}.{0,40}撤回`));
    expect(mine).toHaveLength(count);
    for (const u of mine) expect(textOf(u)).not.toMatch(/删掉|不要了|撤了/);
    // Offered (one button) or done: after the yes (if asked), #n is withdrawn and no other.
    if (mine.find((u) => u.seq === n)?.status !== "withdrawn") await t.say(mine[0]!.author, "好的");
    const after = await mineOf(t, mine[0]!.author);
    for (const u of after) expect(u.status === "withdrawn").toBe(u.seq === n);
  };

const CASES: Case[] = [
  // ── 1. A further correction while the preview is open revises it; a change of mind drops it.
  {
    name: "tester c04: 「哦不对不对 还是6项 是资金写错了 应该是四百二十万」 revises the preview",
    who: "li-rd",
    setup: ["今年组织申报省级科技项目15项，获批立项6项，争取上级资金三百八十万元", "确认", "不对，获批是7项"],
    say: "哦不对不对 还是6项 是资金写错了 应该是四百二十万",
    check: (_t, shown, mine) => {
      expect(shown).toContain("修改预览（#1）");
      expect(shown).toContain("获批立项6项，争取上级资金四百二十万元");
      expect(shown).not.toContain("获批立项7项");
      expect(mine).toHaveLength(1);
      expect(textOf(mine[0])).toContain("三百八十万元");
    },
  },
  {
    name: "「哦 不对不对 还是5项 是资金那块写错了 应该是三百万」",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "哦 不对不对 还是5项 是资金那块写错了 应该是三百万",
    check: revised(["获批立项5项，争取上级资金三百万元"], ["获批立项6项"]),
  },
  {
    name: "「再改一下 资金是二百八十万」 keeps the first change and adds the second",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "再改一下 资金是二百八十万",
    check: revised(["获批立项6项，争取上级资金二百八十万元"]),
  },
  {
    name: "「不對 應該是7項」 (Traditional) revises the figure just changed",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "不對 應該是7項",
    check: revised(["获批立项7项"], ["获批立项6项"]),
  },
  {
    name: "「等下 申报的也错了 是13项」 adds a second change to the open preview",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "等下 申报的也错了 是13项",
    check: revised(["申报省级科技项目13项，获批立项6项"]),
  },
  {
    name: "「算了还是原来的」 drops the edit",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "算了还是原来的",
    check: editDropped("今年组织申报省级科技项目12项，获批立项5项，争取上级资金二百六十万元"),
  },
  {
    name: "「没错不用改了」 drops the edit",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "没错不用改了",
    check: editDropped("今年组织申报省级科技项目12项，获批立项5项，争取上级资金二百六十万元"),
  },
  {
    name: "「哎 原来那个是对的 不改了😅」 drops the edit",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "哎 原来那个是对的 不改了😅",
    check: editDropped("今年组织申报省级科技项目12项，获批立项5项，争取上级资金二百六十万元"),
  },
  {
    name: "「還是按原來的吧」 (Traditional) drops the edit",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "還是按原來的吧",
    check: editDropped("今年组织申报省级科技项目12项，获批立项5项，争取上级资金二百六十万元"),
  },
  {
    name: "tester c17: 「算了还是6项，没错」 (the original value) drops the edit",
    who: "li-rd",
    setup: ["今年组织申报省级项目15项，获批6项", "确认", "不对，获批是7项"],
    say: "算了还是6项，没错",
    check: editDropped("今年组织申报省级项目15项，获批6项"),
  },
  {
    name: "「搞错了 5项是对的 不用动」 drops the edit",
    who: "li-rd",
    setup: PREVIEW_OPEN,
    say: "搞错了 5项是对的 不用动",
    check: editDropped("今年组织申报省级科技项目12项，获批立项5项，争取上级资金二百六十万元"),
  },
  // ── 2. A correction right after confirming previews the edit of that update.
  {
    name: "「等下 是七十多人」 after confirming",
    who: "chen-kp",
    setup: ["今天上午在城关社区搞了防诈骗科普宣传，来了六十多人", "确认"],
    say: "等下 是七十多人",
    check: previewThenSaved(1, ["七十多人"]),
  },
  {
    name: "「刚才说错了，应该是三场」 after confirming",
    who: "chen-kp",
    setup: ["这个月举办农村实用技术培训两场，参训农民一百二十人", "确认"],
    say: "刚才说错了，应该是三场",
    check: previewThenSaved(1, ["培训三场"]),
  },
  {
    name: "「哎呀打错了 是85家不是58家」 after confirming",
    who: "li-rd",
    setup: ["本月走访规上企业58家，收集技术需求21条", "确认"],
    say: "哎呀打错了 是85家不是58家",
    check: previewThenSaved(1, ["走访规上企业85家"]),
  },
  {
    name: "「噢 写错了，人数应该是1200」 (no unit) keeps 人次",
    who: "chen-kp",
    setup: ["科技活动周期间共接待群众1100人次，发放资料3000份", "确认"],
    say: "噢 写错了，人数应该是1200",
    check: previewThenSaved(1, ["1200人次"]),
  },
  {
    name: "「不好意思 说错了 应该是四期」 after 好的",
    who: "sun-tp",
    setup: ["在青石镇办了食用菌种植培训班三期，培训农户两百多人", "好的"],
    say: "不好意思 说错了 应该是四期",
    check: previewThenSaved(1, ["培训班四期"]),
  },
  // ── 3. Withdraw words inside a correction-like line are a withdrawal.
  {
    name: "tester c04: 「2号那个是我打错了，删掉」",
    who: "li-rd",
    setup: ["本周走访规上企业13家", "确认", "组织研发费用加计扣除政策培训1场，参训企业30家", "确认"],
    say: "2号那个是我打错了，删掉",
    check: withdrawOf(2, 2),
  },
  {
    name: "「第二条不要了」",
    who: "li-rd",
    setup: ["本周走访规上企业13家", "确认", "组织研发费用加计扣除政策培训1场，参训企业30家", "确认"],
    say: "第二条不要了",
    check: withdrawOf(2, 2),
  },
  {
    name: "「第2条是重复的 删了吧」",
    who: "chen-kp",
    setup: ["开展科普进校园活动2场", "确认", "开展科普进校园活动两场", "确认"],
    say: "第2条是重复的 删了吧",
    check: withdrawOf(2, 2),
  },
  {
    name: "tester c05: 「那条撤了吧」 with exactly one update",
    who: "he-gq",
    setup: ["高企这边今年新认定高新技术企业9家，科技型中小企业入库37家", "好的"],
    say: "那条撤了吧",
    check: withdrawOf(1, 1),
  },
  {
    name: "「那个不要了 作废吧」 with exactly one update",
    who: "sun-tp",
    setup: ["下乡开展技术服务6次，服务农户80户", "确认"],
    say: "那个不要了 作废吧",
    check: withdrawOf(1, 1),
  },
  {
    name: "「二号那条写错了 直接删了吧 我重新报」",
    who: "li-rd",
    setup: ["本周走访规上企业13家", "确认", "组织研发费用加计扣除政策培训1场，参训企业30家", "确认"],
    say: "二号那条写错了 直接删了吧 我重新报",
    check: withdrawOf(2, 2),
  },
  // ── 4. A new figure keeps the unit of the one it replaces; a thing named finds the update.
  {
    name: "tester c20: 「第一条那个成交额改成一千三百万」 keeps 元",
    who: "zhao-zh",
    setup: ["成果转化这块，今年登记技术合同68项，成交额一千二百五十万元", "确认"],
    say: "第一条那个成交额改成一千三百万",
    check: async (t, shown, mine) => {
      expect(shown).toContain("成交额一千三百万元");
      expect(shown).toMatch(/单位|沿用/);
      await previewThenSaved(1, ["成交额一千三百万元"])(t, shown, mine);
    },
  },
  {
    name: "「研发投入改成2.5」 keeps 亿元",
    who: "li-rd",
    setup: ["全县全社会研发投入2.3亿元，同比增长12%", "确认"],
    say: "刚才那条研发投入改成2.5",
    check: previewThenSaved(1, ["研发投入2.5亿元"]),
  },
  {
    name: "「增长应该是15」 keeps %",
    who: "li-rd",
    setup: ["全县全社会研发投入2.3亿元，同比增长12%", "确认"],
    say: "写错了 增长应该是15",
    check: previewThenSaved(1, ["增长15%"]),
  },
  {
    name: "「服务人次改成5200」 keeps 人次",
    who: "chen-kp",
    setup: ["科普大篷车下乡二十次，服务群众4800人次", "确认"],
    say: "上一条服务人次改成5200",
    check: previewThenSaved(1, ["服务群众5200人次"]),
  },
  {
    name: "tester c11: 「讲座那条，听众是一百五十人」",
    who: "chen-kp",
    setup: ["周二组织了一场科普讲座，听众120人", "周四又去东関社區做了科普宣傳，發資料三百份", "都确认"],
    say: "讲座那条，听众是一百五十人",
    check: previewThenSaved(1, ["听众一百五十人"], 2),
  },
  {
    name: "「科普大集那条 资料是两千份」 finds the update by the thing named",
    who: "chen-kp",
    setup: ["在城南社区开展科普讲座一场，听众九十人", "确认", "赶科普大集发放资料一千五百份", "确认"],
    say: "科普大集那条 资料是两千份",
    check: previewThenSaved(2, ["资料两千份"], 2),
  },
  {
    name: "「技术合同那条，金额应该是一千五百万」 keeps 元",
    who: "zhao-zh",
    setup: ["登记技术合同40项，合同金额一千四百万元", "确认", "引进高层次人才5名", "确认"],
    say: "技术合同那条，金额应该是一千五百万",
    check: previewThenSaved(1, ["金额一千五百万元"], 2),
  },
];

describe("corrections, edit previews and withdrawals in everyday words", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const t = await open({ now: NOW });
    for (const line of c.setup) await t.say(c.who, line);
    const shown = await t.sayText(c.who, c.say);
    await c.check(t, shown, await mineOf(t, c.who));
  });
});

/** 「暂时没想好」 and its kind answer a guided question with nothing recorded. */
describe("guided questions answered with 「not decided yet」", () => {
  it.each([
    ["暂时没想好", 3],
    ["还没想好", 4],
    ["回头再说", 4],
    ["这个还没想好呢", 3],
    ["還沒想好", 3],
    ["暂时没想好", 2],
  ] as const)("「%s」 to question %i records nothing", async (said, q) => {
    const t = await open({ now: NOW });
    await t.say("chen-kp", "填报");
    const answers = ["在实验小学搞了一次科普进校园", "学生三百来人", "场地有点小", "下学期接着搞"];
    answers[q - 1] = said;
    let last = "";
    for (const a of answers) last = await t.sayText("chen-kp", a);
    expect(last).not.toContain("逐项填报还没有结束");
    const [u] = await mineOf(t, "chen-kp");
    expect(u).toBeDefined();
    const stored = JSON.stringify([u!.items, u!.problems, u!.plans, u!.figures]);
    expect(stored).not.toMatch(/想好|再说/);
    expect(u!.normalizedText).not.toMatch(/想好|再说/);
  });
});
