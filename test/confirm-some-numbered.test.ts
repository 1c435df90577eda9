import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { buildTable } from "../src/conversation/match-command.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Some of several drafts confirmed by their numbers (round twenty-one, cmd21): every number said is
 * confirmed and the rest stay drafts — 「确认3、4两条」 once confirmed #3 alone. 「就确认第3条吧 其他的我再看看」
 * was read right among the waiting drafts (draft-subset.ts) but as 查看 3 wherever they were not known (the
 * closing 看看 is said of the others): now 确认 3 either way.
 */
const { open } = appPerTest();

async function threeDrafts() {
  const t = await open({ now: "2026-12-02T10:00:00+08:00" });
  await t.say("li-rd", "组织研发费用加计扣除政策培训，参训企业40家");
  await t.say("li-rd", "确认");
  await t.say("li-rd", "帮3家企业申报省重点研发项目");
  await t.say("li-rd", "完成研发投入统计报表审核12份");
  await t.say("li-rd", "召开项目验收会2场");
  return t;
}

describe("some of several drafts confirmed by number", () => {
  it("「确认3、4两条」 confirms both and leaves the third a draft", async () => {
    const t = await threeDrafts();
    const reply = await t.sayText("li-rd", "确认3、4两条");
    expect(reply).toMatch(/已确认保存（#3/);
    expect(reply).toMatch(/已确认保存（#4/);
    const mine = await t.sayText("li-rd", "我的填报");
    expect(mine).toMatch(/#2 [^\n]*【待确认】/);
    expect(mine).toMatch(/#3 [^\n]*【已确认】/);
    expect(mine).toMatch(/#4 [^\n]*【已确认】/);
  });

  it("「就确认第3条吧 其他的我再看看」 confirms #3, not a look at it", async () => {
    const t = await threeDrafts();
    const reply = await t.sayText("li-rd", "就确认第3条吧 其他的我再看看");
    expect(reply).toMatch(/已确认保存（#3/);
    const mine = await t.sayText("li-rd", "我的填报");
    expect(mine).toMatch(/#2 [^\n]*【待确认】/);
    expect(mine).toMatch(/#4 [^\n]*【待确认】/);
  });

  it("reads 确认 N, not 查看 N, with no list of drafts known", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    const ctx = {
      awaiting: "nothing",
      justAsked: false,
      pendingDrafts: 0,
      sections: [],
      commands: buildTable(t.app.engine.commands),
      leader: false,
      people: [],
    } as const;
    for (const said of ["就确认第3条吧 其他的我再看看", "确认第3条 别的我再瞅瞅"])
      expect(classifyIntent(said, ctx)).toMatchObject({ kind: "command", command: "确认", text: "确认 3" });
  });
});
