import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

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
