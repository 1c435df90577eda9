import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind107 (纳林塔县, 内蒙古鄂尔多斯), read by the rules alone (no learned guess): docs/understanding.md
 * 第五十四轮 intent54. The lines are written for the test — 晋语、甘肃话、西南、东北 — not taken from the corpus; each class
 * has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("the week given to something else, one's own work not moved (甚也没干、啥都么弄、没往前推、全耗在…上) is 本周无进展 (week-nothing.ts)", () => {
  it.each([
    ["sun-tp", "一礼拜都在陪县里检查 特派员这块甚也没干"],
    ["sun-tp", "这礼拜全被抽克搞防汛了 特派员这块啥都么弄"],
    ["chen-kp", "这周全耗在科技周的筹备会上了 科普没往前推"],
    ["li-rd", "这礼拜全搭在迎检上了 项目没往前推"],
    ["li-rd", "这周项目上甚也没干"],
  ])("%s %s", (who, text) => {
    expect(heard(who, text)).toBe("本周无进展");
  });
  it.each([
    ["sun-tp", "这礼拜在三个村教了四十户种樱桃 别的甚也没干"],
    ["li-rd", "这周都么干啥"],
    ["sun-tp", "这周大家都么弄过这个设备 明天培训"],
    ["li-rd", "这个项目甚时候往前推"],
  ])("not: %s %s", (who, text) => {
    expect(heard(who, text)).not.toBe("本周无进展");
  });
});

describe("a bracketed aside (the year) between the summary named and its outline asked is still 生成总结 (leader-request.ts)", () => {
  it.each([
    "今年局里的总结材料（二〇二六年度） 劳驾先搭个架子出来",
    "全局的总结（2026年度）麻烦先拉个框架",
  ])("%s", (text) => {
    expect(heard("zhou-ju", text)).toMatch(/^生成总结/u);
  });
  it.each(["总结材料（二〇二六年度）的架子搭好了 明天给您看"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toMatch(/^生成总结/u);
  });
});

describe("days of one's own overtime counted beside being worn out (连着加了二十来天班 脑子都木了) is talk (sigh-at-load.ts)", () => {
  it.each([
    "连着加了二十来天班 脑子都木了 圪蹴在椅子上就能睡着",
    "熬了三个通宵 脑子都懵了",
    "一连值了五天夜班 脑壳都木了",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("smalltalk");
  });
  it.each([
    "连着加了十天班 把档案全理完了 归了三百卷",
    "这礼拜值了三天夜班 园区巡查了十二家企业",
  ])("not: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("smalltalk");
  });
});

describe("to a card: kept as written (照着存、你写的就行), a bare 收 after the check said done (跟台账对过一遍了) is the yes (answer-words.ts)", () => {
  const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each([
    "你写的就行 照着存",
    "照着记",
    "每个数都跟台账对过一遍了 没问题 收",
    "数都跟底账对过了 没毛病 收",
    "收",
  ])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("yes");
  });
  it.each(["你写的不行 照着存不了", "收着吧 等我问问"])("not: %s", (text) => {
    expect(heard("sun-tp", text, card)).not.toBe("yes");
  });
});

describe("to a card: put by till a check tomorrow morning (放一放 明儿头晌对完再存) is the no of a wait (card-hold.ts)", () => {
  const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["放一放 明儿头晌对完再存", "搁一搁 明个头午核完再确认", "明儿个对完再存"])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("no");
  });
  it.each(["明儿头晌对完了 存"])("not: %s", (text) => {
    expect(heard("sun-tp", text, card)).not.toBe("no");
  });
});

describe("to 确认哪一条: what it was about said before when it was sent, 补发 as sent, the other one denied after (which-draft-answer.ts)", () => {
  const which = { awaiting: "which-draft" as const, justAsked: true, pendingDrafts: 2, draftNumbers: [7, 8] };
  it.each([
    ["樱桃那条 先发的那个", "number 7"],
    ["苹果那个 后发的那条", "number 8"],
    ["后来补发的那一条 不是头一条", "number 8"],
    ["后头重报的那条", "number 8"],
    ["先发的那个 不是后发的", "number 7"],
  ])("%s", (text, want) => {
    expect(heard("chen-kp", text, which)).toBe(want);
  });
  it.each(["后来又补发了一条", "不是头一条"])("not: %s", (text) => {
    expect(heard("chen-kp", text, which)).not.toBe("number 8");
  });
});

describe("营生 (晋、蒙: work) after whose it is or the section said right: the section answer and 科室 (section-of-colleague.ts, section-move.ts)", () => {
  const asked = { awaiting: "section" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["这个是李明管的营生", "这是李明那块的营生"])("%s", (text) => {
    expect(heard("he-gq", text, asked)).toBe("section");
  });
  it.each(["李明管的营生太多了"])("not: %s", (text) => {
    expect(heard("he-gq", text, asked)).not.toBe("section");
  });
  it.each([
    ["九号那条挂错了地方 是高企那边的营生", "科室 9 高企"],
    ["3号放错了 是特派员那边的营生 跟项目不沾边", "科室 3 特派员"],
  ])("%s", (text, want) => {
    expect(heard("he-gq", text, { rosterSections: t.app.services.org.sections })).toBe(want);
  });
});

describe("捅 (晋、蒙、北方: poke) those not yet reported is 催报 (nudge-words.ts)", () => {
  it.each(["这礼拜周报还有几个没交 你给挨个捅一下", "没报的那几个 挨个捅一捅"])("%s", (text) => {
    expect(heard("zhou-ju", text)).toBe("催报");
  });
  it.each(["别捅他们了 都在下乡", "园区那事还没交 捅娄子了"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toBe("催报");
  });
});
