import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { describeFigure } from "../src/conversation/render-update.js";

/**
 * 孙磊 typed 「…来的人挺多的大概有四五百人吧…」: the card listed 「来的人挺多的大概有 四五百人」. A remark on the
 * turnout (挺多的、很踊跃) and an estimate word (大概有、差不多有) are not what the figure counts — found in
 * console trials.
 */
const org = parseOrg(JSON.parse(readFileSync("data/org.example.json", "utf8")));
const labels = (text: string) => extractUpdate(text, org).figures.map((f) => f.context);

describe("a figure's label without the turnout remark and the estimate word", () => {
  it.each([
    ["上礼拜去柳河乡搞了场科技赶集，来的人挺多的大概有四五百人吧，发了资料一千多份", "来的人"],
    ["培训会上来的群众很踊跃 差不多有200人", "来的群众"],
    ["参加的群众比较多，约有1500人次", "参加的群众"],
    ["听讲座的学生蛮多的，估计有300人", "听讲座的学生"],
  ])("「%s」 → 「%s」", (text, label) => {
    const all = labels(text);
    expect(all.some((l) => l?.endsWith(label))).toBe(true);
    expect(all.join("|")).not.toMatch(/挺多|很踊跃|比较多|蛮多|大概有|差不多有|约有|估计有/u);
  });

  it("keeps 有 that is part of the words (现有、共有 read as they were)", () => {
    expect(labels("企业现有30家").join("|")).not.toBe("企业现");
  });
});

/**
 * 赵丽 typed 「…对接会，20多家企业和3所高校参加…」: the card listed 「· 20多家企业和」 and 「· 企业和 3所高校」. Two
 * counts joined by 和/与/、 are counted side by side: the conjunction belongs to neither, and the second one's
 * words are the ones after it — found in console trials.
 */
describe("two counts side by side", () => {
  const shown = (text: string) => extractUpdate(text, org).figures.map(describeFigure);
  it.each([
    ["对接会上20多家企业和3所高校参加", ["对接会上 20多家企业", "3所高校参加"]],
    ["共有12个乡镇和40个村参与", ["12个乡镇", "40个村参与"]],
    ["活动吸引了30家企业与5所院校参加", ["活动吸引了 30家企业", "5所院校参加"]],
  ])("「%s」 → %j", (text, want) => {
    const got = shown(text);
    expect(got).toEqual(want);
    expect(got.join("|")).not.toMatch(/(?:和|、)(?:$|\|)|[业镇]和/u);
  });
  it("keeps a verb that ends in 与 (参与) and a shared phrase (覆盖全县 十八个乡镇、一百二十六个村)", () => {
    expect(shown("覆盖全县十八个乡镇一百二十六个村")).toEqual([
      "覆盖全县 十八个乡镇",
      "覆盖全县 一百二十六个村",
    ]);
  });
});
