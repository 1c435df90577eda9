import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * The three kinds of non-report blind75 (清巴县, 鄂西) stored at the start of round thirty-five, each read as a class
 * and asked in one line instead (docs/understanding.md 第三十五轮 intent35): a choice asked without a question mark,
 * a task passed on from a body above named by its office, a trip said first of next week. In other words than the
 * corpus's; the rules alone (no learned guess).
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const said = (who: string, text: string) => heard(who, text);

describe("a choice asked between two ways (X还是X…), no question mark", () => {
  it.each([
    ["li-rd", "研发统计表是报县统计局还是报市科技局"],
    ["chen-kp", "这批科普资料是放档案室还是放科普馆那边"],
    ["he-gq", "那家企业的材料算高企还是算科技型中小企业呢"],
  ])("%s: 「%s」 is asked, never stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });
  it("还是 as «still» repeats no verb: a problem or work reported stays a report", () => {
    expect(said("he-gq", "三家企业的研发投入还是上不去 资金缺口有200多万")).toBe("report");
    expect(said("li-rd", "今天走访了4家企业 是报研发还是报平台都问清楚了")).toBe("report");
  });
});

describe("a task passed on from a body above named by its office (党委、纪委、组织部、科协)", () => {
  it.each([
    ["xu-dj", "县直机关工委通知下礼拜二交党员学习心得"],
    ["chen-kp", "市科协要求月底前报科普日活动总结"],
    ["xu-dj", "组织部通知周五之前把党员信息采集表报上去"],
  ])("%s: 「%s」 is asked as a task received, never stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });
  it("the body's work told as done stays a report", () => {
    expect(said("xu-dj", "县直机关工委组织的党员学习心得交流会开完了 我们支部去了12个人")).toBe("report");
  });
});

describe("a trip said first of next week or month, nothing done", () => {
  it.each([
    ["sun-tp", "下礼拜要领3个专家跑一趟茶叶基地"],
    ["he-gq", "下周得带两家企业的人去省里对接项目"],
    ["zhao-zh", "下个月要陪5家企业去上海参加技术交易会"],
  ])("%s: 「%s」 is asked, never stored", (who, text) => {
    expect(said(who, text)).not.toBe("report");
  });
  it("a plan said as one, or work done beside it, stays a report", () => {
    expect(said("sun-tp", "下礼拜打算去3个村开展茶叶病虫害防治培训")).toBe("report");
    expect(said("he-gq", "上周去了两家企业对接项目 下周要带专家去省里评审")).toBe("report");
  });
});
