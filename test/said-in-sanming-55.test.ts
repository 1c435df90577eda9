import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind108 (岩溪县, 福建三明), read by the rules alone (no learned guess): docs/understanding.md
 * 第五十五轮 intent55. The lines are written for the test — 客家/闽中、西南、湘、东北 — not taken from the corpus; each class
 * has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("the summary asked as a draft struck out first (打个底稿、打份草稿) is 生成总结 (verb-object-words.ts)", () => {
  it.each([
    "今年全局的年度总结 先帮我打个底稿",
    "今年（2026）的工作总结 你先打份草稿",
    "全年的总结 麻烦先打个初稿出来",
  ])("%s", (text) => {
    expect(heard("zhou-ju", text)).toMatch(/^生成总结/u);
  });
  it.each(["底稿我打好了 明天给您看", "今年的总结底稿打印出来没"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toMatch(/^生成总结/u);
  });
});

describe("the whole week with what it went on and no 都 between (成个礼拜陪审计看账 项目上啥都没推) is 本周无进展 (week-nothing.ts)", () => {
  it.each([
    ["li-rd", "成个礼拜陪省里的审计组对账 项目上什么都冇推"],
    ["chen-kp", "整个星期泡在评审会上 科普一样没动"],
    ["sun-tp", "整个礼拜跟着督查组跑 特派员这块啥都没推进"],
  ])("%s %s", (who, text) => {
    expect(heard(who, text)).toBe("本周无进展");
  });
  it.each([
    ["sun-tp", "成个礼拜在竹坑村教了三十户种竹荪"],
    ["li-rd", "整个礼拜陪审计组 查出两个问题已整改"],
  ])("not: %s %s", (who, text) => {
    expect(heard(who, text)).not.toBe("本周无进展");
  });
});

describe("whether one is on duty on a day, asked (轮到我值班没有、排了值班没得、哪个值班、要来值班咯) is 上班吗 (workday-asked.ts, duty-told.ts)", () => {
  it.each([
    "下礼拜天轮到我值班没有",
    "元旦那两日轮到我值班没有",
    "这个礼拜天轮到我值班没得嘛",
    "元旦两天假 单位排了值班莫得",
    "这个礼拜六放假 哪个值班",
    "下个礼拜六要来局里值班咯",
  ])("%s", (text) => {
    expect(heard("wang-ban", text)).toMatch(/^上班吗/u);
  });
  it.each([
    "这周六我要值班咯 在局里守着",
    "周日轮到我值班 一天都在局里",
    "国庆值班七天 接了十二个电话",
  ])("not: %s", (text) => {
    expect(heard("wang-ban", text)).not.toMatch(/^上班吗/u);
  });
});

describe("to a card: taken into the record (收录) or kept (记到起、存倒起 — 西南: 记着) is the yes (answer-words.ts)", () => {
  const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["收录", "👍 收录进去", "记到起", "存倒起嘛"])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("yes");
  });
  it.each(["收录的数不对", "记到起 等我问哈村里再存"])("not: %s", (text) => {
    expect(heard("sun-tp", text, card)).not.toBe("yes");
  });
});

describe("to a card: put by (摆一摆 — 闽、客: 放一放) till a check is done is the no of a wait (card-hold.ts)", () => {
  const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["摆一摆 我明早核完再存", "先摆一摆 数还没对完"])("%s", (text) => {
    expect(heard("sun-tp", text, card)).toBe("no");
  });
  it.each(["摆一下龙门阵 存嘛"])("not: %s", (text) => {
    expect(heard("sun-tp", text, card)).not.toBe("no");
  });
});

describe("an update of no use now (4号冇用了), or the one said again after two named alike, is withdrawn (correction-request.ts)", () => {
  it.each([
    ["4号冇用了", 4],
    ["7号同2号系同一件事 2号没用了", 2],
    ["9号跟5号系一回事 5号冇用了", 5],
  ])("%s", (text, want) => {
    expect(heard("he-gq", text)).toMatch(new RegExp(`^(?:/ref )?撤回 #?${want}(?!\\d)`, "u"));
  });
  it.each(["4号的设备没用了 换了新的 三十台"])("not: %s", (text) => {
    expect(heard("he-gq", text)).not.toMatch(/^撤回/u);
  });
});

describe("when the weekly report closes, asked with 截 alone after the when (周报每礼拜几时截) is 帮助 (staff-questions.ts)", () => {
  it.each(["周报每个礼拜几时截", "周报礼拜几截"])("%s", (text) => {
    expect(heard("chen-kp", text)).toMatch(/^帮助/u);
  });
  it.each(["科技周的报名几时截", "周报几时截图给你"])("not: %s", (text) => {
    expect(heard("chen-kp", text)).not.toMatch(/^帮助/u);
  });
});
