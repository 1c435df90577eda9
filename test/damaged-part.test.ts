import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Tried in the console: 「周三又跟农业站一起去了趟李家湾 看了下大棚 有三个棚膜破了得换」 came out as one item of work
 * done, nothing under problems. A counted part of what was looked at, found broken, is how many are in trouble.
 * Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string) => {
  const u = extractUpdate(text, org, { today: "2026-12-02" });
  return { done: u.items.map((i) => i.text), problems: u.problems };
};

describe("a counted part found broken is a problem", () => {
  it.each([
    ["看了下大棚 有三个棚膜破了得换", "看了下大棚", /有三个棚膜破了/u],
    ["查了12个水窖，有两个裂了", "查了12个水窖", /有两个裂了/u],
    ["巡了一圈河道护栏 有俩歪了", "巡了一圈河道护栏", /有俩歪了/u],
    ["去东关小学看了看 教室顶棚鼓了", "去东关小学看了看", /顶棚鼓了/u],
    // Worn out or bent by age (老化、变形), then what it needs: 「…老化了得换」 was one item of work done.
    ["跑了三个村 看了看大棚 有两家的棚膜老化了得换", "跑了三个村 看了看大棚", /有两家的棚膜老化了得换/u],
    ["查了20处护栏，有3处变形了要修", "查了20处护栏", /有3处变形了要修/u],
  ])("「%s」", (said, done, problem) => {
    const k = kinds(said);
    expect(k.done).toEqual([done]);
    expect(k.problems.join("；")).toMatch(problem);
  });

  it.each([
    "查了12个水窖，有三个已经修好了",
    "破了一起盗窃案",
    "打破了县里的纪录",
    "把歪了的护栏扶正了",
    "有两处老化了的线路已经换了",
  ])("「%s」 stays work", (said) => {
    expect(kinds(said).problems).toEqual([]);
  });
});
