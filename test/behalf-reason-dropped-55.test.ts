import { describe, expect, it } from "vitest";
import { writtenClause } from "./helpers/spoken-clauses.js";

/**
 * Lead55's console trial: 「帮何婷报一下 她今天去市里开会了 高企申报这块本月新增认定3家」 went into the draft as
 * 「她12月8日去市里开会，12月新增认定3家」 — why the colleague could not report herself is no work of the section. After the
 * 代报 preface (draft54), a clause saying the colleague is away (开会、出差、休假、请假、住院、有事、不在) goes when work follows;
 * said alone, or work of its own (下乡 to train farmers), it stays.
 */
const w = (said: string) => writtenClause({ kind: "work", said, bad: [], keep: [] });

describe("the reason for a 代报 is no work", () => {
  it.each([
    // draft56: the topic is joined to the verb it is the object of (新增认定高新技术企业3家).
    ["帮何婷报一下 她今天去市里开会了 高企申报这块本月新增认定3家", "高新技术企业3家", "开会"],
    ["替小赵报一下，她出差了，技术合同本月登记12份", "登记12份", "出差"],
    ["帮老孙报一下 他这几天请假了 在两个村教果农嫁接 来了40多户", "嫁接", "请假"],
    ["帮小陈报个 她生病住院了 科普讲座进校园办了3场", "3场", "住院"],
  ])("%s", (said, has, never) => {
    const got = w(said);
    expect(got).toContain(has);
    expect(got).not.toContain(never);
  });

  it("keeps a clause of work that only looks like going somewhere", () => {
    expect(w("帮小陈报一下 她去市里参加了科技成果对接会 签约项目5个")).toContain("对接会");
  });
});
