import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes of round forty-eight's dialogue work (docs/understanding.md 第四十八轮 dlg48), read by the rules alone. The lines
 * are written for the test — 黔南、皖南、关中、粤、普通话、繁体 — not taken from the corpus; each class has lines where it must
 * not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("那条 + a road or a ditch and work done on it, with a figure, is a report, not an edit of 那条 (lead48)", () => {
  it.each([
    "那条路的路灯装好了 二十四盏",
    "那条通组路的太阳能路灯今天装好了 一共二十四盏",
    "那条环湖路的指示牌换好了 一共三十六块",
    "那条进寨子的路 护栏装完了 四百米",
    "那條河的護欄修好了 三百米",
    "那条机耕道硬化完了 一千二百米",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("report");
  });
  it.each([
    ["那条绿色防控的改成四十二户", /^\/ref 修改/u],
    ["那条不对 是四十二户", /^\/ref 修改 loose/u],
    ["那条统计好了 是1200万", /^\/ref 修改 loose/u],
    ["那条数核好了 1300份", /^\/ref 修改 loose/u],
    ["那条点完了 一共1500袋", /^\/ref 修改 loose/u],
    ["高企那条 研发投入出来了 1200万元", /^\/ref 修改 content:高企/u],
  ])("an edit stays an edit: %s", (text, want) => {
    expect(heard("sun-tp", text)).toMatch(want);
  });
});

describe("whether the update just sent was kept, asked, is 我的填报 (own-report-asked.ts)", () => {
  it.each([
    "刚才那条存上没",
    "剛剛那條存起沒得？",
    "我上午发的那个记下了没有",
    "那条报上去了冇",
    "刚刚那条收到没得",
    "额刚发的那个记下咧没",
    "昨天那条存进去了吗？",
  ])("%s", (text) => {
    expect(heard("he-gq", text)).toMatch(/^我的填报/u);
  });
  // 「存上没」 alone while nothing waits is asked too (stored-asked.ts, intent48): the list answers it.
  it.each(["刚才那条不用存了", "那条先莫存", "刚才那条存上了"])("not asked: %s", (text) => {
    expect(heard("he-gq", text)).not.toMatch(/^我的填报/u);
  });
});
