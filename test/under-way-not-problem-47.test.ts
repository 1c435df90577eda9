import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pieceKind } from "../src/domain/clause-kind.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * lead47 (CLI import and draft): 赵丽's 「引进了三个博士 都在企业研发中心 还有一个硕士在谈」 put 「硕士在谈」 under 存在的问题 and
 * the 定稿 check asked for a measure against it. One more under way (在谈、在对接、正在…) is work going on, not a problem; one
 * more that did not come off, or that still causes trouble, stays a problem.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const day = "2026-09-12";

describe("one more under way is not a problem", () => {
  const underWay = [
    "还有一个硕士在谈",
    "还有两个项目在谈",
    "还有一个博士在对接中",
    "还有两家在走流程",
    "還有一個碩士在談",
    "另外还有一家企业在洽谈",
    "还有一个项目在审批",
  ];
  for (const s of underWay) it(`${s} is no problem`, () => expect(pieceKind(s, day)).not.toBe("problem"));

  const stillProblems = [
    "还有一个硕士没谈下来",
    "还有一家没签",
    "有一家企业还在拖",
    "有个工地还在违规施工",
    "还有3个村还在等资金",
    "有一家石料厂越界开采",
    "还有两户不配合",
  ];
  for (const s of stillProblems) it(`${s} stays a problem`, () => expect(pieceKind(s, day)).toBe("problem"));

  it("the whole message files nothing under problems", () => {
    const ex = extractUpdate("引进了三个博士 都在企业研发中心 还有一个硕士在谈", org, { today: day });
    expect(ex.problems.join("")).not.toContain("在谈");
    expect(`${ex.items.map((i) => i.text).join("")}${ex.normalizedText}`).toContain("硕士在谈");
  });
});
